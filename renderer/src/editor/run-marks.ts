// What a run draws on the code: a coloured marker for each thread on the line it stands at, and the syntax error
// underlined where the simulator reports it. Set through one effect; the marks are plain values.
import { StateEffect, StateField, type Range, type Text } from '@codemirror/state'
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view'

export interface ThreadMark {
  line: number
  name: string
  color: string
}

export interface ErrorMark {
  line: number
  column: number
  endLine: number
  endColumn: number
  message: string
}

export interface RunMarks {
  threads: ThreadMark[]
  error: ErrorMark | null
}

export const setRunMarks = StateEffect.define<RunMarks>()

class ThreadChips extends WidgetType {
  constructor(readonly threads: ThreadMark[]) {
    super()
  }

  override eq(other: ThreadChips): boolean {
    return JSON.stringify(other.threads) === JSON.stringify(this.threads)
  }

  override toDOM(): HTMLElement {
    const box = document.createElement('span')
    box.className = 'cm-thread-chips'
    for (const t of this.threads) {
      const chip = document.createElement('span')
      chip.className = 'cm-thread-chip'
      chip.style.setProperty('--thread-color', t.color)
      chip.textContent = t.name
      box.append(chip)
    }
    return box
  }
}

function position(doc: Text, line: number, column: number): number {
  const l = doc.line(Math.min(Math.max(line, 1), doc.lines))
  return Math.min(l.from + Math.max(column - 1, 0), l.to)
}

function decorations(doc: Text, marks: RunMarks): DecorationSet {
  const ranges: Range<Decoration>[] = []
  const byLine = new Map<number, ThreadMark[]>()
  for (const t of marks.threads)
    if (t.line >= 1 && t.line <= doc.lines) byLine.set(t.line, [...(byLine.get(t.line) ?? []), t])
  for (const [line, threads] of byLine) {
    const l = doc.line(line)
    const style = `--thread-color: ${threads[0].color}`
    ranges.push(Decoration.line({ class: 'cm-thread-line', attributes: { style } }).range(l.from))
    ranges.push(Decoration.widget({ widget: new ThreadChips(threads), side: 1 }).range(l.to))
  }
  const error = marks.error
  if (error) {
    let from = position(doc, error.line, error.column)
    const line = doc.lineAt(from)
    let to = Math.min(position(doc, error.endLine, error.endColumn), line.to)
    // CPython often points just past the end of a line (a missing colon): underline its last character.
    if (to <= from) [from, to] = from < line.to ? [from, from + 1] : [Math.max(from - 1, line.from), from]
    const attributes = { title: error.message }
    if (to > from) ranges.push(Decoration.mark({ class: 'cm-syntax-error', attributes }).range(from, to))
    else ranges.push(Decoration.line({ class: 'cm-syntax-error-line', attributes }).range(line.from))
  }
  return Decoration.set(ranges, true)
}

export const runMarks = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    for (const effect of tr.effects) if (effect.is(setRunMarks)) return decorations(tr.state.doc, effect.value)
    // Editing ends the run: its marks no longer fit the text.
    return tr.docChanged ? Decoration.none : value
  },
  provide: (field) => EditorView.decorations.from(field),
})

export const runMarksTheme = EditorView.baseTheme({
  '.cm-thread-line': { boxShadow: 'inset 4px 0 0 var(--thread-color)' },
  '.cm-thread-chips': { marginLeft: '1em' },
  '.cm-thread-chip': {
    display: 'inline-block',
    marginLeft: '0.3em',
    padding: '0 0.4em',
    borderRadius: '0.6em',
    fontSize: '0.8em',
    color: '#000',
    backgroundColor: 'var(--thread-color)',
  },
  '.cm-syntax-error': { textDecoration: 'wavy underline var(--code-error)', textUnderlineOffset: '3px' },
  '.cm-syntax-error-line': { boxShadow: 'inset 0 -2px 0 var(--code-error)' },
})
