import { describe, expect, it } from 'vitest'
import { decodeAll, type EventLog, type TraceEvent } from '../../../simulator'
import { lanesOf, threadLaneStates } from './lanes'
import type { TimelineLanguage } from './messages'
import { narrate, narrateSegment } from './narrate'
import { TraceIndex } from './trace-index'
import { abba, contention, gilDemo, odds, producerConsumer, record } from './test-support/runs'

function indexOf(log: EventLog): TraceIndex {
  const index = new TraceIndex(log)
  index.advance(log.length)
  return index
}

/** The narration of every event matching `which`, in order. */
function told(log: EventLog, which: (e: TraceEvent) => boolean, language: TimelineLanguage = 'en'): string[] {
  const index = indexOf(log)
  return decodeAll(log)
    .filter(which)
    .map((e) => narrate(index, e.index, language))
}

describe('the narration of events', () => {
  it('tells a queue’s puts and gets with the item and what is left', () => {
    const log = record(producerConsumer)
    const isQueue = (e: TraceEvent) => e.kind === 'primitive' && (e.op === 'get' || e.op === 'put')
    const en = told(log, isQueue)
    expect(en.slice(0, 4)).toEqual([
      'producer puts 0 into q (now 1 item)',
      'producer puts 10 into q (now 2 items)',
      'consumer takes 0 from q (1 item left)',
      'consumer takes 10 from q (now empty)',
    ])
    expect(en.at(-1)).toBe('consumer takes None from q (now empty)')
    expect(told(log, isQueue, 'pl').slice(0, 4)).toEqual([
      'producer wkłada 0 do q (teraz 1 element)',
      'producer wkłada 10 do q (teraz 2 elementy)',
      'consumer wyjmuje 0 z q (został 1 element)',
      'consumer wyjmuje 10 z q (teraz pusta)',
    ])
  })

  it('tells what a blocked thread waits for, and who holds it', () => {
    const log = record(abba)
    const blocked = (e: TraceEvent) => e.kind === 'thread-state' && e.state === 'blocked'
    expect(told(log, blocked)).toEqual([
      'MainThread waits for a new thread to start',
      'MainThread waits for a new thread to start',
      'MainThread waits for a new thread to start',
      'MainThread waits for one to finish',
      'one blocks on lock_b, held by two',
      'two blocks on lock_a, held by one',
    ])
    expect(told(log, blocked, 'pl').slice(-3)).toEqual([
      'MainThread czeka na zakończenie one',
      'one czeka na lock_b, zajęty przez two',
      'two czeka na lock_a, zajęty przez one',
    ])
    const consumer = told(record(producerConsumer), (e) => e.kind === 'thread-state' && e.state === 'blocked')
    expect(consumer).toContain('consumer waits for an item in q')
    expect(consumer).toContain('producer waits for room in q')
  })

  it('tells a deadlock as the cycle of waits', () => {
    const log = record(abba)
    expect(told(log, (e) => e.kind === 'lock-cycle' || e.kind === 'deadlock' || e.kind === 'exit')).toEqual([
      'Deadlock: two waits for lock_a held by one; one waits for lock_b held by two',
      'Deadlock: every thread is waiting and nothing can wake one',
      'The run ends in a deadlock (exit status 3)',
    ])
    expect(told(log, (e) => e.kind === 'lock-cycle', 'pl')).toEqual([
      'Zakleszczenie: two czeka na lock_a zajęty przez one; one czeka na lock_b zajęty przez two',
    ])
  })

  it('tells the GIL passing between two CPU-bound threads and the drop requests', () => {
    const log = record(gilDemo)
    const gil = told(log, (e) => e.kind === 'gil' || e.kind === 'gil-drop-request')
    expect(gil).toContain('the GIL passes from worker-0 to worker-1')
    expect(gil).toContain('the GIL passes from worker-1 to worker-0')
    expect(gil).toContain('worker-1 asks worker-0 to drop the GIL')
    expect(gil).toContain('worker-0 releases the GIL')
    expect(told(log, (e) => e.kind === 'gil', 'pl')).toContain('GIL przechodzi od worker-0 do worker-1')
  })

  it('tells sleeps, timed waits, names found late, files and output', () => {
    expect(told(record(abba), (e) => e.kind === 'thread-state' && e.state === 'sleeping')).toEqual([
      'one sleeps until 10.0 ms',
      'two sleeps until 10.0 ms',
      'bystander sleeps until 50.0 ms',
    ])
    expect(told(record(abba), (e) => e.kind === 'output').slice(0, 1)).toEqual(['bystander prints “still running”'])
    const log = record(odds)
    const all = told(log, () => true)
    expect(all).toContain('Lock-1 turns out to be a')
    expect(all).toContain('MainThread writes to out.txt')
    expect(all).toContain('waiter waits for a notify on cond, at most until 10.0 ms')
    expect(all).toContain('waiter stops waiting for a notify on cond: time is up')
    expect(all).toContain('barrier opens: its 2 threads go on')
    expect(all).toContain('Thread-2 is named waiter')
    expect(told(log, () => true, 'pl')).toContain('waiter przestaje czekać na powiadomienie na cond: minął czas')
  })

  it('tells a semaphore’s value before and after', () => {
    const semaphore = told(record(contention), (e) => e.kind === 'primitive' && e.state.value !== undefined)
    expect(semaphore).toContain('Thread-1 (work) takes sem (value 2 → 1)')
    expect(semaphore).toContain('Thread-1 (work) releases sem (value 1 → 2)')
  })

  it('has words for every event of every kind, in both languages', () => {
    const kinds = new Set<string>()
    for (const source of [abba, contention, gilDemo, odds, producerConsumer]) {
      const log = record(source)
      const index = indexOf(log)
      for (const e of decodeAll(log)) {
        kinds.add(e.kind)
        for (const language of ['en', 'pl'] as const) {
          const line = narrate(index, e.index, language)
          expect(line).not.toMatch(/undefined|NaN|null|\[object|#\d/)
          expect(line.length).toBeGreaterThan(5)
        }
      }
    }
    expect(kinds.size).toBe(13)
  })
})

describe('the narration of segments', () => {
  it('tells a thread’s state with its span and line', () => {
    const set = lanesOf(record(abba))
    const one = set.lanes().find((lane) => lane.kind === 'thread' && lane.thread === 1)!
    const blocked = set.segmentAt(one, set.endTime - 1)!
    expect(threadLaneStates[blocked.value]).toBe('blocked')
    expect(narrateSegment(set, blocked, 'en')).toBe('blocked on lock_b, held by two from 10.0 ms to 50.0 ms, line 7')
    expect(narrateSegment(set, blocked, 'pl')).toBe('czeka na lock_b, zajęty przez two od 10,0 ms do 50,0 ms, wiersz 7')
    const sleeping = set.segment(one, blocked.index - 2)
    expect(narrateSegment(set, sleeping, 'en')).toBe('sleeping from 24.2 µs to 10.0 ms, line 6')
  })

  it('shows more digits where a short segment needs them', () => {
    const set = lanesOf(record(abba))
    const one = set.lanes().find((lane) => lane.kind === 'thread' && lane.thread === 1)!
    const running = set.segment(one, set.segmentAt(one, set.endTime - 1)!.index - 1)
    expect(narrateSegment(set, running, 'en')).toBe('running from 10.024225 ms to 10.024300 ms, line 6')
  })

  it('tells who holds the GIL or a lock, and a queue’s length', () => {
    const set = lanesOf(record(producerConsumer))
    const [gil, lock, queue] = ['gil', 'lock', 'queue'].map((kind) => set.lanes().find((lane) => lane.kind === kind)!)
    expect(narrateSegment(set, set.segment(gil, 1), 'en')).toMatch(/^held by producer from [\d.]+ µs to [\d.]+ µs$/)
    expect(narrateSegment(set, set.segment(lock, 1), 'pl')).toMatch(/^wolny od [\d,]+ µs do [\d,]+ µs, wiersz 12$/)
    expect(narrateSegment(set, set.segment(queue, 1), 'en')).toMatch(/^2 items from /)
    expect(narrateSegment(set, set.segment(queue, 1), 'pl')).toMatch(/^2 elementy od /)
  })
})
