import { describe, expect, it } from 'vitest'
import { decodeAll, Simulation } from '../../../simulator'
import { narrate } from '../timeline/narrate'
import { TraceIndex } from '../timeline/trace-index'
import { Narrator } from './narration'

describe('the narration under the controls', () => {
  it('tells the last event at or before the cursor, in either language', () => {
    const simulation = new Simulation('import time\ntime.sleep(0.25)\nprint("awake")\n', 'prog.py', { record: true })
    simulation.advance()
    const log = simulation.log!
    const events = decodeAll(log)
    const index = new TraceIndex(log)
    index.advance(log.length)
    const narrator = new Narrator(log)
    expect(narrator.at(log.length, -1, 'en')).toBe('')
    const sleep = events.find((e) => e.kind === 'thread-state' && e.state === 'sleeping')!
    const last = events.findLast((e) => e.step <= sleep.step)!
    expect(narrator.at(log.length, sleep.step, 'en')).toBe(narrate(index, last.index, 'en'))
    expect(narrator.at(log.length, sleep.step, 'pl')).toBe(narrate(index, last.index, 'pl'))
    expect(narrator.at(log.length, Infinity, 'en')).toBe(narrate(index, log.length - 1, 'en'))
  })
})
