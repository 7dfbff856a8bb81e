import { describe, expect, it } from 'vitest'
import { Simulation } from '../simulation'
import { readTrace, TraceFileError, writeTrace } from './trace-file'
import { contention } from './test-programs'
import { EventLog } from './event-log'
import { firstDifference } from './replay'

const run = (seed = 1) => {
  const simulation = new Simulation(contention, 'prog.py', { record: true, schedule: 'random', seed })
  simulation.advance()
  return simulation.traceText()
}

describe('the trace file', () => {
  it('is byte-identical for the same run, and holds no path, clock or host detail', () => {
    const text = run()
    expect(run()).toBe(text)
    expect(run(2)).not.toBe(text)
    const parsed = JSON.parse(text)
    expect(Object.keys(parsed)).toEqual([
      'format',
      'version',
      'filename',
      'source',
      'settings',
      'decisions',
      'outcome',
      'kinds',
      'strings',
      'events',
    ])
    expect(parsed).toMatchObject({ format: 'interleave-trace', version: 1, filename: 'prog.py' })
    expect(text).not.toMatch(/\/work|\/tmp|node_modules/)
  })

  it('reads back what was written', () => {
    const text = run()
    const trace = readTrace(text)
    expect(trace.settings).toMatchObject({ schedule: 'random', seed: 1, cpus: 4 })
    expect(trace.outcome).toMatchObject({ outcome: 'finished', status: 0 })
    expect(writeTrace(trace)).toBe(text)
  })

  it('refuses a file that is truncated, corrupt or not a trace, with a one-line reason', () => {
    const text = run()
    const parsed = JSON.parse(text)
    const bad = (change: (o: typeof parsed) => void) => {
      const copy = structuredClone(parsed)
      change(copy)
      return JSON.stringify(copy)
    }
    const cases: [string, RegExp][] = [
      [text.slice(0, text.length / 2), /truncated or corrupt/],
      ['print("hello")\n', /^not a trace file$/],
      ['[1, 2]', /not an object/],
      [bad((o) => (o.format = 'something-else')), /not a trace file/],
      [bad((o) => (o.version = 99)), /unsupported trace version 99/],
      [bad((o) => o.events.step.pop()), /different lengths/],
      [bad((o) => (o.events.kind[0] = 200)), /unknown event kind/],
      [bad((o) => o.strings.splice(0)), /missing string/],
      [bad((o) => (o.settings.schedule = 'fifo')), /settings.schedule/],
      [bad((o) => delete o.source), /source/],
    ]
    for (const [input, message] of cases) {
      let error: unknown
      try {
        readTrace(input)
      } catch (e) {
        error = e
      }
      expect(error, String(message)).toBeInstanceOf(TraceFileError)
      expect((error as Error).message).toMatch(message)
      expect((error as Error).message).not.toContain('\n')
    }
  })
})

describe('the event log', () => {
  it('is rebuilt exactly from slices sent elsewhere', () => {
    const simulation = new Simulation(contention, 'prog.py', { record: true })
    const mirror = new EventLog()
    let sentStrings = 0
    for (let n = 500; !simulation.done; n += 500) {
      simulation.advance(n)
      const log = simulation.log!
      mirror.extend(log.slice(mirror.length), log.strings.slice(sentStrings))
      sentStrings = log.strings.length
    }
    expect(mirror.length).toBe(simulation.log!.length)
    expect(firstDifference(mirror, simulation.log!)).toBeNull()
    expect(mirror.strings).toEqual(simulation.log!.strings)
  })
})
