import { describe, expect, it } from 'vitest'
import { standardModules } from '../modules'
import { runProgram, type RunOptions } from '../run-program'

function run(source: string, options: Partial<RunOptions> = {}) {
  let stdout = ''
  let stderr = ''
  const result = runProgram(source, 'prog.py', {
    modules: standardModules(),
    argv: ['prog.py'],
    output: { write: (stream, text) => (stream === 'stdout' ? (stdout += text) : (stderr += text)) },
    ...options,
  })
  return { ...result, stdout, stderr }
}

const raceProgram = (body: string) => `
import threading
counter = 0
def f():
    pass
def work():
    global counter
    for i in range(20000):
${body}
threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
`
const readCallWrite = raceProgram('        tmp = counter\n        f()\n        counter = tmp + 1')
const plainIncrement = raceProgram('        counter += 1')

describe('the GIL', () => {
  it('never preempts a plain counter += 1, as in CPython 3.10+', () => {
    expect(run(plainIncrement).stdout).toBe('80000\n')
  })

  it('loses updates when a call sits between the read and the write', () => {
    const lost = Number(run(readCallWrite).stdout)
    expect(lost).toBeLessThan(80000)
    expect(lost).toBeGreaterThan(20000)
  })

  it('is deterministic for a seed', () => {
    expect(run(readCallWrite, { seed: 5 }).stdout).toBe(run(readCallWrite, { seed: 5 }).stdout)
  })

  it('makes a CPU-bound job take twice as long on two threads, but not when free-threaded', () => {
    const timed = `
import threading, time
def spin():
    n = 0
    for i in range(30000):
        n += i
def timed(k):
    start = time.perf_counter()
    threads = [threading.Thread(target=spin) for _ in range(k)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start
print(round(timed(2) / timed(1), 1))
`
    const gil = Number(run(timed).stdout)
    expect(gil).toBeGreaterThan(1.8)
    expect(gil).toBeLessThan(2.2)
    const free = Number(run(timed, { schedule: 'free-threaded', cpus: 2 }).stdout)
    expect(free).toBeGreaterThan(0.8)
    expect(free).toBeLessThan(1.3)
  })
})

describe('other schedules', () => {
  it('shows the race the GIL hides under the random schedule', () => {
    expect(Number(run(plainIncrement, { schedule: 'random', seed: 2 }).stdout)).toBeLessThan(80000)
  })

  it('loses updates when free-threaded', () => {
    expect(Number(run(plainIncrement, { schedule: 'free-threaded', seed: 2 }).stdout)).toBeLessThan(80000)
  })

  it('switches at every eval-breaker point under round-robin', () => {
    expect(Number(run(readCallWrite, { schedule: 'round-robin' }).stdout)).toBeLessThan(80000)
    expect(run(plainIncrement, { schedule: 'round-robin' }).stdout).toBe('80000\n')
  })
})

describe('time and blocking', () => {
  it('reads virtual time exactly to the instruction, also in the middle of a long slice', () => {
    const result = run(`
import time
t0 = time.perf_counter_ns()
for i in range(1000):
    pass
t1 = time.perf_counter_ns()
for i in range(2000):
    pass
t2 = time.perf_counter_ns()
print(t1 - t0, t2 - t1)
`)
    const [first, second] = result.stdout.split(' ').map(Number)
    expect(first).toBeGreaterThan(1000 * 25)
    expect(first % 25).toBe(0)
    // Twice the iterations, twice the instructions, but for the same few around each loop.
    expect(Math.abs(second - 2 * first)).toBeLessThan(25 * 20)
  })

  it('lets sleeping threads overlap', () => {
    const result = run(`
import threading, time
start = time.monotonic()
threads = [threading.Thread(target=time.sleep, args=(1,)) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(round(time.monotonic() - start, 2))
`)
    expect(result.stdout).toBe('1.0\n')
  })

  it('finds an ABBA deadlock and names the threads, locks and lines', () => {
    const result = run(`
import threading, time
lock_a = threading.Lock()
lock_b = threading.Lock()
def first():
    with lock_a:
        time.sleep(0.1)
        with lock_b:
            pass
def second():
    with lock_b:
        time.sleep(0.1)
        with lock_a:
            pass
t1 = threading.Thread(target=first, name="alpha")
t2 = threading.Thread(target=second, name="beta")
t1.start()
t2.start()
t1.join()
`)
    expect(result.status).toBe(3)
    expect(result.stderr).toBe(
      'Deadlock detected: every thread is waiting and nothing can wake one.\n' +
        '  MainThread waits for end of alpha at prog.py, line 19\n' +
        '  alpha waits for Lock lock_b, held by beta at prog.py, line 8\n' +
        '  beta waits for Lock lock_a, held by alpha at prog.py, line 13\n',
    )
  })

  it('finds the dining philosophers deadlock and names each philosopher, fork and line', () => {
    const result = run(`
import threading, time
N = 5
forks = [threading.Lock() for _ in range(N)]
def philosopher(i):
    left = forks[i]
    right = forks[(i + 1) % N]
    with left:
        time.sleep(0.01)
        with right:
            print("eats", i)
diners = [threading.Thread(target=philosopher, args=(i,), name=f"P{i}") for i in range(N)]
for d in diners:
    d.start()
for d in diners:
    d.join()
`)
    expect(result.status).toBe(3)
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines[0]).toBe('Deadlock detected: every thread is waiting and nothing can wake one.')
    expect(lines[1]).toBe('  MainThread waits for end of P0 at prog.py, line 16')
    for (let i = 0; i < 5; i++)
      expect(lines[2 + i]).toBe(
        `  P${i} waits for Lock forks[${(i + 1) % 5}], held by P${(i + 1) % 5} at prog.py, line 10`,
      )
  })

  it('waits for non-daemon threads at exit and stops daemon threads', () => {
    const result = run(`
import threading, time
def tick():
    while True:
        time.sleep(0.1)
def slow():
    time.sleep(0.35)
    print("non-daemon finished")
threading.Thread(target=tick, daemon=True).start()
threading.Thread(target=slow).start()
print("main body done")
`)
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('main body done\nnon-daemon finished\n')
  })
})
