import { describe, expect, it } from 'vitest'
import { decodeAll, Simulation, standardModules } from '../../index'

function run(source: string, record = false) {
  let out = ''
  const simulation = new Simulation(source, 'main.py', {
    record,
    modules: standardModules(),
    output: { write: (_stream, text) => (out += text) },
  })
  simulation.advance()
  return { out, status: simulation.status, simulation }
}

describe('fast paths of the evaluation loop', () => {
  it('floor-divides and takes remainders of ints toward minus infinity', () => {
    const { out } = run(`
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (-6, 3), (6, -3), (0, -5)]:
    print(a // b, a % b, end=' ')
big = 2 ** 52
print(big // 3, big % -3, (big + 1) // 7, -(2 ** 60) // 3, -(2 ** 60) % 7)
`)
    // CPython 3.11's output.
    expect(out).toBe('3 1 -4 1 -4 -1 3 -1 -2 0 -2 0 0 0 1501199875790165 -2 643371375338642 -384307168202282326 6\n')
  })

  it('indexes strings with characters outside the BMP by code point', () => {
    const { out } = run(`
s = 'a\\U0001F600b' + 'c' * 40
print(s[0], s[1] == '\\U0001F600', s[2], len(s), s[41], s[-1])
`)
    expect(out).toBe('a True b 43 c c\n')
  })

  it('takes a free lock without waiting and refuses a taken one to a non-blocking acquire', () => {
    const { out } = run(`
import threading
lock = threading.Lock()
print(lock.acquire(), lock.acquire(False), lock.acquire(blocking=False), lock.locked())
lock.release()
with lock:
    print(lock.locked())
print(lock.locked())
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(False))
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print(e)
`)
    expect(out).toBe('True False False True\nTrue\nFalse\nTrue True True\ncannot release un-acquired lock\n')
  })

  it('records one event per acquire and per release of a lock taken without waiting', () => {
    const { simulation } = run(
      `
import threading
lock = threading.Lock()
for _ in range(3):
    with lock:
        pass
lock.acquire()
lock.release()
`,
      true,
    )
    const events = decodeAll(simulation.log!)
    const lock = events.find((e) => e.kind === 'primitive-new' && e.type === 'Lock')
    const ops = events.flatMap((e) =>
      e.kind === 'primitive' && lock?.kind === 'primitive-new' && e.primitive === lock.primitive ? [e.op] : [],
    )
    expect(ops).toEqual(Array.from({ length: 4 }, () => ['acquire', 'release']).flat())
  })
})
