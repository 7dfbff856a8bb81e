import { describe, expect, it } from 'vitest'
import { Simulation, type SimulationOptions } from '../simulation'
import type { Schedule } from '../kernel/kernel'
import { firstDifference, replay } from './replay'
import { readTrace } from './trace-file'
import { abba, contention, producerConsumer } from './test-programs'

function recorded(source: string, options: SimulationOptions = {}) {
  const simulation = new Simulation(source, 'prog.py', { record: true, ...options })
  simulation.advance()
  return simulation
}

const schedules: Schedule[] = ['gil', 'round-robin', 'random', 'free-threaded']

describe('replay', () => {
  for (const schedule of schedules)
    it(`a ${schedule} run replays from its trace file to the identical events`, () => {
      for (const source of [contention, producerConsumer, abba]) {
        const text = recorded(source, { schedule, seed: 7 }).traceText()
        const result = replay(readTrace(text))
        expect(result.message).toMatch(/identical/)
        expect(result.identical).toBe(true)
      }
    })

  it('running to step N and then on gives the same run as running on at once', () => {
    for (const schedule of schedules) {
      const straight = recorded(contention, { schedule, seed: 3 })
      const pieces = new Simulation(contention, 'prog.py', { record: true, schedule, seed: 3 })
      for (let n = 37; !pieces.done; n += 37) pieces.advance(n)
      expect(firstDifference(straight.log!, pieces.log!), schedule).toBeNull()
    }
  })

  it('says where a changed trace first differs', () => {
    const trace = readTrace(recorded(producerConsumer).traceText())
    const tampered = readTrace(recorded(producerConsumer.replace('range(5)', 'range(4)')).traceText())
    const result = replay({ ...trace, source: tampered.source })
    expect(result.identical).toBe(false)
    expect(result.firstDifference).toBe(firstDifference(trace.log, tampered.log))
    expect(result.message).toMatch(/^events differ from event \d+ \(step \d+\): recorded \{.*\}, replayed \{.*\}$/s)
  })

  it('follows the decisions of a manual run, and other decisions give another run', () => {
    const choose = (pick: (n: number) => number) => {
      const simulation = new Simulation(contention, 'prog.py', { record: true, schedule: 'manual' })
      for (let i = 0; simulation.advance() === 'decision'; i++) {
        const choices = simulation.choices()
        simulation.choose(choices[pick(choices.length) % choices.length])
      }
      return simulation
    }
    const first = choose(() => 0)
    const last = choose((n) => n - 1)
    expect(first.status).toBe(0)
    expect(replay(readTrace(first.traceText())).identical).toBe(true)
    expect(replay(readTrace(last.traceText())).identical).toBe(true)
    expect(firstDifference(first.log!, last.log!)).not.toBeNull()
  })
})
