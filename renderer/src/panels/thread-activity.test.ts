import { describe, expect, it } from 'vitest'
import { abba, contention } from '../../../simulator/trace/test-programs'
import { panelsEn, panelsPl } from './messages'
import { everyPrimitive, waitingConsumer } from './test-support/programs'
import { runTo } from './test-support/runs'
import { activityOf, describeActivity } from './thread-activity'

const described = (source: string, step?: number) => {
  const { snapshot } = runTo(source, step)
  return snapshot.threads.map((t) => [
    t.name,
    describeActivity(activityOf(snapshot, t.index), snapshot, panelsEn),
    describeActivity(activityOf(snapshot, t.index), snapshot, panelsPl),
  ])
}

describe('what a thread is doing', () => {
  it('says which lock each thread of the ABBA deadlock is blocked on, and whom the main thread joins', () => {
    expect(described(abba)).toEqual([
      ['MainThread', 'waiting for one to finish', 'czeka na zakończenie wątku one'],
      ['one', 'blocked on lock_b', 'zablokowany na lock_b'],
      ['two', 'blocked on lock_a', 'zablokowany na lock_a'],
      ['bystander', 'finished', 'zakończony'],
    ])
  })

  it('names the queue and the call a thread waits in', () => {
    expect(described(waitingConsumer)[0]).toEqual(['MainThread', 'blocked on q in put()', 'zablokowany na q w put()'])
  })

  it('names conditions, barriers and events', () => {
    expect(
      described(everyPrimitive)
        .slice(1)
        .map(([, en]) => en),
    ).toEqual(['blocked on cond', 'blocked on barrier', 'blocked on ready'])
  })

  it('tells running, waiting for the GIL and sleeping apart', () => {
    const { events } = runTo(abba)
    const sleeps = events.flatMap((e) => (e.kind === 'thread-state' && e.state === 'sleeping' ? [e] : []))[0]
    const { snapshot } = runTo(abba, sleeps.step)
    const activities = snapshot.threads.map((t) => describeActivity(activityOf(snapshot, t.index), snapshot, panelsEn))
    expect(activities[sleeps.thread]).toBe('sleeping')
    expect(snapshot.threads.map((t) => activityOf(snapshot, t.index).kind)).toEqual(
      snapshot.threads.map((t) => t.status),
    )
    const busy = runTo(contention, 3000).snapshot
    expect(busy.threads.map((t) => describeActivity(activityOf(busy, t.index), busy, panelsEn)).slice(0, 3)).toEqual([
      'waiting for Thread-1 (work) to finish',
      'waiting for the GIL',
      'waiting for the GIL',
    ])
    expect(describeActivity(activityOf(busy, 3), busy, panelsPl)).toBe('działa')
  })
})
