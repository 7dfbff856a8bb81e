// A deadlock in one sentence: who waits for what, held by whom, at which line.
import type { StateSnapshot } from '../../../simulator'
import { format } from '../i18n/messages'
import type { PanelMessages } from './messages'
import type { CycleLink } from './wait-for'

function clause(link: CycleLink, snapshot: StateSnapshot, t: PanelMessages): string {
  const name = (thread: number) => snapshot.threads[thread].name
  const at = link.line === null ? '' : format(t.atLine, { line: String(link.line) })
  return link.kind === 'held'
    ? format(t.deadlockHeld, { thread: name(link.thread), object: link.object.name, at, holder: name(link.holder) })
    : format(t.deadlockJoin, { thread: name(link.thread), target: name(link.target), at })
}

/** One sentence per cycle, e.g. "Deadlock: one waits for lock_b (line 7), held by two; two waits for …". */
export function deadlockSentence(cycles: readonly CycleLink[][], snapshot: StateSnapshot, t: PanelMessages): string {
  return cycles
    .map((cycle) => format(t.deadlock, { clauses: cycle.map((link) => clause(link, snapshot, t)).join('; ') }))
    .join(' ')
}
