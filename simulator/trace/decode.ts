// Stored events as plain typed values, for the UI, the exporters and the tests. The layout of each kind in the
// columns is documented in docs/trace-format.md.
import { eventKinds, streams, threadStates, type ThreadStateName } from './event-kinds'
import type { EventLog } from './event-log'
import type { PrimitiveFields } from '../python/vm/host'

/** A primitive's state in the trace: threads by index, primitives by id. */
export type PrimitiveState = PrimitiveFields<number, number>

interface At {
  index: number
  step: number
  time: number
}

export type TraceEvent = At &
  (
    | { kind: 'thread-start'; thread: number; process: number; name: string; ident: number; daemon: boolean }
    | { kind: 'thread-rename'; thread: number; name: string; daemon: boolean }
    | {
        kind: 'thread-state'
        thread: number
        state: ThreadStateName
        on: number | null
        line: number | null
        /** When a sleep or timed wait ends. */
        until: number | null
        /** The thread a blocked thread joins. */
        join: number | null
      }
    | { kind: 'gil'; process: number; holder: number | null }
    | { kind: 'gil-drop-request'; process: number; requester: number }
    | { kind: 'primitive-new'; primitive: number; type: string; name: string; internal: boolean }
    | { kind: 'primitive-name'; primitive: number; name: string }
    | { kind: 'primitive'; primitive: number; thread: number; op: string; state: PrimitiveState; line: number | null }
    | { kind: 'output'; thread: number | null; stream: 'stdout' | 'stderr'; text: string }
    | { kind: 'file-write'; thread: number | null; path: string; text: string }
    | { kind: 'lock-cycle'; threads: number[]; primitives: number[] }
    | { kind: 'deadlock'; report: string }
    | { kind: 'exit'; status: number; outcome: string }
  )

const orNull = (n: number) => (n < 0 ? null : n)

export function decodeEvent(log: EventLog, index: number): TraceEvent {
  const e = log.get(index)
  const at = { index, step: e.step, time: e.time }
  const text = log.string(e.text) ?? ''
  const json = () => JSON.parse(text)
  const kind = eventKinds[e.kind]
  switch (kind) {
    case 'thread-start': {
      const { name, ident, daemon } = json()
      return { ...at, kind, thread: e.thread, process: e.a, name, ident, daemon }
    }
    case 'thread-rename': {
      const { name, daemon } = json()
      return { ...at, kind, thread: e.thread, name, daemon }
    }
    case 'thread-state': {
      const { until, join } = e.text < 0 ? {} : json()
      const state = threadStates[e.a]
      return {
        ...at,
        kind,
        thread: e.thread,
        state,
        on: orNull(e.b),
        line: orNull(e.c),
        until: until ?? null,
        join: join ?? null,
      }
    }
    case 'gil':
      return { ...at, kind, process: e.a, holder: orNull(e.thread) }
    case 'gil-drop-request':
      return { ...at, kind, process: e.a, requester: e.thread }
    case 'primitive-new': {
      const { type, name, internal } = json()
      return { ...at, kind, primitive: e.a, type, name, internal }
    }
    case 'primitive-name':
      return { ...at, kind, primitive: e.a, name: text }
    case 'primitive':
      return {
        ...at,
        kind,
        primitive: e.a,
        thread: e.thread,
        op: text,
        state: JSON.parse(log.string(e.b) ?? '{}'),
        line: orNull(e.c),
      }
    case 'output':
      return { ...at, kind, thread: orNull(e.thread), stream: streams[e.a], text }
    case 'file-write': {
      const { path, text: written } = json()
      return { ...at, kind, thread: orNull(e.thread), path, text: written }
    }
    case 'lock-cycle': {
      const { threads, primitives } = json()
      return { ...at, kind, threads, primitives }
    }
    case 'deadlock':
      return { ...at, kind, report: text }
    case 'exit':
      return { ...at, kind, status: e.a, outcome: text }
    default:
      throw new Error(`interleave: unknown event kind ${e.kind}`)
  }
}

/** Every event, decoded (for small runs, tests and exporters). */
export function decodeAll(log: EventLog): TraceEvent[] {
  return Array.from({ length: log.length }, (_, i) => decodeEvent(log, i))
}
