import { describe, expect, it } from 'vitest'
import { deadlockStatus, runProgram, standardModules, type RunOptions } from '../../../simulator'
import type { Example } from './catalog'
import { examples } from './test-support/example-files'

// Enough for the longest example (gil_cpu_vs_io.py, about 1.8 million steps). No example loops forever by
// design, so none may run out of steps (status 4).
const maxSteps = 3_000_000

const simulatedModules = new Set([
  'threading',
  'queue',
  'time',
  'random',
  'sys',
  'math',
  'collections',
  'itertools',
  'functools',
  'os',
])

/** Top-level names of the modules an example imports, in order. */
function importedModules(source: string): string[] {
  return [...source.matchAll(/^\s*(?:import|from)\s+([\w.]+)/gm)].map((match) => match[1].split('.')[0])
}

function run(example: Example, options: Partial<RunOptions> = {}) {
  let stdout = ''
  let stderr = ''
  const result = runProgram(example.source, example.name, {
    modules: standardModules(),
    maxSteps,
    output: {
      write: (stream, text) => {
        if (stream === 'stdout') stdout += text
        else stderr += text
      },
    },
    ...options,
  })
  return { status: result.status, stdout, stderr }
}

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1)

// Examples that end with a Python exception on purpose, as CPython 3.11 ends them.
const expectedErrors: Record<string, string> = {
  // The notebook shows that a BoundedSemaphore refuses to go above its initial value.
  'semaphores/01_semaphore_counter.py': 'ValueError: Semaphore released too many times',
}

// Examples that deadlock or not depending on the schedule: run by themselves below.
const scheduleDependent = new Set(['locks/abba_deadlock.py', 'locks/dining_philosophers_deadlock.py'])

const all = examples()
const byPath = (path: string) => all.find((example) => example.path === path)!
const simulated = all.filter((example) => importedModules(example.source).every((name) => simulatedModules.has(name)))
const notSimulated = all.filter((example) => !simulated.includes(example))

describe('the examples that use only simulated modules', () => {
  it.each(
    simulated.filter((example) => !scheduleDependent.has(example.path)).map((example) => [example.path, example]),
  )('%s runs to its end', (path, example) => {
    const { status, stderr } = run(example)
    if (path in expectedErrors) {
      expect(status).toBe(1)
      expect(lastLine(stderr)).toBe(expectedErrors[path])
    } else {
      expect(stderr).toBe('')
      expect(status).toBe(0)
    }
  })

  it('loses updates without the lock and none with it', () => {
    const total = (path: string) => Number(/got (\d+)/.exec(run(byPath(path)).stdout)![1])
    expect(total('locks/lost_update.py')).toBeLessThan(20)
    expect(total('locks/lost_update_fixed.py')).toBe(20)
  })

  it('the GIL example shows no speed-up for CPU-bound threads and half the time for I/O-bound ones', () => {
    expect(run(byPath('threads/gil_cpu_vs_io.py')).stdout).toBe(
      'CPU-bound: two threads need 1.0 times as long as one after the other\n' +
        'I/O-bound: two threads need 0.5 times as long as one after the other\n',
    )
  })

  it('ABBA deadlocks when a thread may be switched after any instruction, and ends normally under the GIL', () => {
    const example = byPath('locks/abba_deadlock.py')
    expect(run(example, { schedule: 'random', seed: 1 }).status).toBe(deadlockStatus)
    const { status, stdout } = run(example, { seed: 1 })
    expect(status).toBe(0)
    expect(stdout).toContain('no deadlock this time')
  })

  it('the dining philosophers deadlock under some timings (seed 0)', () => {
    const { status, stderr } = run(byPath('locks/dining_philosophers_deadlock.py'), { seed: 0 })
    expect(status).toBe(deadlockStatus)
    expect(stderr).not.toBe('')
  })

  it('the fixed dining philosophers never deadlock', () => {
    const example = byPath('locks/dining_philosophers_fixed.py')
    for (let seed = 0; seed < 10; seed++) {
      const { status, stdout } = run(example, { seed })
      expect({ seed, status }).toEqual({ seed, status: 0 })
      expect(stdout.trimEnd().split('\n')).toHaveLength(16)
    }
  })
})

describe('the examples that use modules not simulated yet', () => {
  it('include the processes, pools, concurrent.futures and asyncio examples', () => {
    const groups = new Set(notSimulated.map((example) => example.path.split('/')[0]))
    expect([...groups].sort()).toEqual(['asyncio', 'futures', 'pipes', 'pools', 'processes'])
  })

  it.each(notSimulated.map((example) => [example.path, example]))('%s ends saying so', (_, example) => {
    const { status, stderr } = run(example)
    const missing = importedModules(example.source).find((name) => !simulatedModules.has(name))
    expect(status).toBe(1)
    expect(lastLine(stderr)).toBe(
      `ModuleNotFoundError: No module named '${missing}' (Interleave does not simulate this module yet)`,
    )
  })
})
