import { describe, expect, it } from 'vitest'
import { stepAtTime, timeAtStep } from './time-map'
import { TraceIndex } from './trace-index'
import { abba, record } from './test-support/runs'

describe('steps and times', () => {
  // Steps 0..10 run at 25 ns each; then everyone sleeps until 1000 ns; then steps 10..20.
  const steps = [0, 10, 10, 20]
  const times = [0, 250, 1000, 1250]

  it('interpolates between events at different steps', () => {
    expect(timeAtStep(steps, times, 4, 4)).toBe(100)
    expect(timeAtStep(steps, times, 4, 14)).toBe(1100)
    expect(stepAtTime(steps, times, 4, 100)).toBe(4)
    expect(stepAtTime(steps, times, 4, 1112)).toBe(14)
  })

  it('puts a step after an idle stretch, and maps the stretch to that step', () => {
    expect(timeAtStep(steps, times, 4, 10)).toBe(1000)
    expect(stepAtTime(steps, times, 4, 600)).toBe(10)
  })

  it('clamps before the first and after the last event', () => {
    expect(timeAtStep(steps, times, 4, 99)).toBe(1250)
    expect(stepAtTime(steps, times, 4, 5000)).toBe(20)
    expect(stepAtTime(steps, times, 4, -5)).toBe(0)
    expect(timeAtStep([], [], 0, 3)).toBe(0)
  })

  it('round-trips every step of a real run that is not at an idle moment', () => {
    const log = record(abba)
    const index = new TraceIndex(log)
    index.advance(log.length)
    const stepColumn = log.column('step')
    const timeColumn = index.timeColumn()
    let checked = 0
    for (let step = 0; step <= index.endStep; step += 7) {
      const time = timeAtStep(stepColumn, timeColumn, log.length, step)
      expect(stepAtTime(stepColumn, timeColumn, log.length, time)).toBe(step)
      checked++
    }
    expect(checked).toBeGreaterThan(100)
  })
})
