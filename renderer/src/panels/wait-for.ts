// The wait-for graph at the cursor: threads, the objects they hold or wait on, and the cycles among them. A
// cycle — each thread waiting for an object held by (or for the end of) the next — is a deadlock.
import type { PrimitiveSnapshot, StateSnapshot } from '../../../simulator'
import { currentLine } from './call-stack'

export type WaitForNode =
  | { id: string; kind: 'thread'; thread: number; name: string }
  | { id: string; kind: 'object'; primitive: number; type: string; name: string }

export interface WaitForEdge {
  from: string
  to: string
  /** thread → object: waits for it; object → thread: held by it; thread → thread: waits for it to finish. */
  kind: 'waits' | 'held' | 'joins'
  inCycle: boolean
}

/** One link of a cycle: a thread, where it stands, and what it waits for. */
export type CycleLink = { thread: number; line: number | null } & (
  { kind: 'held'; object: PrimitiveSnapshot; holder: number } | { kind: 'joins'; target: number }
)

export interface WaitForGraph {
  nodes: WaitForNode[]
  edges: WaitForEdge[]
  /** Each cycle starts at its lowest-numbered thread; cycles in order of that thread. */
  cycles: CycleLink[][]
}

export const threadNode = (thread: number) => `thread-${thread}`
export const objectNode = (primitive: number) => `object-${primitive}`

/** The visible primitive `thread` is a waiter of, if any (a queue stands for its internal lock and conditions). */
export function waitedOn(snapshot: StateSnapshot, thread: number): PrimitiveSnapshot | null {
  return snapshot.primitives.find((p) => !p.internal && p.state.waiters.includes(thread)) ?? null
}

/** What each blocked thread waits for, as the next link a cycle would follow; threads with no thread to follow are left out. */
function links(snapshot: StateSnapshot): Map<number, CycleLink> {
  const result = new Map<number, CycleLink>()
  for (const t of snapshot.threads) {
    if (t.status !== 'blocked') continue
    const line = currentLine(t)
    const target = t.joining
    if (target !== null) {
      result.set(t.index, { thread: t.index, line, kind: 'joins', target })
      continue
    }
    const object = waitedOn(snapshot, t.index)
    const holder = object?.state.owner
    if (object && holder !== undefined && holder !== null && holder >= 0)
      result.set(t.index, { thread: t.index, line, kind: 'held', object, holder })
  }
  return result
}

const nextThread = (link: CycleLink) => (link.kind === 'held' ? link.holder : link.target)

/** Every thread waits for at most one other, so following the links from each thread finds each cycle once. */
function findCycles(next: ReadonlyMap<number, CycleLink>): CycleLink[][] {
  const cycles: CycleLink[][] = []
  const done = new Set<number>()
  for (const start of [...next.keys()].sort((a, b) => a - b)) {
    const path: number[] = []
    let t: number | undefined = start
    while (t !== undefined && !done.has(t) && !path.includes(t)) {
      path.push(t)
      const link = next.get(t)
      t = link && nextThread(link)
    }
    if (t !== undefined && path.includes(t)) {
      const members = path.slice(path.indexOf(t))
      const first = members.indexOf(Math.min(...members))
      cycles.push([...members.slice(first), ...members.slice(0, first)].map((m) => next.get(m)!))
    }
    for (const p of path) done.add(p)
  }
  return cycles.sort((a, b) => a[0].thread - b[0].thread)
}

export function waitForGraph(snapshot: StateSnapshot): WaitForGraph {
  const cycles = findCycles(links(snapshot))
  const cycleEdges = new Set<string>()
  for (const cycle of cycles)
    for (const link of cycle)
      if (link.kind === 'joins') cycleEdges.add(`${threadNode(link.thread)}>${threadNode(link.target)}`)
      else {
        cycleEdges.add(`${threadNode(link.thread)}>${objectNode(link.object.id)}`)
        cycleEdges.add(`${objectNode(link.object.id)}>${threadNode(link.holder)}`)
      }

  const edges: WaitForEdge[] = []
  const edge = (from: string, to: string, kind: WaitForEdge['kind']) =>
    edges.push({ from, to, kind, inCycle: cycleEdges.has(`${from}>${to}`) })
  const threads = new Set<number>()
  const objects: PrimitiveSnapshot[] = []
  for (const p of [...snapshot.primitives].sort((a, b) => a.id - b.id)) {
    if (p.internal) continue
    const owner = p.state.owner
    const held = owner !== undefined && owner !== null && owner >= 0
    if (!held && p.state.waiters.length === 0) continue
    objects.push(p)
    for (const waiter of p.state.waiters) {
      threads.add(waiter)
      edge(threadNode(waiter), objectNode(p.id), 'waits')
    }
    if (held) {
      threads.add(owner)
      edge(objectNode(p.id), threadNode(owner), 'held')
    }
  }
  for (const { index, status, joining } of snapshot.threads) {
    if (status !== 'blocked' || joining === null) continue
    threads.add(index).add(joining)
    edge(threadNode(index), threadNode(joining), 'joins')
  }

  const nodes: WaitForNode[] = [
    ...[...threads]
      .sort((a, b) => a - b)
      .map((thread): WaitForNode => ({
        id: threadNode(thread),
        kind: 'thread',
        thread,
        name: snapshot.threads[thread].name,
      })),
    ...objects.map((p): WaitForNode => ({
      id: objectNode(p.id),
      kind: 'object',
      primitive: p.id,
      type: p.type,
      name: p.name,
    })),
  ]
  return { nodes, edges, cycles }
}
