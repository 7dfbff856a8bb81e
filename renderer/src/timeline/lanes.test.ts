import { describe, expect, it } from 'vitest'
import { decodeAll, type EventLog, type Schedule, type TraceEvent } from '../../../simulator'
import { LaneSet, lanesOf, nobody, threadLaneStates, type Lane } from './lanes'
import { abba, contention, gilDemo, odds, producerConsumer, record } from './test-support/runs'

const programs = { abba, contention, odds, producerConsumer }
const schedules: Schedule[] = ['gil', 'random', 'free-threaded']
/** Every program under every schedule, and the GIL demo (long under the others) under the GIL. */
const runs = [
  ...Object.entries(programs).flatMap(([name, source]) => schedules.map((schedule) => ({ name, source, schedule }))),
  { name: 'gilDemo', source: gilDemo, schedule: 'gil' as Schedule },
]

/** The value a lane shows at `time`, or undefined where it has none. */
function valueAt(set: LaneSet, lane: Lane, time: number): number | undefined {
  return set.segmentAt(lane, time)?.value
}

/** What each lane should show, worked out from the decoded events one by one. */
class Expected {
  readonly threads = new Map<number, number>()
  readonly gil = new Map<number, number>()
  readonly primitives = new Map<number, TraceEvent & { kind: 'primitive' }>()

  take(e: TraceEvent): void {
    if (e.kind === 'thread-start') this.threads.set(e.thread, threadLaneStates.indexOf('new'))
    if (e.kind === 'thread-state') this.threads.set(e.thread, threadLaneStates.indexOf(e.state))
    if (e.kind === 'gil') this.gil.set(e.process, e.holder ?? nobody)
    if (e.kind === 'primitive') this.primitives.set(e.primitive, e)
  }
}

function laneKey(lane: Lane): string {
  return lane.kind === 'thread' ? `t${lane.thread}` : lane.kind === 'gil' ? `g${lane.process}` : `p${lane.primitive}`
}

function tracks(set: LaneSet) {
  return set.lanes().map((lane) => ({
    key: laneKey(lane),
    changes: Array.from({ length: lane.track.length }, (_, k) => [
      lane.track.time[k],
      lane.track.step[k],
      lane.track.value[k],
      lane.track.event[k],
    ]),
  }))
}

describe('the lanes of a run', () => {
  it('give a lane per thread, the GIL, each visible lock, semaphore and queue, in that order', () => {
    const kinds = (log: EventLog) => {
      const set = lanesOf(log)
      return set.lanes().map((lane) => `${lane.kind} ${laneName(set, lane)}`)
    }
    const laneName = (set: LaneSet, lane: Lane) =>
      lane.kind === 'thread'
        ? set.index.threadName(lane.thread)
        : lane.kind === 'gil'
          ? lane.process
          : set.index.primitiveName(lane.primitive)
    expect(kinds(record(abba))).toEqual([
      'thread MainThread',
      'thread one',
      'thread two',
      'thread bystander',
      'gil 0',
      'lock lock_a',
      'lock lock_b',
    ])
    expect(kinds(record(producerConsumer))).toEqual([
      'thread MainThread',
      'thread producer',
      'thread consumer',
      'gil 0',
      'lock total_lock',
      'queue q',
    ])
    expect(kinds(record(contention)).filter((lane) => !lane.startsWith('thread'))).toEqual([
      'gil 0',
      'lock lock',
      'semaphore sem',
    ])
    expect(kinds(record(abba, 'free-threaded')).some((lane) => lane.startsWith('gil'))).toBe(false)
  })

  it('show at every event what the events so far say, for every program and schedule', () => {
    const wrong: string[] = []
    let checked = 0
    for (const { name, source, schedule } of runs) {
      const log = record(source, schedule)
      const events = decodeAll(log)
      const set = lanesOf(log)
      const lanes = set.lanes()
      const expected = new Expected()
      // After the last of the events at one moment, every lane shows the state they leave.
      for (let i = 0; i < events.length; i++) {
        expected.take(events[i])
        const time = set.index.timeColumn()[i]
        if (i + 1 < events.length && set.index.timeColumn()[i + 1] === time) continue
        for (const lane of lanes) {
          const shown = valueAt(set, lane, time)
          let value: number | undefined
          if (lane.kind === 'thread') value = expected.threads.get(lane.thread)
          else if (lane.kind === 'gil') value = expected.gil.get(lane.process)
          else {
            const e = expected.primitives.get(lane.primitive)
            if (e === undefined) value = undefined
            else if (lane.kind === 'lock') value = e.state.owner ?? nobody
            else value = lane.kind === 'semaphore' ? e.state.value : e.state.items!.length
          }
          checked++
          if (shown !== value) wrong.push(`${name} ${schedule} event ${i} lane ${laneKey(lane)}: ${shown} ≠ ${value}`)
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([])
    expect(checked).toBeGreaterThan(10_000)
  })

  it('are the same built at once or a few events at a time', () => {
    for (const { source, schedule } of runs) {
      const log = record(source, schedule)
      const growing = new LaneSet(log)
      for (let length = 0; length <= log.length + 3; length += 1 + (length % 7)) growing.advance(length)
      growing.advance(log.length)
      expect(tracks(growing)).toEqual(tracks(lanesOf(log)))
    }
  })

  it('end at the last event taken in', () => {
    const log = record(abba)
    const part = lanesOf(log, 30)
    expect(part.length).toBe(30)
    expect(part.endTime).toBe(log.column('time')[29])
    expect(part.lanes().map((lane) => lane.kind)).toEqual(['thread', 'thread', 'thread', 'gil', 'lock'])
    for (const lane of part.lanes()) {
      const last = part.segment(lane, lane.track.length - 1)
      expect(last.end).toBe(part.endTime)
      expect(last.endStep).toBe(log.column('step')[29])
    }
  })

  it('cut a lane into segments end to end, with the step and line where each begins', () => {
    const log = record(abba)
    const set = lanesOf(log)
    const events = decodeAll(log)
    for (const lane of set.lanes())
      for (let k = 0; k < lane.track.length; k++) {
        const segment = set.segment(lane, k)
        expect(segment.end).toBeGreaterThanOrEqual(segment.start)
        if (k > 0) expect(set.segment(lane, k - 1).end).toBe(segment.start)
        const e = events[segment.event]
        expect(segment.startStep).toBe(e.step)
        const line = e.kind === 'thread-state' || e.kind === 'primitive' ? e.line : null
        expect(segment.line).toBe(line)
      }
    const one = set.lanes().find((lane) => lane.kind === 'thread' && lane.thread === 1)!
    const blocked = set.segmentAt(one, set.endTime - 1)!
    expect(threadLaneStates[blocked.value]).toBe('blocked')
    expect(blocked.line).toBe(7)
    expect(set.segmentAt(one, -1)).toBeNull()
    expect(set.segmentAt(one, set.endTime + 1)).toBeNull()
  })

  it('show the GIL held while a thread runs, as long as it runs, in the GIL demo', () => {
    const set = lanesOf(record(gilDemo))
    const lanes = set.lanes()
    const gil = lanes.find((lane) => lane.kind === 'gil')!
    const held = new Map<number, number>()
    const running = new Map<number, number>()
    for (let k = 0; k < gil.track.length; k++) {
      const segment = set.segment(gil, k)
      held.set(segment.value, (held.get(segment.value) ?? 0) + segment.end - segment.start)
    }
    for (const lane of lanes)
      if (lane.kind === 'thread')
        for (let k = 0; k < lane.track.length; k++) {
          const segment = set.segment(lane, k)
          if (threadLaneStates[segment.value] === 'running')
            running.set(lane.thread, (running.get(lane.thread) ?? 0) + segment.end - segment.start)
        }
    expect([...running.keys()].sort()).toEqual([0, 1, 2])
    for (const [thread, time] of running) expect(held.get(thread)).toBe(time)
    // Two CPU-bound workers take turns: each waits for the GIL while the other runs, many times over.
    const workers = lanes.filter((lane) => lane.kind === 'thread' && lane.thread > 0)
    for (const worker of workers) {
      const states = Array.from({ length: worker.track.length }, (_, k) => threadLaneStates[worker.track.value[k]])
      expect(states.filter((state) => state === 'gil-wait').length).toBeGreaterThan(4)
    }
  })

  it('chart the queue length up to its maxsize and the semaphore value up to its bound', () => {
    const queue = lanesOf(record(producerConsumer))
      .lanes()
      .find((lane) => lane.kind === 'queue')!
    expect(queue.kind === 'queue' && queue.max).toBe(2)
    const values = Array.from(queue.track.value.subarray(0, queue.track.length))
    expect(Math.max(...values)).toBe(2)
    expect(Math.min(...values)).toBe(0)
    const semaphore = lanesOf(record(contention))
      .lanes()
      .find((lane) => lane.kind === 'semaphore')!
    expect(semaphore.kind === 'semaphore' && semaphore.max).toBe(2)
  })
})
