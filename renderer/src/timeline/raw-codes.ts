// The log stores event kinds and thread states as numbers. Decoding every event is far too slow for a million of
// them, so the timeline reads the columns (their layout is the trace format, docs/trace-format.md) and learns what
// each number means from the public decoder the first time it sees it: it never depends on the numbering.
import { decodeEvent, type EventLog, type TraceEvent } from '../../../simulator'

export type KindName = TraceEvent['kind']
export type ThreadStateName = Extract<TraceEvent, { kind: 'thread-state' }>['state']

export class RawCodes {
  /** Kind names by raw kind, as learnt. */
  readonly kinds: KindName[] = []
  private readonly states: ThreadStateName[] = []

  constructor(private readonly log: EventLog) {}

  /** The kind of event `i`, whose raw kind is `raw`. */
  kind(i: number, raw: number): KindName {
    return (this.kinds[raw] ??= decodeEvent(this.log, i).kind)
  }

  /** The raw number of a kind, or -1 while no event of it has been seen. */
  raw(kind: KindName): number {
    return this.kinds.indexOf(kind)
  }

  /** The state of thread-state event `i`, whose raw state (column `a`) is `raw`. */
  state(i: number, raw: number): ThreadStateName {
    let name = this.states[raw]
    if (name === undefined) {
      const e = decodeEvent(this.log, i)
      if (e.kind !== 'thread-state') throw new Error(`interleave: event ${i} is not a thread-state`)
      name = this.states[raw] = e.state
    }
    return name
  }
}
