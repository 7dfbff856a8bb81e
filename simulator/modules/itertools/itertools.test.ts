import { describe, expect, it } from 'vitest'
import { programOutput, type ProgramCase } from '../test-support/run-python'

const programs: ProgramCase[] = [
  {
    name: 'lazy over infinite generators',
    source: `from itertools import islice, count, takewhile, dropwhile, accumulate, chain, cycle, pairwise, compress, filterfalse, starmap, zip_longest
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(islice(naturals(), 3, 12, 4)), list(takewhile(lambda x: x < 4, naturals())))
print(list(islice(dropwhile(lambda x: x < 5, naturals()), 3)), list(islice(accumulate(naturals()), 5)))
print(list(islice(chain(naturals(), 'ab'), 3)), list(islice(cycle(naturals()), 4)), list(islice(pairwise(naturals()), 2)))
print(list(islice(compress(naturals(), cycle([1, 0])), 4)), list(islice(filterfalse(lambda x: x % 3, naturals()), 4)))
print(list(islice(starmap(lambda a, b: a * b, zip(naturals(), naturals())), 4)), list(islice(zip_longest(naturals(), 'xy'), 3)))
`,
    output: `[3, 7, 11] [0, 1, 2, 3]
[5, 6, 7] [0, 1, 3, 6, 10]
[0, 1, 2] [0, 1, 2, 3] [(0, 1), (1, 2)]
[0, 2, 4, 6] [0, 3, 6, 9]
[0, 1, 4, 9] [(0, 'x'), (1, 'y'), (2, None)]
`,
  },
  {
    name: 'islice consumes only what it needs',
    source: `from itertools import islice
it = iter(range(10))
print(list(islice(it, 2)), next(it), list(islice(it, 1, 3)), next(it), list(islice(it, 0)), next(it))
`,
    output: `[0, 1] 2 [4, 5] 6 [] 7
`,
  },
  {
    name: 'groupby: advancing the outer iterator abandons the current group',
    source: `from itertools import groupby
groups = groupby('aaabbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), [(k, list(g)) for k, g in groups])
print([(k, len(list(g))) for k, g in groupby([1, 1.0, True, 2, 2.0], key=lambda x: x * 10)])
print(list(groupby([])), [k for k, _ in groupby('aAbB', key=str.lower)])
`,
    output: `a [] b ['b', 'b'] [('c', ['c'])]
[(10, 3), (20, 2)]
[] ['a', 'b']
`,
  },
  {
    name: 'tee copies are independent',
    source: `from itertools import tee
def source():
    for i in range(4):
        print('produce', i)
        yield i
a, b = tee(source())
print(next(a), next(a), next(b))
c, = tee(b, 1)
print(list(a), list(c), list(b))
x, y, z = tee('ab', 3)
print(type(x).__name__, list(x), list(y), list(z), tee([1], 0))
`,
    output: `produce 0
produce 1
0 1 0
produce 2
produce 3
[2, 3] [1, 2, 3] []
_tee ['a', 'b'] ['a', 'b'] ['a', 'b'] ()
`,
  },
  {
    name: 'combinatorics',
    source: `from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('ab', repeat=2)), len(list(product(range(3), range(4), repeat=2))))
print(list(permutations([1, 2, 3], 2)), list(permutations('ab', 0)), list(permutations('ab', 3)))
print(list(combinations(range(4), 4)), list(combinations('abc', 0)), list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement('xy', 3)), len(list(combinations(range(10), 5))))
`,
    output: `[('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')] 144
[(1, 2), (1, 3), (2, 1), (2, 3), (3, 1), (3, 2)] [()] []
[(0, 1, 2, 3)] [()] [()]
[('x', 'x', 'x'), ('x', 'x', 'y'), ('x', 'y', 'y'), ('y', 'y', 'y')] 252
`,
  },
  {
    name: 'reprs and errors',
    source: `import itertools
from itertools import count, repeat, cycle, islice, accumulate, chain
c = count(2.5, -0.5)
next(c)
print(c, count(), count(3, 1), repeat('x'), repeat([1], 2), type(repeat(1)).__name__)
print(list(accumulate([2, 3, 4], initial=1)), list(accumulate('xyz', lambda a, b: b + a)))
print(list(chain.from_iterable(['ab', range(2)])), list(zip(repeat('k'), 'ab')))
for f in [lambda: islice('a', -1), lambda: islice('a', 0, 1, 0), lambda: count('x'), lambda: cycle(),
          lambda: repeat(), lambda: itertools.permutations('ab', 'x'), lambda: itertools.combinations('a', -2),
          lambda: itertools.product('a', repeat=-1), lambda: itertools.tee([], -1), lambda: next(itertools.starmap(max, [5])),
          lambda: len(count()), lambda: itertools.zip_longest('a', fill=1), lambda: itertools.accumulate([], None, 1, 2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
`,
    output: `count(2.0, -0.5) count(0) count(3) repeat('x') repeat([1], 2) repeat
[1, 3, 6, 10] ['x', 'yx', 'zyx']
['a', 'b', 0, 1] [('k', 'a'), ('k', 'b')]
ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
ValueError Step for islice() must be a positive integer or None.
TypeError a number is required
TypeError cycle expected 1 argument, got 0
TypeError repeat() missing required argument 'object' (pos 1)
TypeError Expected int as r
ValueError r must be non-negative
ValueError repeat argument cannot be negative
ValueError n must be >= 0
TypeError 'int' object is not iterable
TypeError object of type 'itertools.count' has no len()
TypeError zip_longest() got an unexpected keyword argument
TypeError accumulate() takes at most 3 arguments (4 given)
`,
  },
]

describe('itertools programs', () => {
  it.each(programs)('$name', ({ source, output }) => {
    expect(programOutput(source)).toBe(output)
  })
})
