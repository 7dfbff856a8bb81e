import { describe, expect, it } from 'vitest'
import { standardModules } from '../../modules'
import { execute } from './eval'
import { Interpreter } from './interpreter'
import { Stop } from './thread-state'
import type { CodeObject } from '../runtime/code'
import { strFast } from '../runtime/abstract/repr'

function setup(source: string) {
  let out = ''
  const interp = new Interpreter({ output: { write: (_s, text) => (out += text) }, modules: standardModules() })
  const code = interp.compile(source, 'test.py') as CodeObject
  const ts = interp.mainThread(code)
  return { ts, output: () => out }
}

/** Runs to the end in slices of `slice` instructions; returns what the program printed and how many slices ran. */
function runInSlices(source: string, slice: number) {
  const { ts, output } = setup(source)
  let slices = 0
  for (;;) {
    slices++
    if (execute(ts, slice) === Stop.FINISHED) break
  }
  return { out: output(), steps: ts.steps, uncaught: ts.uncaught, slices }
}

const interruptible = `
def gen(n):
    for i in range(n):
        yield i * i

class Box:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Box({self.v!r})"
    def __lt__(self, other):
        return self.v < other.v

boxes = sorted([Box(3), Box(1), Box(2)], key=lambda b: -b.v)
print(boxes, sorted(boxes))
print(list(map(lambda x: x + 1, gen(5))), {Box(1).v: [Box(2)]})
try:
    print(max(Box(i) for i in gen(4)))
finally:
    print("done", sum(gen(10)))
`

describe('the evaluation loop', () => {
  it('stops an infinite loop after exactly the budget, every time', () => {
    const { ts } = setup('x = 0\nwhile True:\n    x += 1\n')
    for (let i = 1; i <= 5; i++) {
      expect(execute(ts, 1000)).toBe(Stop.BUDGET)
      expect(ts.steps).toBe(1000 * i)
    }
  })

  it('gives the same output when stopped after every single instruction', () => {
    const whole = runInSlices(interruptible, 1 << 30)
    const stepped = runInSlices(interruptible, 1)
    expect(whole.uncaught).toBeNull()
    expect(whole.out).toBe(
      '[Box(3), Box(2), Box(1)] [Box(1), Box(2), Box(3)]\n[1, 2, 5, 10, 17] {1: [Box(2)]}\nBox(9)\ndone 285\n',
    )
    expect(stepped.out).toBe(whole.out)
    expect(stepped.steps).toBe(whole.steps)
    expect(stepped.slices).toBe(whole.steps)
  })

  it('raises RecursionError for a 10,000-deep recursion instead of overflowing the host stack', () => {
    const { uncaught } = runInSlices('def f(n):\n    return f(n + 1) if n < 10000 else n\nf(0)\n', 1 << 30)
    expect(uncaught?.cls.name).toBe('RecursionError')
    expect(strFast(uncaught!)).toBe('maximum recursion depth exceeded')
  })
})
