import { describe, expect, it } from 'vitest'
import { Simulation } from '../../../simulator'
import { consoleLines } from './console-lines'

function run(source: string) {
  const simulation = new Simulation(source, 'prog.py', { record: true })
  simulation.advance()
  return simulation.log!
}

describe('the console at the cursor', () => {
  it('splits output into lines marked with the printing thread, up to the cursor', () => {
    const log = run(`import threading
def hello(n):
    print("hello", n, end="")
    print(" from a thread")
t = threading.Thread(target=hello, args=(1,))
t.start(); t.join()
print("main done")
print("partial", end="")
`)
    const lines = consoleLines(log, log.length, Infinity)
    expect(lines).toEqual([
      { text: 'hello 1 from a thread', stream: 'stdout', thread: 1 },
      { text: 'main done', stream: 'stdout', thread: 0 },
      { text: 'partial', stream: 'stdout', thread: 0 },
    ])
    const early = consoleLines(log, log.length, 0)
    expect(early).toEqual([])
  })

  it('shows a traceback on stderr from the thread that raised, and a deadlock report from no thread', () => {
    const log = run('1 / 0\n')
    const lines = consoleLines(log, log.length, Infinity)
    expect(lines.at(-1)).toEqual({ text: 'ZeroDivisionError: division by zero', stream: 'stderr', thread: 0 })
    const deadlock = run('import threading\nlock = threading.Lock()\nlock.acquire()\nlock.acquire()\n')
    const report = consoleLines(deadlock, deadlock.length, Infinity)
    expect(report[0]).toEqual({ text: expect.stringMatching(/^Deadlock detected/), stream: 'stderr', thread: null })
  })
})
