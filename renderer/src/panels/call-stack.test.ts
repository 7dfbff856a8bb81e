import { describe, expect, it } from 'vitest'
import { producerConsumer } from '../../../simulator/trace/test-programs'
import { currentLine, defaultFrame, frameGroups, innermostProgramFrame, libraryCall } from './call-stack'
import { waitingConsumer } from './test-support/programs'
import { runTo } from './test-support/runs'

describe('a thread’s call stack', () => {
  const { snapshot: end } = runTo(waitingConsumer)
  const main = end.threads[0]

  it('stands at the program line that called into the library', () => {
    expect(main.stack.map((f) => [f.function, f.library])).toEqual([
      ['put', true],
      ['<module>', false],
    ])
    expect(innermostProgramFrame(main)).toBe(1)
    expect(defaultFrame(main)).toBe(1)
    expect(currentLine(main)).toBe(14)
    expect(libraryCall(main)).toBe('put')
  })

  it('groups runs of library frames between program frames', () => {
    const { snapshot, events } = runTo(waitingConsumer)
    const blocked = events.find((e) => e.kind === 'thread-state' && e.thread === 1 && e.state === 'blocked')!
    const consumer = runTo(waitingConsumer, blocked.step).snapshot.threads[1]
    expect(snapshot.threads[1].stack).toEqual([])
    expect(
      frameGroups(consumer.stack).map((g) => [g.library, g.frames.map((f) => `${f.index}:${f.frame.function}`)]),
    ).toEqual([
      [true, ['0:get']],
      [false, ['1:consumer']],
      [true, ['2:run', '3:_bootstrap_inner', '4:_bootstrap']],
    ])
    expect(libraryCall(consumer)).toBe('get')
    expect(currentLine(consumer)).toBe(5)
  })

  it('has no line, call or program frame for a finished thread, and selects its innermost frame', () => {
    const finished = end.threads[1]
    expect([currentLine(finished), libraryCall(finished), innermostProgramFrame(finished)]).toEqual([null, null, null])
    expect(defaultFrame(finished)).toBe(0)
    expect(frameGroups(finished.stack)).toEqual([])
  })

  it('calls nothing when the thread runs its own code', () => {
    const { snapshot } = runTo(producerConsumer, 3)
    expect(snapshot.threads[0].stack.map((f) => f.function)).toEqual(['<module>'])
    expect(libraryCall(snapshot.threads[0])).toBeNull()
    expect(frameGroups(snapshot.threads[0].stack)).toHaveLength(1)
  })
})
