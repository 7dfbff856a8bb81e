// An edge of the wait-for graph in words, for screen readers (the drawing itself is an image).
import { format } from '../i18n/messages'
import type { PanelMessages } from './messages'
import type { WaitForEdge, WaitForGraph } from './wait-for'

export function describeEdge(edge: WaitForEdge, graph: WaitForGraph, t: PanelMessages): string {
  const name = (id: string) => graph.nodes.find((n) => n.id === id)?.name ?? id
  const [from, to] = [name(edge.from), name(edge.to)]
  if (edge.kind === 'waits') return format(t.edgeWaits, { thread: from, object: to })
  if (edge.kind === 'held') return format(t.edgeHeld, { object: from, thread: to })
  return format(t.deadlockJoin, { thread: from, target: to, at: '' })
}
