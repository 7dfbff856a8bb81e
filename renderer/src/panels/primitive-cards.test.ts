import { describe, expect, it } from 'vitest'
import { abba, producerConsumer } from '../../../simulator/trace/test-programs'
import { primitiveCards } from './primitive-cards'
import { everyPrimitive, waitingConsumer } from './test-support/programs'
import { runTo } from './test-support/runs'

describe('the primitive cards', () => {
  it('show every visible primitive of each kind, in order of first use, with its state', () => {
    const cards = primitiveCards(runTo(everyPrimitive).snapshot)
    expect(cards.map((c) => [c.label, c.state, c.lockName])).toEqual([
      ['RLock rlock', { owner: 0, count: 2, waiters: [] }, null],
      ['BoundedSemaphore sem', { value: 2, bound: 3, waiters: [] }, null],
      ['Lock lock', { owner: 0, waiters: [0] }, null],
      ['Queue q', { items: ['1', "'two'"], maxsize: 0, unfinished: 2, waiters: [] }, null],
      ['RLock RLock-2', { owner: null, count: 0, waiters: [] }, null],
      ['Condition cond', { lock: 8, waiters: [1] }, 'RLock-2'],
      ['Barrier barrier', { parties: 3, waiting: 1, broken: false, waiters: [2] }, null],
      ['Event ready', { flag: false, waiters: [3] }, null],
    ])
    expect(cards.find((c) => c.name === 'lock')?.waiters).toEqual([{ call: null, threads: [0] }])
  })

  it('show the lock holders and waiters of the ABBA deadlock', () => {
    const cards = primitiveCards(runTo(abba).snapshot)
    expect(cards.map((c) => [c.name, c.state.owner, c.waiters])).toEqual([
      ['lock_a', 1, [{ call: null, threads: [2] }]],
      ['lock_b', 2, [{ call: null, threads: [1] }]],
    ])
  })

  it('group a queue’s waiters by the call they wait in', () => {
    const { events } = runTo(waitingConsumer)
    const getter = events.find((e) => e.kind === 'thread-state' && e.thread === 1 && e.state === 'blocked')!
    const waitingToGet = primitiveCards(runTo(waitingConsumer, getter.step).snapshot)
    expect(waitingToGet.map((c) => [c.name, c.state.items, c.waiters])).toEqual([
      ['q', [], [{ call: 'get', threads: [1] }]],
    ])
    const waitingToPut = primitiveCards(runTo(waitingConsumer).snapshot)
    expect(waitingToPut.map((c) => [c.name, c.state.items, c.waiters])).toEqual([
      ['q', ["'b'"], [{ call: 'put', threads: [0] }]],
      ['done', undefined, []],
    ])
  })

  it('show a queue’s items first out first', () => {
    const { events } = runTo(producerConsumer)
    const full = events.find((e) => e.kind === 'primitive' && e.state.items?.length === 2 && e.op === 'put')!
    const queue = primitiveCards(runTo(producerConsumer, full.step).snapshot).find((c) => c.type === 'Queue')!
    expect(queue.state.items).toEqual(full.kind === 'primitive' ? full.state.items : null)
    const [first, second] = queue.state.items!.map(Number)
    expect(second - first).toBe(10)
    expect(queue.state.maxsize).toBe(2)
  })
})
