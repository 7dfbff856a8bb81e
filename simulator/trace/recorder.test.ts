import { describe, expect, it } from 'vitest'
import { Simulation } from '../simulation'
import { decodeAll, type TraceEvent } from './decode'
import { abba, contention, producerConsumer } from './test-programs'
import { EventKind } from './event-kinds'

function record(source: string, options: ConstructorParameters<typeof Simulation>[2] = {}) {
  const simulation = new Simulation(source, 'prog.py', { record: true, ...options })
  simulation.advance()
  return { simulation, events: decodeAll(simulation.log!) }
}

type Of<K extends TraceEvent['kind']> = Extract<TraceEvent, { kind: K }>
const ofKind = <K extends TraceEvent['kind']>(events: TraceEvent[], kind: K) =>
  events.filter((e): e is Of<K> => e.kind === kind)

describe('the trace recorder', () => {
  it('names threads and primitives after the program, and gives each lock operation its resulting state', () => {
    const { events } = record(producerConsumer)
    const names = new Map<number, string>()
    for (const e of events) if (e.kind === 'thread-start' || e.kind === 'thread-rename') names.set(e.thread, e.name)
    expect([...names.values()]).toEqual(['MainThread', 'producer', 'consumer'])
    const primitives = ofKind(events, 'primitive-new')
    const visible = primitives.filter((p) => !p.internal).map((p) => `${p.type} ${p.name}`)
    expect(visible).toEqual(['Queue q', 'Lock total_lock'])
    const lockId = primitives.find((p) => p.name === 'total_lock')!.primitive
    const ops = ofKind(events, 'primitive').filter((e) => e.primitive === lockId)
    expect(ops).toHaveLength(10)
    const consumer = [...names].find(([, n]) => n === 'consumer')![0]
    expect(ops[0]).toMatchObject({ op: 'acquire', thread: consumer, state: { owner: consumer, waiters: [] }, line: 12 })
    expect(ops[1]).toMatchObject({ op: 'release', state: { owner: null, waiters: [] } })
  })

  it('shows a queue as its items, put and got in order, and attributes output to the thread that printed', () => {
    const { events } = record(producerConsumer)
    const q = ofKind(events, 'primitive-new').find((p) => p.name === 'q')!.primitive
    const ops = ofKind(events, 'primitive').filter((e) => e.primitive === q)
    const puts = ops.filter((e) => e.op === 'put').map((e) => e.state.items!.at(-1))
    expect(puts).toEqual(['0', '10', '20', '30', '40', 'None'])
    expect(ops.every((e) => e.state.items!.length <= 2 && e.state.maxsize === 2)).toBe(true)
    const gets = ops.filter((e) => e.op === 'get')
    expect(gets).toHaveLength(6)
    const printed = ofKind(events, 'output').filter((e) => e.text.startsWith('got'))
    expect(printed.map((e) => e.text).join('')).toBe('got 0\ngot 10\ngot 20\ngot 30\ngot 40\n')
    const consumer = ofKind(events, 'thread-rename').find((e) => e.name === 'consumer')!.thread
    expect(printed.every((e) => e.thread === consumer)).toBe(true)
  })

  it('shows a SimpleQueue with its items and its waiting getter', () => {
    const { events } = record(`import queue, threading, time
jobs = queue.SimpleQueue()
def worker():
    print(jobs.get(), jobs.get())
t = threading.Thread(target=worker, name="worker")
t.start()
time.sleep(0.01)
jobs.put("a")
jobs.put("b")
t.join()
`)
    const jobs = ofKind(events, 'primitive-new').find((p) => p.name === 'jobs')!
    expect(jobs).toMatchObject({ type: 'Queue', internal: false })
    const ops = ofKind(events, 'primitive').filter((e) => e.primitive === jobs.primitive)
    expect(ops.map((e) => [e.op, e.state.items, e.state.waiters])).toEqual([
      ['block', [], [1]],
      ['put', ["'a'"], [1]],
      ['wake', ["'a'"], []],
      ['put', ["'a'", "'b'"], []],
      ['get', ["'b'"], []],
      ['get', [], []],
    ])
  })

  it('records why a thread waits: the primitive, the line, and until when it sleeps', () => {
    const { events } = record(producerConsumer)
    const q = ofKind(events, 'primitive-new')
    const notFull = q.find((p) => p.name === 'q.not_full')!
    expect(notFull.internal).toBe(true)
    const states = ofKind(events, 'thread-state')
    expect(states.some((e) => e.state === 'blocked' && e.on === notFull.primitive && e.line === 7)).toBe(true)
    const { events: sleepy } = record('import time\ntime.sleep(0.5)\n')
    const sleep = ofKind(sleepy, 'thread-state').find((e) => e.state === 'sleeping')!
    expect(sleep.line).toBe(2)
    expect(sleep.until! - sleep.time).toBe(500_000_000)
  })

  it('reports a lock cycle as soon as it forms, while another thread still runs', () => {
    const { events, simulation } = record(abba)
    expect(simulation.outcome).toBe('deadlock')
    const cycle = ofKind(events, 'lock-cycle')
    expect(cycle).toHaveLength(1)
    const names = ofKind(events, 'primitive-new')
    expect(cycle[0].primitives.map((id) => names.find((p) => p.primitive === id)!.name).sort()).toEqual([
      'lock_a',
      'lock_b',
    ])
    const output = ofKind(events, 'output').find((e) => e.text === 'still running\n')!
    expect(cycle[0].index).toBeLessThan(output.index)
    const end = events.at(-1)!
    expect(end).toMatchObject({ kind: 'exit', status: 3, outcome: 'deadlock' })
  })

  it('writes each primitive state as canonical JSON, one string per distinct state', () => {
    const { simulation } = record(contention, { schedule: 'random', seed: 3 })
    const log = simulation.log!
    const states = new Set<string>()
    for (let i = 0; i < log.length; i++) {
      const e = log.get(i)
      if (e.kind !== EventKind.primitive) continue
      const text = log.string(e.b)!
      expect(JSON.stringify(JSON.parse(text))).toBe(text)
      states.add(text)
    }
    expect(new Set(log.strings).size).toBe(log.strings.length)
    expect(states.size).toBeGreaterThan(10)
  })

  it('keeps GIL ownership and thread states consistent: one holder, and it is the running thread', () => {
    const { events } = record(producerConsumer)
    let holder: number | null = null
    const state = new Map<number, string>()
    for (const e of events) {
      if (e.kind === 'gil') holder = e.holder
      if (e.kind === 'thread-state') state.set(e.thread, e.state)
      const running = [...state].filter(([, s]) => s === 'running').map(([t]) => t)
      expect(running.length).toBeLessThanOrEqual(1)
      if (e.kind === 'gil' && holder !== null) expect(running).toEqual([holder])
    }
  })

  it('stops daemon threads at the end of the program, and the trace shows it', () => {
    const source = `import threading, time
def forever():
    while True:
        time.sleep(1)
threading.Thread(target=forever, daemon=True).start()
time.sleep(2.5)
`
    const { events } = record(source)
    const daemon = ofKind(events, 'thread-rename').find((e) => e.daemon)!.thread
    const last = ofKind(events, 'thread-state')
      .filter((e) => e.thread === daemon)
      .at(-1)!
    expect(last.state).toBe('finished')
    expect(last.time).toBeGreaterThanOrEqual(2_500_000_000)
  })
})
