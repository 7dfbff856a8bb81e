import { describe, expect, it } from 'vitest'
import { Session } from './session'
import { abba, contention, producerConsumer } from './trace/test-programs'
import { readTrace } from './trace/trace-file'
import { decodeAll } from './trace/decode'
import { firstDifference, replay } from './trace/replay'

const linear = `def square(n):
    result = n * n
    return result

a = square(3)
b = square(4)
print(a + b)
`

const lineOf = (session: Session, thread = 0) => session.snapshot().threads[thread].stack[0]?.line ?? null

describe('an interactive session', () => {
  it('steps by lines, into calls, over them and out of them', () => {
    const session = new Session(linear, 'prog.py')
    const lines = [lineOf(session)]
    for (let i = 0; i < 6; i++) {
      session.step('line', 0)
      lines.push(lineOf(session))
    }
    expect(lines).toEqual([1, 5, 2, 3, 5, 6, 2])
    session.step('out', 0)
    expect(lineOf(session)).toBe(6)
    session.step('over', 0)
    expect(lineOf(session)).toBe(7)
  })

  it('goes back two steps and forward two steps to the very same state', () => {
    for (const source of [linear, producerConsumer, contention]) {
      const session = new Session(source, 'prog.py', { schedule: 'random', seed: 4 })
      for (let i = 0; i < 12; i++) session.step('line')
      const here = session.snapshot()
      session.stepBack()
      session.stepBack()
      expect(session.cursor).toBeLessThan(here.step)
      session.step('line')
      session.step('line')
      expect(session.snapshot()).toEqual(here)
    }
  })

  it('steps back from deep in a long run to the start of the line before', () => {
    const session = new Session('total = 0\nfor i in range(100000):\n    total += i\nprint(total)\n', 'prog.py')
    session.goto(300_001)
    session.step('line')
    const line = lineOf(session)
    const at = session.cursor
    session.stepBack()
    expect(session.cursor).toBeLessThan(at)
    expect(at - session.cursor).toBeLessThan(20)
    expect(lineOf(session)).not.toBe(line)
    session.step('line')
    expect(session.cursor).toBe(at)
  })

  it('goes to any step and back, and the state there does not depend on the way', () => {
    const session = new Session(producerConsumer, 'prog.py')
    session.run(Infinity)
    const end = session.snapshot()
    session.goto(700)
    const middle = session.snapshot()
    session.goto(0)
    session.goto(700)
    expect(session.snapshot()).toEqual(middle)
    session.goto(end.step)
    expect(session.snapshot()).toEqual(end)
    expect(session.knownSteps).toBe(end.step)
  })

  it('stops at a breakpoint in any thread', () => {
    const session = new Session(producerConsumer, 'prog.py')
    session.breakpoints.add(13)
    expect(session.run(Infinity)).toBe('breakpoint')
    const consumer = session.snapshot().threads.find((t) => t.name === 'consumer')!
    expect(consumer.stack[0].line).toBe(13)
    expect(session.run(Infinity)).toBe('breakpoint')
    session.breakpoints.clear()
    expect(session.run(Infinity)).toBe('finished')
  })

  it('offers the threads at each manual decision, and a different choice after going back starts a branch', () => {
    const session = new Session(contention, 'prog.py', { schedule: 'manual' })
    const decide = (pick: (choices: number[]) => number) => {
      while (session.run(Infinity) === 'decision') session.choose(pick(session.choices()))
    }
    expect(session.run(Infinity)).toBe('decision')
    const firstChoices = session.choices()
    expect(firstChoices.length).toBeGreaterThan(1)
    const atFirst = session.cursor
    decide((c) => c[0])
    const firstLog = session.log
    const firstEnd = decodeAll(session.log).length
    session.goto(atFirst)
    expect(session.outcome).toBe('decision')
    expect(session.knownChoice()).toBe(firstChoices[0])
    session.run(Infinity)
    expect(decodeAll(session.log).length).toBe(firstEnd)
    session.goto(atFirst)
    session.choose(firstChoices.at(-1)!)
    decide((c) => c.at(-1)!)
    expect(session.outcome).toBe('finished')
    const branchedAt = firstDifference(firstLog, session.log)
    expect(branchedAt).not.toBeNull()
    expect(firstLog.get(branchedAt!).step).toBeGreaterThanOrEqual(atFirst)
  })
})

describe('a session’s trace', () => {
  it('is the trace of the whole known run, also after going back, and replays', () => {
    const session = new Session(abba, 'prog.py', { schedule: 'random', seed: 1 })
    session.run(Infinity)
    expect(session.outcome).toBe('deadlock')
    const text = session.traceText()
    session.goto(10)
    expect(session.traceText()).toBe(text)
    const trace = readTrace(text)
    expect(trace.outcome.outcome).toBe('deadlock')
    expect(replay(trace).identical).toBe(true)
  })

  it('starts from a trace’s decisions, for a trace opened in the app', () => {
    const first = new Session(contention, 'prog.py', { schedule: 'manual' })
    while (first.run(Infinity) === 'decision') first.choose(first.choices().at(-1)!)
    const trace = readTrace(first.traceText())
    const reopened = new Session(trace.source, trace.filename, { ...trace.settings, decisions: trace.decisions })
    expect(reopened.run(Infinity)).toBe('finished')
    expect(firstDifference(reopened.log, trace.log)).toBeNull()
  })
})
