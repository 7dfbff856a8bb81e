import { describe, expect, it } from 'vitest'
import { standardModules } from '..'
import { runProgram } from '../../run-program'
import { runPython } from '../test-support/run-python'

interface CpythonCase {
  name: string
  source: string
  stdout: string
  stderr?: string
}

// Each expected output is CPython 3.11.7's: the source saved as snippet.py and run in its folder with
// `PYTHONHASHSEED=0 python3 snippet.py` (the folder's path removed from stderr). Values that pass through
// log/exp/sin/cos are rounded: V8's and glibc's last bits differ there (see float-ops.ts).
const cases: CpythonCase[] = [
  {
    name: 'module functions after seed(42)',
    source: `import random
random.seed(42)
print(random.random(), random.randint(1, 10), random.randrange(0, 100, 7))
print(random.choice('abcdef'), random.choice(range(100)), random.choice((1, 2, 3)))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.sample('abcdefgh', 3))
print(random.choices('abc', k=5), random.choices('abc', [5, 1, 1], k=5), random.choices('abc', cum_weights=[1, 2, 10], k=5))
print(random.uniform(1, 2), random.uniform(-3, 3.5), random.getrandbits(70), random.getrandbits(0))
print(random.randbytes(6), random.randrange(10**30), random.randint(-10**20, 10**20))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
`,
    stdout:
      "0.6394267984578837 1 77\nc 31 1\n[7, 9, 5, 6, 0, 3, 4, 8, 1, 2]\n[29, 64, 77, 3, 71] ['d', 'f', 'g']\n['c', 'b', 'b', 'a', 'c'] ['b', 'a', 'a', 'a', 'a'] ['c', 'b', 'c', 'c', 'c']\n1.264520867222013 -2.7175721209998684 139018870890457521766 0\nb'L\\x1d\\x1e\\xf9\\x1b\\xec' 360649815048036003739471421715 77617054137891151154\n['red', 'blue', 'red', 'blue', 'red']\n",
  },
  {
    name: 'seeds of every supported type',
    source: `import random
for seed in [0, 1, -1, 2**32, 2**64 + 5, -12345678901234567890, True, False, 3.5, -0.25, 1e300, 'hello', '', 'héllo ✓', b'bytes', bytearray(b'bytes')]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(40))
random.seed('hello', version=1)
print(random.random())
random.seed(b'hello', version=1)
print(random.random())
random.seed(42, version=1)
print(random.random())
random.seed(a=7, version=2)
print(random.random())
`,
    stdout:
      "0 0.8444218515250481 978212965548\n1 0.13436424411240122 884107995871\n-1 0.13436424411240122 884107995871\n4294967296 0.11299430095636409 1028291745030\n18446744073709551621 0.5105783769365112 626548792571\n-12345678901234567890 0.5120180983871961 601002850653\nTrue 0.13436424411240122 884107995871\nFalse 0.8444218515250481 978212965548\n3.5 0.3039190124834461 1018895712284\n-0.25 0.8538447723761984 218987187554\n1e+300 0.2614143642581235 769090188379\n'hello' 0.3537754404730722 836072071631\n'' 0.9602256525641875 225895574272\n'héllo ✓' 0.5592754137226804 468879986768\nb'bytes' 0.37075677971469856 1085210805742\nbytearray(b'bytes') 0.37075677971469856 1085210805742\n0.8180391270568783\n0.8180391270568783\n0.6394267984578837\n0.32383276483316237\n",
  },
  {
    name: 'state: getstate, setstate, gauss_next',
    source: `import random
r = random.Random(2)
state = r.getstate()
print(state[0], len(state[1]), state[1][:3], state[1][-1], state[2])
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)])
print(r.gauss(), r.getstate()[2])
r.gauss_next = 2
print(r.gauss(10, 2), r.gauss_next)
r.setstate((3, state[1], 'x'))
print(r.gauss_next, vars(r))
old = (2, tuple(x - 2**32 if x >= 2**31 else x for x in state[1][:-1]) + (state[1][-1],), None)
r.setstate(old)
print(r.random() == first[0])
random.seed(5)
s = random.getstate()
a = random.randint(1, 1000)
random.setstate(s)
print(a == random.randint(1, 1000))
`,
    stdout:
      "3 625 (2147483648, 279925189, 2893088925) 624 None\nTrue\n1.6361137264914143 0.9658196787303401\n14 None\nx {'gauss_next': 'x'}\nTrue\nTrue\n",
  },
  {
    name: 'instances and subclasses',
    source: `import random
a = random.Random(10)
b = random.Random(10)
print(a.random() == b.random(), a.random(), random.Random(x=10).random())
random.seed(10)
print(random.random() == random.Random(10).random())

class Plain(random.Random):
    pass

p = Plain(3)
print(type(p).__name__, p.random(), p.randint(1, 100), isinstance(p, random.Random), vars(p))
print([c.__name__ for c in Plain.__mro__], random.Random.__module__)

class Counting(random.Random):
    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)
    def random(self):
        self.calls += 1
        return super().random()

c = Counting(10)
print(c.uniform(1, 2), round(c.normalvariate(), 12), c.calls)
print(c.randrange(100), c.calls, c.sample(range(100), 5), c.calls)

class Seeded(random.Random):
    def seed(self, a=None, version=2):
        print('seeding with', a)
        super().seed(a)

print(Seeded(99).random())
print(random.Random.__new__(random.Random).random())
`,
    stdout:
      "True 0.4288890546751146 0.5714025946899135\nTrue\nPlain 0.23796462709189137 70 True {'gauss_next': None}\n['Plain', 'Random', 'Random', 'object'] random\n1.5714025946899135 -0.289145025401 3\n56 4 [64, 24, 78, 92, 98] 9\nseeding with 99\n0.40397807494366633\n0.0\n",
  },
  {
    name: 'overridden random, getrandbits and _randbelow',
    source: `import random

class Quarter(random.Random):
    def random(self):
        return 0.25

q = Quarter(1)
print(q.random(), q.uniform(0, 8), q.choice('abcd'), q.randrange(10), q.randint(1, 4))
print(q.choices('abcd', k=3), q.sample(range(10), 3))
items = list(range(6))
q.shuffle(items)
print(items, q.triangular(0, 1), q.expovariate(1))
print(q.getrandbits(8), q.randbytes(2))

class Bits(random.Random):
    def getrandbits(self, k):
        self.calls = getattr(self, 'calls', 0) + 1
        return super().getrandbits(k)

b = Bits(4)
print(b.randrange(1000), b.calls, b.choice([1, 2, 3]), b.calls, b.randbytes(3), b.calls)

class Last(random.Random):
    def _randbelow(self, n):
        return n - 1

w = Last(0)
items = [1, 2, 3, 4]
w.shuffle(items)
print(w.randrange(10), w.choice('xyz'), w.randint(5, 9), items)

class Custom(random.Random):
    def randrange(self, start, stop=None, step=1):
        return 'custom'
    def gammavariate(self, alpha, beta):
        return 2.0
    def normalvariate(self, mu, sigma):
        return 0.0

c = Custom(1)
print(c.randint(1, 5), c.betavariate(1, 2), c.lognormvariate(5, 5))
r = random.Random(3)
r.random = lambda: 0.5
print(r.uniform(0, 10), r.choice('abc'))
`,
    stdout:
      "0.25 2.0 a 8 1\n['b', 'b', 'b'] [8, 9, 0]\n[1, 4, 5, 0, 3, 2] 0.3535533905932738 0.2876820724517809\n34 b'\\xb7\\x91'\n241 1 2 2 b'\\x16i\\x1a' 3\n9 z 9 [1, 2, 3, 4]\ncustom 0.5 1.0\n5.0 a\n",
  },
  {
    name: 'distributions',
    source: `import random
random.seed(12345)
def show(*values):
    print(*[round(v, 10) if isinstance(v, float) else v for v in values])
show(random.gauss(), random.gauss(5, 2), random.gauss(mu=1, sigma=0))
show(random.normalvariate(), random.normalvariate(3, 0.5), random.lognormvariate(0, 0.25))
show(random.expovariate(1.5), random.expovariate(-2), random.expovariate(10))
show(random.vonmisesvariate(1, 4), random.vonmisesvariate(0, 0), random.vonmisesvariate(2, 1e-7))
show(random.gammavariate(2.5, 3), random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(9, 0.5))
show(random.betavariate(2, 3), random.betavariate(0.5, 0.5), random.paretovariate(3), random.weibullvariate(2, 3))
show(random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 8), random.triangular(5, 1, 2))
show(random.triangular(1, 1, 1), random.triangular(2, 2, 7), random.uniform(10**30, 10**30 + 5))
show(random.triangular(10**20, 10**20 + 100, 10**20 + 1), random.gauss(10**20, 1), random.uniform(True, 3))
`,
    stdout:
      '-0.1238007956 5.143049927 1.0\n-0.279961032 3.0675397839 0.7526351709\n0.5504770541 -0.0957882625 0.0805691405\n0.6270954522 4.5174037723 1.1936253756\n5.4017822544 1.67285e-05 4.092276121 6.0392508996\n0.0696407232 0.9095302396 1.0846715328 2.3484272449\n0.5283461539 3.0481827361 6.862119896 2.5062332449\n1 2 1e+30\n1e+20 1e+20 2.6644097717\n',
  },
  {
    name: 'argument conversion',
    source: `import random

class Index:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

random.seed(3)
print(random.randrange(Index(10)), random.randrange(Index(5), Index(50), Index(5)), random.randint(Index(1), 3))
print(random.getrandbits(Index(12)), random.getrandbits(True), random.randbytes(True))
print(random.sample(range(20), 3), random.choices('xyz', k=Index(2)), random.choices('xyz', k=-2))
try:
    random.sample(range(20), Index(3))
except TypeError as e:
    print(e)
print(random.randrange(5, None), random.randrange(-10**40, 10**40, 3**50))
`,
    stdout:
      "3 45 1\n1515 1 b'\\x9a'\n[15, 18, 2] ['y', 'z'] []\n'<=' not supported between instances of 'int' and 'Index'\n3 4246044648749848473075788608202310170468\n",
  },
  {
    name: 'argument errors',
    source: `import random
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('Random(1, 2)', lambda: random.Random(1, 2))
attempt('random(1)', lambda: random.random(1))
attempt('random(x=1)', lambda: random.random(x=1))
attempt('getrandbits()', lambda: random.getrandbits())
attempt('getrandbits(k=3)', lambda: random.getrandbits(k=3))
attempt('randint(1)', lambda: random.randint(1))
attempt('randint()', lambda: random.randint())
attempt('randint(1, 2, 3)', lambda: random.randint(1, 2, 3))
attempt('randint(1, a=4)', lambda: random.randint(1, a=4))
attempt('randint(a=1, b=5, c=3)', lambda: random.randint(a=1, b=5, c=3))
attempt('seed(1, 2, 3)', lambda: random.seed(1, 2, 3))
attempt('sample()', lambda: random.sample())
attempt('sample([1], 1, 2, counts=[1])', lambda: random.sample([1], 1, 2, counts=[1]))
attempt('triangular(1, 2, 3, 4)', lambda: random.triangular(1, 2, 3, 4))
attempt('lognormvariate()', lambda: random.lognormvariate())
attempt('choices(x=1)', lambda: random.choices([1], x=1))
attempt('Random.random()', lambda: random.Random.random())
attempt('Random.random(5)', lambda: random.Random.random(5))
attempt('Random.randint()', lambda: random.Random.randint())
`,
    stdout:
      "Random(1, 2) TypeError Random.__init__() takes from 1 to 2 positional arguments but 3 were given\nrandom(1) TypeError Random.random() takes no arguments (1 given)\nrandom(x=1) TypeError Random.random() takes no keyword arguments\ngetrandbits() TypeError Random.getrandbits() takes exactly one argument (0 given)\ngetrandbits(k=3) TypeError Random.getrandbits() takes no keyword arguments\nrandint(1) TypeError Random.randint() missing 1 required positional argument: 'b'\nrandint() TypeError Random.randint() missing 2 required positional arguments: 'a' and 'b'\nrandint(1, 2, 3) TypeError Random.randint() takes 3 positional arguments but 4 were given\nrandint(1, a=4) TypeError Random.randint() got multiple values for argument 'a'\nrandint(a=1, b=5, c=3) TypeError Random.randint() got an unexpected keyword argument 'c'\nseed(1, 2, 3) TypeError Random.seed() takes from 1 to 3 positional arguments but 4 were given\nsample() TypeError Random.sample() missing 2 required positional arguments: 'population' and 'k'\nsample([1], 1, 2, counts=[1]) TypeError Random.sample() takes 3 positional arguments but 4 positional arguments (and 1 keyword-only argument) were given\ntriangular(1, 2, 3, 4) TypeError Random.triangular() takes from 1 to 4 positional arguments but 5 were given\nlognormvariate() TypeError Random.lognormvariate() missing 2 required positional arguments: 'mu' and 'sigma'\nchoices(x=1) TypeError Random.choices() got an unexpected keyword argument 'x'\nRandom.random() TypeError unbound method Random.random() needs an argument\nRandom.random(5) TypeError descriptor 'random' for '_random.Random' objects doesn't apply to a 'int' object\nRandom.randint() TypeError Random.randint() missing 3 required positional arguments: 'self', 'a', and 'b'\n",
  },
  {
    name: 'value and type errors',
    source: `import random
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

random.seed(1)
for label, f in [
    ('seed([])', lambda: random.seed([])),
    ('seed(bytearray, version=1)', lambda: random.seed(bytearray(b'x'), version=1)),
    ('choice([])', lambda: random.choice([])),
    ('choice({})', lambda: random.choice({})),
    ('choice({1: 2})', lambda: random.choice({1: 2})),
    ('choice(5)', lambda: random.choice(5)),
    ('sample({1, 2}, 1)', lambda: random.sample({1, 2}, 1)),
    ('sample([1, 2], 3)', lambda: random.sample([1, 2], 3)),
    ('sample([1, 2, 3], 2.0)', lambda: random.sample([1, 2, 3], 2.0)),
    ('sample([1, 2], -1)', lambda: random.sample([1, 2], -1)),
    ('sample counts floats', lambda: random.sample('ab', counts=[1.0, 2], k=1)),
    ('sample counts length', lambda: random.sample('ab', counts=[1, 2, 3], k=1)),
    ('sample counts zero', lambda: random.sample('ab', counts=[0, 0], k=1)),
    ('sample counts str', lambda: random.sample('ab', counts=[1, 'y'], k=1)),
    ('sample counts empty', lambda: random.sample([], counts=[], k=0)),
    ('choices([1, 2], 2)', lambda: random.choices([1, 2], 2)),
    ('choices([], k=2)', lambda: random.choices([], k=2)),
    ('choices both', lambda: random.choices([1], [1], cum_weights=[1])),
    ('choices zero total', lambda: random.choices('abc', [0, 0, 0])),
    ('choices infinite', lambda: random.choices('abc', [1, float('inf'), 1])),
    ('choices length', lambda: random.choices('abc', [1, 2])),
    ('choices str weights', lambda: random.choices('abc', ['a', 'b', 'c'])),
    ('choices k float', lambda: random.choices('abc', k=2.0)),
    ('randrange(0)', lambda: random.randrange(0)),
    ('randrange(10, 1)', lambda: random.randrange(10, 1)),
    ('randrange(1, 10, 0)', lambda: random.randrange(1, 10, 0)),
    ('randrange(1, 10, -1)', lambda: random.randrange(1, 10, -1)),
    ('randrange(1, None, 2)', lambda: random.randrange(1, None, 2)),
    ('randrange(5, None, True)', lambda: random.randrange(5, None, True)),
    ('randint(1, "5")', lambda: random.randint(1, '5')),
    ('randint("x", 5)', lambda: random.randint('x', 5)),
    ('randint(1.5, 5)', lambda: random.randint(1.5, 5)),
    ('randrange(float nan)', lambda: random.randrange(float('nan'))),
    ('randrange(float inf)', lambda: random.randrange(float('inf'))),
    ('uniform("a", "b")', lambda: random.uniform('a', 'b')),
    ('gauss("x")', lambda: random.gauss('x')),
    ('gauss(0, "1")', lambda: random.gauss(0, '1')),
    ('expovariate(0)', lambda: random.expovariate(0)),
    ('expovariate("x")', lambda: random.expovariate('x')),
    ('paretovariate(0)', lambda: random.paretovariate(0)),
    ('weibullvariate(2, 0)', lambda: random.weibullvariate(2, 0)),
    ('gammavariate(0, 1)', lambda: random.gammavariate(0, 1)),
    ('gammavariate("x", 1)', lambda: random.gammavariate('x', 1)),
    ('triangular(0, 1, 5)', lambda: random.triangular(0, 1, 5)),
    ('getrandbits(-1)', lambda: random.getrandbits(-1)),
    ('getrandbits(2**31)', lambda: random.getrandbits(2**31)),
    ('getrandbits(3.0)', lambda: random.getrandbits(3.0)),
    ('randbytes(-1)', lambda: random.randbytes(-1)),
    ('randbytes(2.0)', lambda: random.randbytes(2.0)),
    ('setstate((1, 2, 3))', lambda: random.setstate((1, 2, 3))),
    ('setstate(5)', lambda: random.setstate(5)),
    ('setstate wrong size', lambda: random.setstate((3, (1, 2), None))),
    ('setstate list', lambda: random.setstate((3, [0] * 625, None))),
    ('setstate unpack', lambda: random.setstate((3, (0,) * 625))),
    ('setstate index', lambda: random.setstate((3, (0,) * 624 + (625,), None))),
]:
    attempt(label, f)
print(random.random())
`,
    stdout:
      "seed([]) TypeError The only supported seed types are: None,\nint, float, str, bytes, and bytearray.\nseed(bytearray, version=1) TypeError unhashable type: 'bytearray'\nchoice([]) IndexError Cannot choose from an empty sequence\nchoice({}) IndexError Cannot choose from an empty sequence\nchoice({1: 2}) KeyError 0\nchoice(5) TypeError object of type 'int' has no len()\nsample({1, 2}, 1) TypeError Population must be a sequence.  For dicts or sets, use sorted(d).\nsample([1, 2], 3) ValueError Sample larger than population or is negative\nsample([1, 2, 3], 2.0) TypeError can't multiply sequence by non-int of type 'float'\nsample([1, 2], -1) ValueError Sample larger than population or is negative\nsample counts floats TypeError Counts must be integers\nsample counts length ValueError The number of counts does not match the population\nsample counts zero ValueError Total of counts must be greater than zero\nsample counts str TypeError unsupported operand type(s) for +: 'int' and 'str'\nsample counts empty IndexError pop from empty list\nchoices([1, 2], 2) TypeError The number of choices must be a keyword argument: k=2\nchoices([], k=2) IndexError list index out of range\nchoices both TypeError Cannot specify both weights and cumulative weights\nchoices zero total ValueError Total of weights must be greater than zero\nchoices infinite ValueError Total of weights must be finite\nchoices length ValueError The number of weights does not match the population\nchoices str weights TypeError can only concatenate str (not \"float\") to str\nchoices k float TypeError 'float' object cannot be interpreted as an integer\nrandrange(0) ValueError empty range for randrange()\nrandrange(10, 1) ValueError empty range for randrange() (10, 1, -9)\nrandrange(1, 10, 0) ValueError zero step for randrange()\nrandrange(1, 10, -1) ValueError empty range for randrange()\nrandrange(1, None, 2) TypeError Missing a non-None stop argument\nrandrange(5, None, True) TypeError Missing a non-None stop argument\nrandint(1, \"5\") TypeError can only concatenate str (not \"int\") to str\nrandint(\"x\", 5) ValueError invalid literal for int() with base 10: 'x'\nrandint(1.5, 5) ValueError non-integer arg 1 for randrange()\nrandrange(float nan) ValueError cannot convert float NaN to integer\nrandrange(float inf) OverflowError cannot convert float infinity to integer\nuniform(\"a\", \"b\") TypeError unsupported operand type(s) for -: 'str' and 'str'\ngauss(\"x\") TypeError can only concatenate str (not \"float\") to str\ngauss(0, \"1\") TypeError can't multiply sequence by non-int of type 'float'\nexpovariate(0) ZeroDivisionError float division by zero\nexpovariate(\"x\") TypeError unsupported operand type(s) for /: 'float' and 'str'\nparetovariate(0) ZeroDivisionError float division by zero\nweibullvariate(2, 0) ZeroDivisionError float division by zero\ngammavariate(0, 1) ValueError gammavariate: alpha and beta must be > 0.0\ngammavariate(\"x\", 1) TypeError '<=' not supported between instances of 'str' and 'float'\ntriangular(0, 1, 5) 1.0245848094996264\ngetrandbits(-1) ValueError number of bits must be non-negative\ngetrandbits(2**31) OverflowError Python int too large to convert to C int\ngetrandbits(3.0) TypeError 'float' object cannot be interpreted as an integer\nrandbytes(-1) ValueError number of bits must be non-negative\nrandbytes(2.0) TypeError 'float' object cannot be interpreted as an integer\nsetstate((1, 2, 3)) ValueError state with version 1 passed to Random.setstate() of version 3\nsetstate(5) TypeError 'int' object is not subscriptable\nsetstate wrong size ValueError state vector is the wrong size\nsetstate list TypeError state vector must be a tuple\nsetstate unpack ValueError not enough values to unpack (expected 3, got 2)\nsetstate index ValueError invalid state\n0.48785665652414756\n",
  },
  {
    name: 'sequences of every kind',
    source: `import random
from collections import deque

class Seq:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v

random.seed(5)
q = Seq('abcdef')
random.shuffle(q)
print(q.items, random.choice(q), random.choices(q, k=2))
d = deque(range(8))
random.shuffle(d)
print(d, random.sample(d, 3), random.choice(d))
print(random.sample((1, 2, 3, 4), k=4), random.sample('abcdef', 3), random.sample(range(10**12), 3))
print(random.sample(b'bytes', 2), random.choice(b'xyz'), random.choices(range(5, 50, 5), k=3))

class Sub(list):
    pass

s = Sub([1, 2, 3, 4, 5])
random.shuffle(s)
print(s, type(s).__name__)
t = (1, 2, 3)
random.seed(1)
try:
    random.shuffle(t)
except TypeError as e:
    print(e)
print(random.random())
try:
    random.sample(q, 2)
except TypeError as e:
    print(e)
`,
    stdout:
      "['b', 'a', 'd', 'f', 'c', 'e'] f ['c', 'a']\ndeque([4, 6, 5, 3, 2, 7, 1, 0]) [6, 2, 0] 4\n[2, 4, 3, 1] ['d', 'b', 'a'] [679200834282, 487983242827, 142278089830]\n[98, 115] 120 [35, 45, 10]\n[4, 1, 5, 3, 2] Sub\n'tuple' object does not support item assignment\n0.5692038748222122\nPopulation must be a sequence.  For dicts or sets, use sorted(d).\n",
  },
  {
    name: 'randrange float arguments warn from __main__',
    source: `import random
random.seed(1)
def f(x):
    return random.randrange(x)
for i in range(3):
    print(random.randrange(3.0), f(4.0))
try:
    random.randrange(2.5)
except ValueError as e:
    print(e)
print(random.randint(1.0, 5.0), random.randrange(0, 10.0, 2))
print(list(map(random.randrange, [5.0, 6.0])))
`,
    stdout: '0 0\n1 0\n1 3\nnon-integer arg 1 for randrange()\n4 6\n[1, 0]\n',
    stderr:
      'snippet.py:6: DeprecationWarning: non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version\n  print(random.randrange(3.0), f(4.0))\nsnippet.py:4: DeprecationWarning: non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version\n  return random.randrange(x)\nsnippet.py:8: DeprecationWarning: randrange() will raise TypeError in the future\n  random.randrange(2.5)\nsnippet.py:11: DeprecationWarning: non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version\n  print(random.randint(1.0, 5.0), random.randrange(0, 10.0, 2))\nsnippet.py:12: DeprecationWarning: non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version\n  print(list(map(random.randrange, [5.0, 6.0])))\n',
  },
  {
    name: 'SystemRandom',
    source: `import random
sr = random.SystemRandom(5)
print(type(sr.random()).__name__, sr.seed(7, x=1), 1 <= sr.randint(1, 6) <= 6, len(sr.randbytes(4)))
for method in (sr.getstate, lambda: sr.setstate(None)):
    try:
        method()
    except NotImplementedError as e:
        print(type(e).__name__, e)
print([c.__name__ for c in random.SystemRandom.__mro__])
`,
    stdout:
      "float None True 4\nNotImplementedError System entropy source does not have state.\nNotImplementedError System entropy source does not have state.\n['SystemRandom', 'Random', 'Random', 'object']\n",
  },
]

describe('the random module', () => {
  it.each(cases)('prints what CPython prints: $name', ({ source, stdout, stderr = '' }) => {
    expect(runPython(source)).toEqual({ stdout, stderr, status: 0 })
  })
})

/** What a program prints when the run is seeded with `seed`. */
function printed(source: string, seed: number): string {
  let stdout = ''
  const result = runProgram(source, 'seeded.py', {
    modules: standardModules(),
    seed,
    output: { write: (stream, text) => (stream === 'stdout' ? (stdout += text) : undefined) },
  })
  expect(result.status).toBe(0)
  return stdout
}

describe('randomness without an explicit seed', () => {
  const unseeded = `
import random
print(random.random(), random.Random().random(), random.SystemRandom().random())
random.seed()
print(random.random())
random.seed(None)
print(random.random())
`

  it('replays for the same run seed and differs between run seeds', () => {
    expect(printed(unseeded, 7)).toBe(printed(unseeded, 7))
    expect(printed(unseeded, 7)).not.toBe(printed(unseeded, 8))
    expect(printed(unseeded, 0)).toBe(printed(unseeded, 0))
  })

  it('gives each unseeded generator of a run its own stream', () => {
    const lines = printed(unseeded, 3).trim().split('\n')
    const values = lines.flatMap((line) => line.split(' '))
    expect(new Set(values).size).toBe(values.length)
  })

  it('leaves explicit seeds as CPython has them', () => {
    const seeded = 'import random\nrandom.seed(42)\nprint(random.random(), random.Random(42).random())\n'
    expect(printed(seeded, 0)).toBe('0.6394267984578837 0.6394267984578837\n')
    expect(printed(seeded, 5)).toBe('0.6394267984578837 0.6394267984578837\n')
  })

  it('says in SystemRandom’s docstring that it is deterministic', () => {
    expect(printed('import random\nprint(random.SystemRandom.__doc__)\n', 0)).toContain('seeded from the run seed')
  })
})
