import { describe, expect, it } from 'vitest'
import { Simulation } from '../simulation'
import { chromeTrace, gilTid, type ChromeEvent } from './chrome-trace'
import { contention, producerConsumer } from './test-programs'

// The rules of the Chrome Trace Event format (the "Trace Event Format" document that Perfetto and
// chrome://tracing read): the phases used here, and what each requires.
const phases = new Set(['X', 'B', 'E', 'b', 'e', 'n', 'i', 'C', 's', 't', 'f', 'M'])
const metadataNames = new Set(['process_name', 'thread_name', 'process_sort_index', 'thread_sort_index'])

function formatViolations(json: unknown): string[] {
  const problems: string[] = []
  const trace = json as { traceEvents?: unknown }
  if (!Array.isArray(trace.traceEvents)) return ['traceEvents is not an array']
  const open = new Map<string, number>()
  const flowStarts = new Map<string, number>()
  for (const [i, e] of (trace.traceEvents as ChromeEvent[]).entries()) {
    const at = `event ${i} (${e.ph} ${e.name})`
    if (typeof e.name !== 'string' || !phases.has(e.ph)) problems.push(`${at}: bad name or phase`)
    if (!Number.isInteger(e.pid) || !Number.isInteger(e.tid)) problems.push(`${at}: pid and tid must be integers`)
    if (e.ph === 'M') {
      if (!metadataNames.has(e.name) || typeof e.args?.name !== 'string') problems.push(`${at}: bad metadata`)
      continue
    }
    if (typeof e.ts !== 'number' || !(e.ts >= 0)) problems.push(`${at}: ts must be a number of microseconds`)
    if (e.ph === 'X' && !(typeof e.dur === 'number' && e.dur >= 0)) problems.push(`${at}: X needs dur >= 0`)
    if (e.ph === 'C' && !Object.values(e.args ?? {}).every((v) => typeof v === 'number'))
      problems.push(`${at}: counter args must be numbers`)
    if (e.ph === 'i' && !['g', 'p', 't'].includes(e.s ?? 't')) problems.push(`${at}: bad instant scope`)
    if ('bcdefnst'.includes(e.ph) && e.ph !== 'X' && e.ph !== 'C' && (typeof e.id !== 'string' || !e.cat))
      if (e.ph !== 't' && e.ph !== 'n') problems.push(`${at}: async and flow events need cat and id`)
    const key = `${e.cat}/${e.id}/${e.name}`
    if (e.ph === 'b') {
      if (open.has(key)) problems.push(`${at}: async slice ${key} opened twice`)
      open.set(key, e.ts!)
    }
    if (e.ph === 'e') {
      const start = open.get(key)
      if (start === undefined || start > e.ts!) problems.push(`${at}: async end without a begin before it`)
      open.delete(key)
    }
    if (e.ph === 's') flowStarts.set(`${e.cat}/${e.id}`, e.ts!)
    if (e.ph === 'f') {
      const start = flowStarts.get(`${e.cat}/${e.id}`)
      if (start === undefined || start > e.ts!) problems.push(`${at}: flow end without a start before it`)
      if (e.bp !== 'e') problems.push(`${at}: flow end should bind to the enclosing slice`)
    }
  }
  for (const key of open.keys()) problems.push(`async slice ${key} never ends`)
  return problems
}

function exported(source: string, schedule: 'gil' | 'random' = 'gil') {
  const simulation = new Simulation(source, 'prog.py', { record: true, schedule, seed: 5 })
  simulation.advance()
  return JSON.parse(JSON.stringify(chromeTrace(simulation.log!))) as { traceEvents: ChromeEvent[] }
}

describe('the Perfetto export', () => {
  it('follows the Chrome Trace Event format', () => {
    for (const source of [contention, producerConsumer])
      for (const schedule of ['gil', 'random'] as const)
        expect(formatViolations(exported(source, schedule))).toEqual([])
  })

  it('the format check catches what breaks the rules', () => {
    expect(formatViolations({})).toEqual(['traceEvents is not an array'])
    const broken = [
      { name: 'x', ph: 'X', pid: 1, tid: 1, ts: 5 },
      { name: 'l', ph: 'e', cat: 'lock', id: 'a', pid: 1, tid: 1, ts: 1 },
      { name: 'f', ph: 'f', cat: 'flow', id: 'z', bp: 'e', pid: 1, tid: 1, ts: 1 },
    ]
    expect(formatViolations({ traceEvents: broken })).toHaveLength(3)
  })

  it('has named threads, a GIL track, thread-state slices, lock holds, counters and flows', () => {
    const { traceEvents: events } = exported(producerConsumer)
    const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args!.name)
    expect(names).toEqual(['GIL', 'MainThread', 'producer', 'consumer'])
    expect(events.some((e) => e.ph === 'X' && e.tid === gilTid && e.name === 'producer')).toBe(true)
    expect(events.some((e) => e.ph === 'X' && e.name === 'blocked on q.not_full')).toBe(true)
    const holds = events.filter((e) => e.ph === 'b' && e.cat === 'lock' && e.name === 'total_lock')
    expect(holds).toHaveLength(5)
    const sizes = events.filter((e) => e.ph === 'C' && e.name === 'q').map((e) => e.args!.size)
    expect(Math.max(...(sizes as number[]))).toBe(2)
    const flows = events.filter((e) => e.ph === 's' && e.name === 'q put→get')
    expect(flows).toHaveLength(6)
    const sem = exported(contention, 'random').traceEvents.filter((e) => e.ph === 'C' && e.name === 'sem')
    expect(new Set(sem.map((e) => e.args!.value))).toEqual(new Set([0, 1, 2]))
  })

  it('uses microseconds of virtual time', () => {
    const { traceEvents: events } = exported('import time\ntime.sleep(0.25)\n')
    const sleep = events.find((e) => e.ph === 'X' && e.name === 'sleeping')!
    expect(sleep.dur).toBe(250_000)
  })
})
