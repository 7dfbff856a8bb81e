import { describe, expect, it } from 'vitest'
import { Simulation } from './simulation'
import { bytecodeOf, snapshot } from './snapshot'
import { stateAt } from './trace/replay'
import { readTrace } from './trace/trace-file'
import { decodeAll } from './trace/decode'
import { abba, producerConsumer } from './trace/test-programs'

function finished(source: string) {
  const simulation = new Simulation(source, 'prog.py', { record: true, schedule: 'random', seed: 2 })
  simulation.advance()
  return readTrace(simulation.traceText())
}

describe('the state at step N', () => {
  it('is the same whether reached directly, in pieces, or again after going further', () => {
    const trace = finished(producerConsumer)
    for (const n of [1, 500, 1234, 2000]) {
      const pieces = new Simulation(trace.source, trace.filename, { ...trace.settings, record: true })
      for (let k = 1; k < n; k += 97) pieces.advance(k)
      pieces.advance(n)
      expect(snapshot(pieces)).toEqual(stateAt(trace, n))
      expect(stateAt(trace, n).step).toBe(n)
    }
  })

  it('shows threads with their stacks and locals, primitives with their state, and the globals', () => {
    const trace = finished(abba)
    const cycle = decodeAll(trace.log).find((e) => e.kind === 'lock-cycle')!
    const state = stateAt(trace, cycle.step)
    const one = state.threads.find((t) => t.name === 'one')!
    expect(one.status).toBe('blocked')
    expect(one.stack.find((f) => !f.library)).toMatchObject({ function: 'one', filename: 'prog.py', line: 7 })
    const lockA = state.primitives.find((p) => p.name === 'lock_a')!
    expect(lockA.state.owner).toBe(one.index)
    const lockB = state.primitives.find((p) => p.name === 'lock_b')!
    expect(lockB.state.waiters).toEqual([one.index])
    expect(state.globals.map((g) => g.name)).toEqual(['lock_a', 'lock_b', 'one', 'two', 'bystander', 'threads', 't'])
    expect(state.globals[0]).toMatchObject({
      type: 'lock',
      repr: expect.stringMatching(/^<locked _thread.lock object at 0x/),
    })
  })

  it('shows the locals of a frame as reprs', () => {
    const simulation = new Simulation('def f(a, b):\n    c = [a, b] * 50\n    return c\nf(1, "x")\n', 'prog.py')
    let n = 0
    while (snapshot(simulation).threads[0].stack[0].line !== 3) simulation.advance(++n)
    const frame = snapshot(simulation).threads[0].stack[0]
    expect(frame.function).toBe('f')
    expect(frame.locals.map((v) => [v.name, v.type])).toEqual([
      ['a', 'int'],
      ['b', 'str'],
      ['c', 'list'],
    ])
    expect(frame.locals[2].repr).toHaveLength(80)
    expect(frame.locals[2].repr.endsWith('…')).toBe(true)
  })
})

describe('the bytecode of a frame', () => {
  it('lists the instructions with CPython’s names and points at the one that runs next', () => {
    const simulation = new Simulation('counter = 0\nfor i in range(3):\n    counter += 1\n', 'prog.py')
    let n = 0
    const next = () => bytecodeOf(simulation, 0, 0)!
    while (next().instructions[next().current].opname !== 'BINARY_OP') simulation.advance(++n)
    const code = next()
    expect(code.function).toBe('<module>')
    expect(code.instructions[code.current]).toMatchObject({ opname: 'BINARY_OP', argText: '+=', line: 3 })
    const names = code.instructions.map((i) => i.opname)
    expect(names.slice(code.current - 2, code.current + 2)).toEqual([
      'LOAD_NAME',
      'LOAD_CONST',
      'BINARY_OP',
      'STORE_NAME',
    ])
    expect(bytecodeOf(simulation, 0, 1)).toBeNull()
    expect(bytecodeOf(simulation, 5, 0)).toBeNull()
  })
})
