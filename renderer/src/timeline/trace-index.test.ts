import { describe, expect, it } from 'vitest'
import { decodeAll } from '../../../simulator'
import { TraceIndex } from './trace-index'
import { abba, contention, odds, producerConsumer, record } from './test-support/runs'

describe('the trace index', () => {
  it('knows the threads and primitives by their latest names, and the names they replaced', () => {
    const log = record(odds)
    const index = new TraceIndex(log)
    index.advance(log.length)
    expect(index.threads.map((t) => [t.name, t.process, t.daemon])).toEqual([
      ['MainThread', 0, false],
      ['waiter', 0, true],
    ])
    expect(index.processes).toEqual([0])
    const lock = index.primitives.find((p) => p.type === 'Lock')!
    expect(lock.name).toBe('a')
    const events = decodeAll(log)
    const named = events.find((e) => e.kind === 'primitive-name')!
    const renamed = events.find((e) => e.kind === 'thread-rename')!
    expect(index.formerName(named.index)).toBe('Lock-1')
    expect(index.formerName(renamed.index)).toBe('Thread-2')
    expect(index.primitives.filter((p) => p.internal).map((p) => p.name)).toEqual(['self._started', 'self._started'])
  })

  it('keeps times in order even where free-threaded CPUs record them out of order', () => {
    const log = record(contention, 'free-threaded')
    const raw = log.column('time')
    expect(Array.from(raw).some((t, i) => i > 0 && t < raw[i - 1])).toBe(true)
    const index = new TraceIndex(log)
    index.advance(log.length)
    const times = index.timeColumn()
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1])
    expect(index.endTime).toBe(Math.max(...Array.from(raw)))
  })

  it('finds the state before an event of a primitive, a thread and the GIL', () => {
    const log = record(abba)
    const index = new TraceIndex(log)
    index.advance(log.length)
    const events = decodeAll(log)
    const blocked = events.find((e) => e.kind === 'thread-state' && e.thread === 1 && e.state === 'blocked')!
    const lockB = index.primitives.find((p) => p.name === 'lock_b')!.id
    expect(index.primitiveStateBefore(lockB, blocked.index)).toEqual({ owner: 2, waiters: [] })
    expect(index.primitiveStateBefore(lockB, 0)).toBeNull()
    expect(index.threadStateBefore(1, blocked.index)).toBe('running')
    const start = events.find((e) => e.kind === 'thread-start' && e.thread === 1)!
    expect(index.threadStateBefore(1, start.index + 1)).toBe('new')
    expect(index.threadStateBefore(1, start.index)).toBeNull()
    expect(index.gilHolderBefore(0, blocked.index + 1)).toBe(1)
    expect(index.gilHolderBefore(0, blocked.index + 3)).toBeNull()
    expect(index.gilHolderBefore(0, blocked.index + 3, true)).toBe(1)
  })

  it('takes in a run as it grows', () => {
    const log = record(producerConsumer)
    const index = new TraceIndex(log)
    index.advance(5)
    expect(index.length).toBe(5)
    expect(index.threads.map((t) => t.name)).toEqual(['MainThread'])
    index.advance(3)
    expect(index.length).toBe(5)
    index.advance(log.length + 10)
    expect(index.length).toBe(log.length)
    expect(index.threads.map((t) => t.name)).toEqual(['MainThread', 'producer', 'consumer'])
    expect(index.endStep).toBe(log.column('step')[log.length - 1])
  })
})
