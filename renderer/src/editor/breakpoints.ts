// Breakpoints in the gutter: click a line number's gutter to set or clear one. The set is a plain list of lines,
// kept with the document (lines move with edits) and reported to the owner on every change.
import { RangeSet, StateEffect, StateField } from '@codemirror/state'
import { EditorView, gutter, GutterMarker } from '@codemirror/view'

const toggleBreakpoint = StateEffect.define<number>()
export const setBreakpoints = StateEffect.define<number[]>()

class BreakpointMarker extends GutterMarker {
  override toDOM(): Node {
    const dot = document.createElement('span')
    dot.className = 'cm-breakpoint'
    dot.textContent = '●'
    return dot
  }
}

const marker = new BreakpointMarker()

export const breakpointField = StateField.define<RangeSet<GutterMarker>>({
  create: () => RangeSet.empty,
  update(set, tr) {
    set = set.map(tr.changes)
    for (const effect of tr.effects) {
      if (effect.is(toggleBreakpoint)) {
        let has = false
        set.between(effect.value, effect.value, () => {
          has = true
        })
        set = has
          ? set.update({ filter: (from) => from !== effect.value })
          : set.update({ add: [marker.range(effect.value)] })
      } else if (effect.is(setBreakpoints)) {
        const doc = tr.state.doc
        const lines = effect.value.filter((l) => l >= 1 && l <= doc.lines)
        set = RangeSet.of(
          lines.map((l) => marker.range(doc.line(l).from)),
          true,
        )
      }
    }
    return set
  },
})

/** The lines (1-based) that have a breakpoint. */
export function breakpointLines(view: EditorView): number[] {
  const lines: number[] = []
  view.state.field(breakpointField).between(0, view.state.doc.length, (from) => {
    lines.push(view.state.doc.lineAt(from).number)
  })
  return lines
}

export function breakpointGutter(onchange: (lines: number[]) => void) {
  return [
    breakpointField,
    gutter({
      class: 'cm-breakpoint-gutter',
      markers: (view) => view.state.field(breakpointField),
      initialSpacer: () => marker,
      domEventHandlers: {
        mousedown(view, line) {
          view.dispatch({ effects: toggleBreakpoint.of(line.from) })
          onchange(breakpointLines(view))
          return true
        },
      },
    }),
    EditorView.baseTheme({
      '.cm-breakpoint-gutter .cm-gutterElement': { cursor: 'pointer', paddingLeft: '4px', color: 'var(--code-error)' },
    }),
  ]
}
