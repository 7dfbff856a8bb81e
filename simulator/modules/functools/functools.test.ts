import { describe, expect, it } from 'vitest'
import { programOutput, type ProgramCase } from '../test-support/run-python'

const programs: ProgramCase[] = [
  {
    name: 'partial objects',
    source: `from functools import partial
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
p = partial(f, 1, c=3)
print(p(2), p(2, d=4), p(b=9), p.func is f, p.args, p.keywords)
q = partial(p, 5, d=7)
print(q(), q.args, q.keywords, q.func is f)
print(repr(partial(max, 1, key=abs)), repr(partial(print)))
p.note = 'kept'
r = partial(p, 0)
print(r.func is p, p.note, callable(p))
try:
    partial(3)
except TypeError as e:
    print(e)
`,
    output: `(1, 2, 3, 1) (1, 2, 3, 4) (1, 9, 3, 1) True (1,) {'c': 3}
(1, 5, 3, 7) (1, 5) {'c': 3, 'd': 7} True
functools.partial(<built-in function max>, 1, key=<built-in function abs>) functools.partial(<built-in function print>)
True kept True
the first argument must be callable
`,
  },
  {
    name: 'lru_cache details',
    source: `from functools import lru_cache
@lru_cache(maxsize=2)
def sq(x):
    print('compute', x)
    return x * x
for v in [1, 2, 1, 3, 2, 1, 1]:
    sq(v)
print(sq.cache_info(), sq.cache_parameters())
@lru_cache(typed=True)
def ident(x):
    print('miss', repr(x))
    return x
ident(1); ident(1.0); ident(True); ident(1)
print(ident.cache_info())
class Shape:
    def __init__(self, side):
        self.side = side
    @lru_cache
    def area(self):
        print('area of', self.side)
        return self.side ** 2
s = Shape(3)
print(s.area(), s.area(), Shape.area.cache_info().hits, Shape.area.__name__)
@lru_cache(maxsize=0)
def none(x):
    return x
none(1); none(1)
print(none.cache_info(), type(sq).__name__)
try:
    lru_cache('x')
except TypeError as e:
    print(e)
`,
    output: `compute 1
compute 2
compute 3
compute 2
compute 1
CacheInfo(hits=2, misses=5, maxsize=2, currsize=2) {'maxsize': 2, 'typed': False}
miss 1
miss 1.0
miss True
CacheInfo(hits=1, misses=3, maxsize=128, currsize=3)
area of 3
9 9 1 area
CacheInfo(hits=0, misses=2, maxsize=0, currsize=0) _lru_cache_wrapper
Expected first argument to be an integer, a callable, or None
`,
  },
  {
    name: 'total_ordering, cmp_to_key, reduce, wraps, cached_property',
    source: `from functools import total_ordering, cmp_to_key, reduce, wraps, cached_property
@total_ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(1), sorted([V(3), V(1)], reverse=True)[0].n)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), min('bca', key=cmp_to_key(lambda a, b: (a > b) - (a < b))))
print(reduce(lambda a, b: a + b, 'abc', '>'), reduce(pow, [2, 3, 2]))
def deco(fn):
    @wraps(fn)
    def inner(*args):
        return fn(*args)
    inner.extra = 1
    return inner
@deco
def named(x):
    "doc"
    return x
print(named.__name__, named.__doc__, named.__wrapped__.__name__, named.extra, named.__qualname__)
class C:
    @cached_property
    def value(self):
        print('computing')
        return 42
c = C()
print(c.value, c.value, 'value' in vars(c))
try:
    @total_ordering
    class Bare:
        pass
except ValueError as e:
    print(e)
try:
    reduce(max, [])
except TypeError as e:
    print(e)
try:
    reduce(max, 5)
except TypeError as e:
    print(e)
`,
    output: `True True True False 3
[3, 2, 1] a
>abc 64
named doc named 1 named
computing
42 42 True
must define at least one ordering operation: < > <= >=
reduce() of empty iterable with no initial value
reduce() arg 2 must support iteration
`,
  },
]

describe('functools programs', () => {
  it.each(programs)('$name', ({ source, output }) => {
    expect(programOutput(source)).toBe(output)
  })
})
