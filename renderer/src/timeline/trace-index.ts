// What the timeline and the narration need to know about a run, built from its log and extended as the run grows:
// the names of threads and primitives, and event times made non-decreasing (free-threaded CPUs each keep a clock,
// so the log's times may step back a few instructions). The state of a thread, primitive or GIL before an event is
// found by looking back from it through the columns: only a tooltip or a narrated step asks, one event at a time.
import type { EventLog, PrimitiveState } from '../../../simulator'
import { withRoom } from './growable'
import { EventKind, eventKinds, threadStates, type EventKindName, type ThreadStateName } from '../../../simulator'

export interface ThreadInfo {
  thread: number
  name: string
  process: number
  daemon: boolean
}

export interface PrimitiveInfo {
  id: number
  type: string
  name: string
  internal: boolean
}

export class TraceIndex {
  readonly threads: ThreadInfo[] = []
  readonly primitives: PrimitiveInfo[] = []
  /** Process indices in order of appearance. */
  readonly processes: number[] = []
  /** Events considered so far. */
  length = 0
  private times = new Float64Array(1024)
  private readonly formerNames = new Map<number, string>()
  private readonly states = new Map<number, PrimitiveState>()

  constructor(readonly log: EventLog) {}

  /** Takes in the events up to `length` (never fewer than already taken). */
  advance(length: number): void {
    const log = this.log
    const end = Math.min(length, log.length)
    if (end <= this.length) return
    const time = log.column('time')
    const kind = log.column('kind')
    this.times = withRoom(this.times, end - 1)
    const times = this.times
    let latest = this.length ? times[this.length - 1] : 0
    for (let i = this.length; i < end; i++) {
      latest = time[i] > latest ? time[i] : latest
      times[i] = latest
      const name = eventKinds[kind[i]]
      if (name === 'thread-start' || name === 'thread-rename' || name === 'primitive-new' || name === 'primitive-name')
        this.learnName(i, name)
    }
    this.length = end
  }

  private learnName(i: number, kind: EventKindName): void {
    const e = this.log.get(i)
    const text = this.log.string(e.text) ?? ''
    switch (kind) {
      case 'thread-start': {
        const { name, daemon } = JSON.parse(text)
        this.threads[e.thread] = { thread: e.thread, name, process: e.a, daemon }
        if (!this.processes.includes(e.a)) this.processes.push(e.a)
        break
      }
      case 'thread-rename': {
        const info = this.threads[e.thread]
        const { name, daemon } = JSON.parse(text)
        this.formerNames.set(i, info.name)
        Object.assign(info, { name, daemon })
        break
      }
      case 'primitive-new': {
        const { type, name, internal } = JSON.parse(text)
        this.primitives[e.a] = { id: e.a, type, name, internal }
        break
      }
      default: {
        const info = this.primitives[e.a]
        this.formerNames.set(i, info.name)
        info.name = text
      }
    }
  }

  kind(i: number): EventKindName {
    return eventKinds[this.log.column('kind')[i]]
  }

  /** Every considered event's time, non-decreasing (a view, valid until the next `advance`). */
  timeColumn(): Float64Array {
    return this.times.subarray(0, this.length)
  }

  /** The time of the last event considered. */
  get endTime(): number {
    return this.length ? this.times[this.length - 1] : 0
  }

  /** The step of the last event considered. */
  get endStep(): number {
    return this.length ? this.log.column('step')[this.length - 1] : 0
  }

  threadName(thread: number): string {
    return this.threads[thread]?.name ?? `#${thread}`
  }

  primitiveName(id: number): string {
    return this.primitives[id]?.name ?? `#${id}`
  }

  /** The name a thread-rename or primitive-name event replaced. */
  formerName(event: number): string | undefined {
    return this.formerNames.get(event)
  }

  /** A primitive state from the string table, parsed once however many events share it. */
  state(stringIndex: number): PrimitiveState {
    let state = this.states.get(stringIndex)
    if (!state) this.states.set(stringIndex, (state = JSON.parse(this.log.string(stringIndex) ?? '{"waiters":[]}')))
    return state!
  }

  /** The last event before `event` of kind `kind` whose column `column` is `value`, or -1. */
  private lastBefore(event: number, kind: EventKindName, column: 'a' | 'thread', value: number): number {
    const raw = EventKind[kind]
    const kinds = this.log.column('kind')
    const values = this.log.column(column)
    for (let j = event - 1; j >= 0; j--) if (kinds[j] === raw && values[j] === value) return j
    return -1
  }

  /** The primitive's state after its last event before `event`, or null before its first. */
  primitiveStateBefore(id: number, event: number): PrimitiveState | null {
    const j = this.lastBefore(event, 'primitive', 'a', id)
    return j < 0 ? null : this.state(this.log.column('b')[j])
  }

  /** The thread's state after its last thread-state event before `event` ('new' after its start only). */
  threadStateBefore(thread: number, event: number): ThreadStateName | null {
    const j = this.lastBefore(event, 'thread-state', 'thread', thread)
    if (j >= 0) return threadStates[this.log.column('a')[j]]
    return this.lastBefore(event, 'thread-start', 'thread', thread) >= 0 ? 'new' : null
  }

  /** The GIL's holder after its last change before `event`; `held` skips the moments it was free. */
  gilHolderBefore(process: number, event: number, held = false): number | null {
    const thread = this.log.column('thread')
    for (let j = this.lastBefore(event, 'gil', 'a', process); j >= 0; j = this.lastBefore(j, 'gil', 'a', process))
      if (thread[j] >= 0 || !held) return thread[j] < 0 ? null : thread[j]
    return null
  }
}
