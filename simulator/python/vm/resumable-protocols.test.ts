import { describe, expect, it } from 'vitest'
import { standardModules } from '../../modules'
import type { CodeObject } from '../runtime/code'
import { execute } from './eval'
import { Interpreter } from './interpreter'
import { Stop } from './thread-state'

/** Runs `source` to the end in slices of `slice` instructions. */
function runInSlices(source: string, slice: number) {
  let out = ''
  const interp = new Interpreter({ output: { write: (_s, text) => (out += text) }, modules: standardModules() })
  const ts = interp.mainThread(interp.compile(source, 'test.py') as CodeObject)
  let slices = 0
  while (execute(ts, slice) !== Stop.FINISHED) slices++
  return { out, steps: ts.steps, uncaught: ts.uncaught, slices }
}

/** Python code running inside built-ins written in TypeScript, which the VM suspends as native frames. */
const programs: Record<string, string> = {
  'generators delegating throw and close': `
def inner():
    try:
        while True:
            try:
                got = yield "in"
                print("inner got", got)
            except ValueError as e:
                print("inner caught", e)
    finally:
        print("inner finally")

def outer():
    r = yield from inner()
    return r

g = outer()
print(next(g), g.send(1), g.throw(ValueError("v")))
g.close()
print(g.gi_frame)
`,
  'finalizers run when references drop': `
def guarded(name):
    try:
        yield name
        yield name
    finally:
        print("finally", name)

for x in guarded("loop"):
    break
g = guarded("rebound")
next(g)
g = None
def f():
    h = guarded("local")
    return next(h)
print(f(), next(x for x in guarded("expr")))
`,
  'reprs, key functions and comparisons in Python': `
class Box:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Box({self.v})"
    def __lt__(self, other): return self.v < other.v
    def __eq__(self, other): return isinstance(other, Box) and self.v == other.v
    def __hash__(self): return hash(self.v)
boxes = [Box(i * 7 % 10) for i in range(12)]
print(sorted(boxes), sorted(boxes, key=lambda b: -b.v), max(boxes), {b: [b] for b in boxes[:3]})
print(Box(1) in {Box(1)}, [Box(2)] == [Box(2)], Box(1) != Box(2))
`,
  'class creation and attribute hooks': `
class Meta(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class Named:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, owner): return f"{self.name} of {owner.__name__}"
class Base(metaclass=Meta):
    attr = Named()
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__, kw)
    def __getattr__(self, name): return "missing " + name
    @classmethod
    def make(cls): return super().__new__(cls)
    @property
    def prop(self): return self.attr
class Child(Base, tag=1):
    def __init__(self, v): self.v = v
c = Child(3)
print(c.v, c.prop, c.nothing, type(Child.make()).__name__)
`,
  'coroutines, async iteration and async with': `
class Pause:
    def __await__(self):
        return (yield "paused")
async def agen():
    for i in range(3):
        await Pause()
        yield i
class Ctx:
    async def __aenter__(self): print("enter"); return self
    async def __aexit__(self, *exc): print("exit", exc[0]); return False
async def main():
    async with Ctx():
        return [x async for x in agen()]
co = main()
value = None
while True:
    try:
        value = co.send(value)
    except StopIteration as e:
        print("result", e.value)
        break
`,
  'files through with': `
with open("data.txt", "w") as f:
    f.writelines(f"line {i}\\n" for i in range(3))
with open("data.txt") as f:
    print([line.strip() for line in f], f.closed)
print(open("data.txt").read().count("line"))
`,
}

describe('native frames suspended at every instruction', () => {
  for (const [name, source] of Object.entries(programs)) {
    it(`${name}: the same output and steps with a budget of 1`, () => {
      const whole = runInSlices(source, 1 << 30)
      expect(whole.uncaught).toBeNull()
      expect(whole.out.length).toBeGreaterThan(0)
      const stepped = runInSlices(source, 1)
      expect(stepped.out).toBe(whole.out)
      expect(stepped.steps).toBe(whole.steps)
      expect(stepped.uncaught).toBeNull()
      expect(stepped.slices).toBeGreaterThan(whole.steps / 2)
    })
  }
})
