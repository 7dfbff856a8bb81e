// The lanes the timeline draws, from a run's log: a lane per thread (its states), a GIL lane per process (who holds
// it), a lane per visible Lock/RLock (who owns it) and step charts of each Semaphore's value and Queue's length.
// Built incrementally: `advance` takes in only the events appended since the last call.
import type { EventLog } from '../../../simulator'
import { eventKinds, threadStates, type ThreadStateName } from '../../../simulator'
import { StepTrack } from './step-track'
import { TraceIndex } from './trace-index'

/** A thread lane's values: the index of the state in this list. */
export const threadLaneStates = [
  'new',
  'running',
  'gil-wait',
  'ready',
  'blocked',
  'sleeping',
  'finished',
] as const satisfies readonly ThreadStateName[]

/** The value of a GIL or lock lane while nobody holds it. */
export const nobody = -1

export type Lane =
  | { kind: 'thread'; thread: number; track: StepTrack }
  | { kind: 'gil'; process: number; track: StepTrack }
  | { kind: 'lock'; primitive: number; track: StepTrack }
  | { kind: 'semaphore' | 'queue'; primitive: number; track: StepTrack; max: number }

export interface Segment {
  lane: Lane
  /** Its index in the lane's track. */
  index: number
  value: number
  start: number
  end: number
  startStep: number
  endStep: number
  /** The event that began it. */
  event: number
  /** The program line of the thread that began it, when known. */
  line: number | null
}

export class LaneSet {
  readonly index: TraceIndex
  private readonly threadLanes: Lane[] = []
  private readonly gilLanes = new Map<number, Lane>()
  private readonly primitiveLanes: (Lane | null)[] = []
  private readonly laneStateOf: number[] = []
  private done = 0

  constructor(readonly log: EventLog) {
    this.index = new TraceIndex(log)
  }

  /** Events taken in so far. */
  get length(): number {
    return this.done
  }

  get endTime(): number {
    return this.index.endTime
  }

  get endStep(): number {
    return this.index.endStep
  }

  /** Takes in the events up to `length`. */
  advance(length: number): void {
    const index = this.index
    index.advance(length)
    const end = index.length
    if (end <= this.done) return
    const log = this.log
    const step = log.column('step')
    const kind = log.column('kind')
    const thread = log.column('thread')
    const a = log.column('a')
    const b = log.column('b')
    const times = index.timeColumn()
    for (let i = this.done; i < end; i++) {
      const t = times[i]
      switch (eventKinds[kind[i]]) {
        case 'thread-start': {
          const lane: Lane = { kind: 'thread', thread: thread[i], track: new StepTrack() }
          this.threadLanes[thread[i]] = lane
          lane.track.push(t, step[i], threadLaneStates.indexOf('new'), i)
          break
        }
        case 'thread-state':
          this.threadLanes[thread[i]].track.push(t, step[i], this.laneState(a[i]), i)
          break
        case 'gil': {
          let lane = this.gilLanes.get(a[i])
          if (!lane) this.gilLanes.set(a[i], (lane = { kind: 'gil', process: a[i], track: new StepTrack() }))
          lane.track.push(t, step[i], thread[i] < 0 ? nobody : thread[i], i)
          break
        }
        case 'primitive': {
          const lane = this.primitiveLane(a[i], b[i])
          if (!lane) break
          const state = index.state(b[i])
          if (lane.kind === 'lock') lane.track.push(t, step[i], state.owner ?? nobody, i)
          else if (lane.kind === 'semaphore' || lane.kind === 'queue') {
            const value = lane.kind === 'semaphore' ? (state.value ?? 0) : (state.items?.length ?? 0)
            lane.max = Math.max(lane.max, value, state.bound ?? 0, state.maxsize ?? 0)
            lane.track.push(t, step[i], value, i)
          }
          break
        }
        default:
          break
      }
    }
    this.done = end
  }

  /** The lanes in drawing order: each process's threads then its GIL, then locks, semaphores and queues. */
  lanes(): Lane[] {
    const ordered: Lane[] = []
    for (const process of this.index.processes) {
      for (const lane of this.threadLanes)
        if (lane?.kind === 'thread' && this.index.threads[lane.thread].process === process) ordered.push(lane)
      const gil = this.gilLanes.get(process)
      if (gil) ordered.push(gil)
    }
    for (const kind of ['lock', 'semaphore', 'queue'])
      for (const lane of this.primitiveLanes) if (lane?.kind === kind) ordered.push(lane)
    return ordered
  }

  /** Segment k of a lane. */
  segment(lane: Lane, k: number): Segment {
    const track = lane.track
    const last = k === track.length - 1
    const event = track.event[k]
    // Thread-state and primitive events carry the acting thread's line; GIL events none.
    const line = lane.kind === 'gil' ? -1 : this.log.column('c')[event]
    return {
      lane,
      index: k,
      value: track.value[k],
      start: track.time[k],
      end: last ? Math.max(this.endTime, track.time[k]) : track.time[k + 1],
      startStep: track.step[k],
      endStep: last ? Math.max(this.endStep, track.step[k]) : track.step[k + 1],
      event,
      line: line >= 0 ? line : null,
    }
  }

  /** The segment of a lane at `time`, or null where the lane has nothing. */
  segmentAt(lane: Lane, time: number): Segment | null {
    const k = lane.track.indexAt(time)
    return k < 0 || time > this.endTime ? null : this.segment(lane, k)
  }

  private laneState(raw: number): number {
    return (this.laneStateOf[raw] ??= threadLaneStates.indexOf(threadStates[raw]))
  }

  /** The lane of a primitive, made at its first event; null for one that has none. */
  private primitiveLane(id: number, stateIndex: number): Lane | null {
    const known = this.primitiveLanes[id]
    if (known !== undefined) return known
    const info = this.index.primitives[id]
    const state = this.index.state(stateIndex)
    const track = new StepTrack()
    let lane: Lane | null = null
    if (info.internal) lane = null
    else if (info.type === 'Lock' || info.type === 'RLock') lane = { kind: 'lock', primitive: id, track }
    else if (state.value !== undefined) lane = { kind: 'semaphore', primitive: id, track, max: 0 }
    else if (state.items !== undefined) lane = { kind: 'queue', primitive: id, track, max: 0 }
    this.primitiveLanes[id] = lane
    return lane
  }
}

/** The lanes of the first `length` events of a log. */
export function lanesOf(log: EventLog, length = log.length): LaneSet {
  const set = new LaneSet(log)
  set.advance(length)
  return set
}
