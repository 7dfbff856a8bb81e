import { HighlightStyle, syntaxHighlighting } from '@codemirror/language'
import { EditorView } from '@codemirror/view'
import { tags } from '@lezer/highlight'

// Colours come from the --code-* variables of styles.css, so presenter mode's high-contrast palette applies to the
// editor without reconfiguring it.
const chrome = EditorView.theme(
  {
    '&': { color: 'var(--code-text)', backgroundColor: 'var(--code-bg)' },
    '.cm-content': { caretColor: 'var(--code-cursor)' },
    '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--code-cursor)', borderLeftWidth: '2px' },
    '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection':
      { backgroundColor: 'var(--code-selection)' },
    '.cm-activeLine': { backgroundColor: 'var(--code-active-line)' },
    '.cm-gutters': {
      backgroundColor: 'var(--code-bg)',
      color: 'var(--code-gutter)',
      borderRight: '1px solid var(--border)',
    },
    '.cm-activeLineGutter': { backgroundColor: 'var(--code-active-line)', color: 'var(--code-text)' },
    '&.cm-focused .cm-matchingBracket': { backgroundColor: 'transparent', outline: '1px solid var(--code-cursor)' },
    '&.cm-focused .cm-nonmatchingBracket': { outline: '1px solid var(--code-error)' },
    '.cm-searchMatch': { backgroundColor: 'var(--code-search)', outline: '1px solid var(--code-cursor)' },
    '.cm-selectionMatch': { backgroundColor: 'var(--code-search)' },
    '.cm-foldPlaceholder': { backgroundColor: 'transparent', border: 'none', color: 'var(--code-gutter)' },
    '.cm-panels': { backgroundColor: 'var(--panel)', color: 'var(--text)' },
    '.cm-tooltip': { backgroundColor: 'var(--panel)', color: 'var(--text)', border: '1px solid var(--border)' },
    '.cm-tooltip-autocomplete > ul > li[aria-selected]': {
      backgroundColor: 'var(--code-selection)',
      color: 'var(--code-text)',
    },
  },
  { dark: true },
)

// A rule on a tag also colours the tags derived from it (controlKeyword from keyword, paren from punctuation...).
const highlighting = HighlightStyle.define([
  { tag: [tags.keyword, tags.self], color: 'var(--code-keyword)' },
  { tag: [tags.string, tags.regexp], color: 'var(--code-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--code-number)' },
  { tag: tags.comment, color: 'var(--code-comment)', fontStyle: 'italic' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: 'var(--code-function)' },
  { tag: [tags.className, tags.typeName], color: 'var(--code-type)' },
  { tag: [tags.operator, tags.punctuation], color: 'var(--code-operator)' },
  { tag: [tags.constant(tags.variableName), tags.standard(tags.variableName)], color: 'var(--code-constant)' },
  { tag: tags.invalid, color: 'var(--code-error)' },
])

export const editorTheme = [chrome, syntaxHighlighting(highlighting)]
