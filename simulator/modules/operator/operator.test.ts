import { describe, expect, it } from 'vitest'
import { programOutput, type ProgramCase } from '../test-support/run-python'

const programs: ProgramCase[] = [
  {
    name: 'getters and callers',
    source: `from operator import itemgetter, attrgetter, methodcaller
class N:
    def __init__(self, v, child=None):
        self.v = v
        self.child = child
tree = N(1, N(2, N(3)))
print(attrgetter('child.child.v')(tree), attrgetter('v', 'child.v')(tree), itemgetter(-1, 0)('xyz'))
print(itemgetter('a')({'a': 5}), methodcaller('replace', 'a', 'b')('banana'), methodcaller('get', 'k', 0)({}))
print(repr(itemgetter(1, 'a')), repr(attrgetter('x.y')), repr(methodcaller('m', 1, key=[2])))
for f in [lambda: itemgetter(), lambda: attrgetter(5), lambda: methodcaller(), lambda: itemgetter(1)([]),
          lambda: attrgetter('nope')(tree), lambda: itemgetter(0)(1, 2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
`,
    output: `3 (1, 2) ('z', 'x')
5 bbnbnb 0
operator.itemgetter(1, 'a') operator.attrgetter('x.y') operator.methodcaller('m', 1, key=[2])
TypeError itemgetter expected 1 argument, got 0
TypeError attribute name must be a string
TypeError methodcaller needs at least one argument, the method name
IndexError list index out of range
AttributeError 'N' object has no attribute 'nope'
TypeError itemgetter expected 1 argument, got 2
`,
  },
  {
    name: 'operator functions',
    source: `import operator
x = [1]
y = operator.iadd(x, [2])
print(y is x, x, operator.iconcat('a', 'b'), operator.imul([0], 3), operator.ipow(3, 2), operator.ior({1}, {2}))
print(operator.neg(-0.5), operator.pos(True), operator.inv(5), operator.invert(0), operator.abs(-3.5))
print(operator.truediv(1, 4), operator.floordiv(-7, 2), operator.mod(-7, 2), operator.rshift(256, 3), operator.matmul is operator.__matmul__)
print(operator.countOf('banana', 'a'), operator.indexOf([5, 6], 6), operator.length_hint([1, 2]), operator.length_hint(iter(range(5))))
d = {}
operator.setitem(d, 'k', 1)
operator.delitem(d, 'k')
print(d, operator.getitem(range(10), slice(2, 8, 3)), operator.contains('team', 'i'), operator.truth(()), operator.not_([0]))
for f in [lambda: operator.add(1), lambda: operator.neg(), lambda: operator.concat(1, [2]), lambda: operator.indexOf([], 1),
          lambda: operator.index(2.0), lambda: operator.lt([], 1), lambda: operator.add(x=1), lambda: operator.neg('s')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
`,
    output: `True [1, 2] ab [0, 0, 0] 9 {1, 2}
0.5 1 -6 -1 3.5
0.25 -4 1 32 True
3 1 2 5
{} range(2, 8, 3) False False False
TypeError add expected 2 arguments, got 1
TypeError _operator.neg() takes exactly one argument (0 given)
TypeError 'int' object can't be concatenated
ValueError sequence.index(x): x not in sequence
TypeError 'float' object cannot be interpreted as an integer
TypeError '<' not supported between instances of 'list' and 'int'
TypeError _operator.add() takes no keyword arguments
TypeError bad operand type for unary -: 'str'
`,
  },
]

describe('operator programs', () => {
  it.each(programs)('$name', ({ source, output }) => {
    expect(programOutput(source)).toBe(output)
  })
})
