import { describe, expect, it } from 'vitest'
import { programOutput, type ProgramCase } from '../test-support/run-python'

const programs: ProgramCase[] = [
  {
    name: 'deque operations',
    source: `from collections import deque
d = deque('abcde', maxlen=5)
d.rotate(2)
d.extendleft('xy')
print(d, d.maxlen, d[0], d[-1], d.index('e'), d.count('a'))
d.insert(0, 'q') if len(d) < 5 else d.append('z')
del d[1]
d[0] = 'Z'
print(d, list(reversed(d)), 'Z' in d, d.copy() == d, d * 2, d + deque('!'))
e = deque([1, 2])
e += [3]
e *= 2
print(e, e.pop(), e.popleft(), e, deque(range(3)) < deque([0, 2]), len(e), bool(deque()))
r = deque()
r.append(r)
print(r)
`,
    output: `deque(['y', 'x', 'd', 'e', 'a'], maxlen=5) 5 y a 3 1
deque(['Z', 'e', 'a', 'z'], maxlen=5) ['z', 'a', 'e', 'Z'] True True deque(['z', 'Z', 'e', 'a', 'z'], maxlen=5) deque(['Z', 'e', 'a', 'z', '!'], maxlen=5)
deque([2, 3, 1, 2]) 3 1 deque([2, 3, 1, 2]) True 4 False
deque([[...]])
`,
  },
  {
    name: 'deque errors',
    source: `from collections import deque
d = deque([1, 2, 3])
for f in [lambda: d[3], lambda: d['a'], lambda: deque(maxlen=-1), lambda: deque(1),
          lambda: deque([1], maxlen=1).insert(0, 5), lambda: d.remove(7), lambda: d.index(7),
          lambda: d + [1], lambda: {d: 1}, lambda: deque().pop(), lambda: d.append(), lambda: d.rotate(1, 2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError', e, len(d))
`,
    output: `IndexError deque index out of range
TypeError sequence index must be integer, not 'str'
ValueError maxlen must be non-negative
TypeError 'int' object is not iterable
IndexError deque already at its maximum size
ValueError 7 is not in deque
ValueError 7 is not in deque
TypeError can only concatenate deque (not "list") to deque
TypeError unhashable type: 'collections.deque'
IndexError pop from an empty deque
TypeError deque.append() takes exactly one argument (0 given)
TypeError deque.rotate expected at most 1 argument, got 2
RuntimeError deque mutated during iteration 4
`,
  },
  {
    name: 'defaultdict behaviour',
    source: `from collections import defaultdict
d = defaultdict(list)
d['a'].append(1)
d['b']
print(d, d.default_factory, d.get('c'), 'c' in d, d.copy(), type(d.copy()).__name__)
n = defaultdict(lambda: defaultdict(int))
n['x']['y'] += 2
print(dict(n['x']), len(n), d | {'z': 0}, {'w': 1} | d)
class Tally(defaultdict):
    def __missing__(self, key):
        return len(key)
t = Tally(None, {'k': 9})
print(t['k'], t['abc'], t, isinstance(t, dict))
e = defaultdict()
e.default_factory = str
print(e['q'], e)
try:
    defaultdict(5)
except TypeError as err:
    print(err)
`,
    output: `defaultdict(<class 'list'>, {'a': [1], 'b': []}) <class 'list'> None False defaultdict(<class 'list'>, {'a': [1], 'b': []}) defaultdict
{'y': 2} 1 defaultdict(<class 'list'>, {'a': [1], 'b': [], 'z': 0}) defaultdict(<class 'list'>, {'w': 1, 'a': [1], 'b': []})
9 3 Tally(None, {'k': 9}) True
 defaultdict(<class 'str'>, {'q': ''})
first argument must be callable or None
`,
  },
  {
    name: 'OrderedDict behaviour',
    source: `from collections import OrderedDict
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
od.move_to_end('d', last=False)
print(list(od), od.popitem(), od.popitem(False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1}, {'b': 2, 'a': 1} == OrderedDict(a=1, b=2))
class Recent(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
r = Recent([('x', 1), ('y', 2)])
r['x'] = 3
print(r, r.copy(), type(r.copy()).__name__, OrderedDict(), OrderedDict([(1, OrderedDict())]))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
`,
    output: `['d', 'a', 'c', 'e', 'b'] ('b', None) ('d', None) OrderedDict([('a', None), ('c', None), ('e', None)])
False True True
Recent([('y', 2), ('x', 3)]) Recent([('y', 2), ('x', 3)]) Recent OrderedDict() OrderedDict([(1, OrderedDict())])
KeyError 'dictionary is empty'
`,
  },
  {
    name: 'Counter behaviour',
    source: `from collections import Counter
c = Counter('mississippi')
print(c, c.most_common(2), c.total(), sorted(c.elements())[:5])
c.subtract({'s': 10, 'z': 1})
print(c, +c, -c)
print(Counter(a=2, b=1) <= Counter(a=2, b=3), Counter(a=1) < Counter(a=1), Counter(a=0) == Counter())
x = Counter(a=3, b=1)
x += Counter(a=-5, c=2)
print(x, Counter({'a': 'x', 'b': 2}), Counter(a=1, b=3) | Counter(a=2), Counter(a=1, b=3) & Counter(a=2))
class Loud(Counter):
    pass
print(Loud('aab'), Loud('ab') + Loud('b'), type(Loud('a').copy()).__name__)
del c['nothing']
print(c['nothing'], Counter('abc').most_common(0))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(e)
`,
    output: `Counter({'i': 4, 's': 4, 'p': 2, 'm': 1}) [('i', 4), ('s', 4)] 11 ['i', 'i', 'i', 'i', 'm']
Counter({'i': 4, 'p': 2, 'm': 1, 'z': -1, 's': -6}) Counter({'i': 4, 'p': 2, 'm': 1}) Counter({'s': 6, 'z': 1})
True False True
Counter({'c': 2, 'b': 1}) Counter({'a': 'x', 'b': 2}) Counter({'b': 3, 'a': 2}) Counter({'a': 1})
Loud({'a': 2, 'b': 1}) Counter({'b': 2, 'a': 1}) Loud
0 []
Counter.fromkeys() is undefined.  Use Counter(iterable) instead.
`,
  },
  {
    name: 'namedtuple features',
    source: `from collections import namedtuple
P = namedtuple('P', 'x, y', defaults=[0])
p = P(1)
print(p, P._fields, P._field_defaults, p._asdict(), p._replace(y=5), P._make([3, 4]), P.__doc__)
print(P.__name__, P.__module__, P.__qualname__, P.__new__.__qualname__, type(p).__mro__[1].__name__, P(y=2, x=1))
R = namedtuple('R', ['class', 'ok', 'ok', '_x', '9'], rename=True)
print(R._fields, R(1, 2, 3, 4, 5), namedtuple('E', '')(), namedtuple('S', 'a', module='mod').__module__)
class Q(namedtuple('Q', 'a b')):
    def total(self):
        return self.a + self.b
q = Q(2, 3)
print(q, q.total(), q.a, q[1], hash(q) == hash((2, 3)))
for f in [lambda: P(1, 2, 3), lambda: P(), lambda: P(1, z=2), lambda: p._replace(z=1), lambda: P._make([1]),
          lambda: namedtuple('B', 'a _b'), lambda: namedtuple('B', 'a a'), lambda: namedtuple('1B', 'a'),
          lambda: namedtuple('B', 'a b', defaults=[1, 2, 3]), lambda: setattr(p, 'x', 1), lambda: p.z]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
`,
    output: `P(x=1, y=0) ('x', 'y') {'y': 0} {'x': 1, 'y': 0} P(x=1, y=5) P(x=3, y=4) P(x, y)
P __main__ P P.__new__ tuple P(x=1, y=2)
('_0', 'ok', '_2', '_3', '_4') R(_0=1, ok=2, _2=3, _3=4, _4=5) E() mod
Q(a=2, b=3) 5 2 3 True
TypeError P.__new__() takes from 2 to 3 positional arguments but 4 were given
TypeError P.__new__() missing 1 required positional argument: 'x'
TypeError P.__new__() got an unexpected keyword argument 'z'
ValueError Got unexpected field names: ['z']
TypeError Expected 2 arguments, got 1
ValueError Field names cannot start with an underscore: '_b'
ValueError Encountered duplicate field name: 'a'
ValueError Type names and field names must be valid identifiers: '1B'
TypeError Got more default values than field names
AttributeError can't set attribute
AttributeError 'P' object has no attribute 'z'
`,
  },
  {
    name: 'reprs of items that need Python',
    source: `from collections import deque, defaultdict, OrderedDict, Counter
from functools import partial
import operator
class R:
    def __repr__(self):
        return 'R!'
print(deque([R()], maxlen=2), defaultdict(R, {1: R()}), OrderedDict(k=R()), Counter({R(): 2}))
print(operator.itemgetter(R()), partial(len, R()), deque.__repr__(deque([R()])))
d = defaultdict(list)
d[1] = d
o = OrderedDict()
o['self'] = o
print(d, o)
`,
    output: `deque([R!], maxlen=2) defaultdict(<class '__main__.R'>, {1: R!}) OrderedDict([('k', R!)]) Counter({R!: 2})
operator.itemgetter(R!) functools.partial(<built-in function len>, R!) deque([R!])
defaultdict(<class 'list'>, {1: defaultdict(<class 'list'>, {...})}) OrderedDict([('self', ...)])
`,
  },
]

describe('collections programs', () => {
  it.each(programs)('$name', ({ source, output }) => {
    expect(programOutput(source)).toBe(output)
  })
})
