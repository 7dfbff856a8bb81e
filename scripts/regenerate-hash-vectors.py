#!/usr/bin/env python3
"""Regenerates simulator/python/hash/fixtures/*.json from CPython 3.11 run with PYTHONHASHSEED=0.

hashes.json   hash() of many str, bytes, int, float, tuple and frozenset values, identity hashes, NaN
              hashes and what hash() makes of ints returned by __hash__.
set-ops.json  sequences of set operations, with list(s) recorded after every step; operands sized on CPython's
              strategy thresholds; comparisons that mutate the set being probed; and tables past 50000 entries.

Values are written compactly: a safe integer is a JSON number, a str a JSON string, True/False JSON booleans,
None null; anything else is an array tagged by its first item: ["I", digits] (int beyond 2**53),
["f", repr] (float), ["nan", id] (one NaN object), ["b", hex] (bytes), ["t", ...] (tuple),
["F", ...] (frozenset), ["p", name, hash, val, action?] (a Probe, see below).

In set-ops.json every case has a pool of distinct values; operations and recorded lists name values by pool index,
so the replay checks which of equal values (1, 1.0 or True) a set keeps. Probe cases also record every __eq__ call
as [stored, probed] names; in 'mutating' cases a probe's __eq__ runs one set operation (its action) once.
A constant display records whether compiling it re-interned a string (see strings_reinterned).

Ids (of None, NaNs, plain objects) differ from run to run, and so do the hashes that depend on them; every other
value is fixed by the seed.

Run: python3 scripts/regenerate-hash-vectors.py (it re-executes itself with PYTHONHASHSEED=0).
"""

import json
import math
import os
import random
import struct
import sys

if os.environ.get('PYTHONHASHSEED') != '0':
    os.execvpe(sys.executable, [sys.executable, *sys.argv], {**os.environ, 'PYTHONHASHSEED': '0'})

assert sys.version_info[:2] == (3, 11), 'the fixtures describe CPython 3.11'
assert sys.hash_info.algorithm == 'siphash13' and sys.hash_info.width == 64

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'simulator', 'python', 'hash', 'fixtures')
R = random.Random(0x5E7_311)
SAFE = 2**53 - 1


class Probe:
    """A key with a chosen hash whose __eq__ is logged and may mutate a set once, to pin down comparison order."""

    log = []

    def __init__(self, name, h, val, action=None):
        self.name, self.h, self.val, self.action = name, h, val, action

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        Probe.log.append([self.name, other.name])
        if self.action is not None:
            action, self.action = self.action, None
            action()
        return self.val == other.val


def enc(v):
    if v is None or isinstance(v, bool) or isinstance(v, str):
        return v
    if isinstance(v, int):
        return v if -SAFE <= v <= SAFE else ['I', str(v)]
    if isinstance(v, float):
        return ['nan', str(id(v))] if v != v else ['f', repr(v)]
    if isinstance(v, bytes):
        return ['b', v.hex()]
    if isinstance(v, tuple):
        return ['t', *[enc(x) for x in v]]
    if isinstance(v, frozenset):
        return ['F', *[enc(x) for x in v]]
    if isinstance(v, Probe):
        return ['p', v.name, enc(v.h), v.val]
    raise TypeError(type(v))


# --- value generators -------------------------------------------------------------------------------------------

POLISH = 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻ'


def bmp_char():
    kind = R.randrange(6)
    if kind == 0:
        return chr(R.randrange(32, 127))
    if kind == 1:
        return R.choice(POLISH)
    if kind == 2:
        return chr(R.randrange(0x4E00, 0xA000))  # CJK
    if kind == 3:
        return chr(R.randrange(0x0370, 0x0500))  # Greek, Cyrillic
    if kind == 4:
        return chr(R.randrange(0x100, 0x800))
    c = R.randrange(0x100, 0x10000)
    return chr(c) if not 0xD800 <= c < 0xE000 else 'x'


def astral_char():
    return chr(R.randrange(0x1F300, 0x1FB00)) if R.random() < 0.7 else chr(R.randrange(0x10000, 0x110000))


def random_str(n, kind):
    if kind == 'ascii':
        return ''.join(chr(R.randrange(32, 127)) for _ in range(n))
    if kind == 'latin1':
        return ''.join(chr(R.randrange(0, 256)) for _ in range(n))
    if kind == 'bmp':
        return ''.join(bmp_char() for _ in range(n))
    return ''.join(astral_char() if R.random() < 0.3 else bmp_char() for _ in range(n))


def strings():
    fixed = [
        '', 'a', 'b', 'abc', 'hello', 'hello world', 'Interleave', '\x00', '\x00\x00', ' ', '\n', 'ą', 'ę', 'ł', 'ż',
        'zażółć gęślą jaźń', 'Zażółć', 'ÿ', 'é', 'Ā', 'ÿĀ', '\xff\u0100', '日本語', '中文', '한국어', '😀', 'a😀', '😀b',
        'a😀b', '👍🏽', '\U0010ffff', '\U00010000', '\uffff', '\ud800', 'x\udfff', '\udc00\ud800', 'a\udbffz',
        'thread-1', 'thread-2', 'lock', 'queue', 'True', 'None', '0', '1', '-1', '3.14',
    ]
    for kind in ('ascii', 'latin1', 'bmp', 'astral'):
        for n in range(0, 41):
            fixed.append(random_str(n, kind))
    out = list(fixed)
    for _ in range(1400):
        out.append(random_str(R.choice([R.randrange(0, 12), R.randrange(0, 80)]), R.choice(['ascii', 'latin1', 'bmp', 'astral'])))
    out.append('x' * 1000)
    out.append('ą' * 777)
    out.append('😀' * 555)
    return out


def random_bytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def ints():
    p = 2**61 - 1
    fixed = [0, 1, -1, -2, 2, 7, 8, 9, 100, 1000, -1000, 2**31 - 1, 2**31, -2**31, 2**32 - 1, 2**32, 2**52, SAFE,
             2**53, 2**53 + 1, -SAFE, -2**53, -2**53 - 1, 2**60, p - 1, p, p + 1, p + 2, 2 * p, 2 * p - 1, 2 * p + 1,
             -p, -p - 1, -p + 1, -(p + 2), -2**61, -2**61 - 1, 2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1,
             2**64, -2**64, 10**30, -10**30, 2**122 - 1, 2**200 + 12345, -(3**150), p * p, p**3 - 1, -(p**3) + 1]
    out = list(fixed)
    for k in range(1, 40):
        out.append(p * k - 1)
        out.append(-(p * k + 1))
    for _ in range(700):
        bits = R.choice([8, 31, 32, 33, 52, 53, 54, 60, 61, 62, 63, 64, 65, 100, 300])
        n = R.getrandbits(bits)
        out.append(-n if R.random() < 0.4 else n)
    return out


def floats():
    fixed = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.0, 0.1, 0.2, 0.3, 1 / 3, math.pi, math.e, 1e-300, 1e300, -1e300,
             5e-324, -5e-324, 1e-320, 2.2250738585072014e-308, 2.225073858507201e-308, sys.float_info.max,
             -sys.float_info.max, float(2**52), float(2**53), float(2**53 + 2), -float(2**53), float(2**60),
             2.0**61, -(2.0**61), 2.0**62, 2.0**63, 2.0**64, -(2.0**64), 2.0**-61, 2.0**-62, 1e16, 1e22, 123456789.0,
             -123456789.5, math.inf, -math.inf, 1e308, 4503599627370495.5, 0.9999999999999999]
    out = list(fixed)
    for _ in range(400):
        bits = R.getrandbits(64)
        x = struct.unpack('<d', struct.pack('<Q', bits))[0]
        if x == x:
            out.append(x)
    for _ in range(300):
        out.append(R.uniform(-1000, 1000) * 10.0 ** R.randrange(-30, 31))
    for _ in range(150):
        out.append(float(R.randrange(-10**6, 10**6)) * 2.0 ** R.randrange(-5, 80))
    return out


def leaf():
    kind = R.randrange(9)
    if kind == 0:
        return R.randrange(-50, 50)
    if kind == 1:
        return R.choice(INT_SAMPLES)
    if kind == 2:
        return random_str(R.randrange(0, 10), R.choice(['ascii', 'bmp', 'astral']))
    if kind == 3:
        return R.choice([0.5, -0.0, 1.0, 2.5, 1e100, -3.75, math.inf, -math.inf, R.uniform(-1e6, 1e6)])
    if kind == 4:
        return random_bytes(R.randrange(0, 10))
    if kind == 5:
        return None
    if kind == 6:
        return R.choice([True, False])
    if kind == 7:
        return tuple(R.randrange(-5, 5) for _ in range(R.randrange(0, 4)))
    return frozenset(R.randrange(-20, 20) for _ in range(R.randrange(0, 5)))


INT_SAMPLES = [0, -1, -2, 2**61 - 1, 2**61, -2**61, 2**64, 2**63, 2**53 + 1, 10**20, -(10**20)]


def random_tuple(depth=0):
    return tuple(random_tuple(depth + 1) if depth < 3 and R.random() < 0.2 else leaf() for _ in range(R.randrange(0, 7)))


def random_frozenset(depth=0):
    items = []
    for _ in range(R.randrange(0, 12)):
        r = R.random()
        if depth < 2 and r < 0.1:
            items.append(random_frozenset(depth + 1))
        elif r < 0.2:
            items.append(random_tuple(2))
        else:
            items.append(leaf())
    return frozenset(items)


class Plain:
    pass


class UserHash:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


def hash_vectors():
    nans = [float('nan') for _ in range(8)]
    identities = [object() for _ in range(10)] + [None, Plain(), Plain, lambda: 0, Probe, sys]
    user_hashes = [0, 1, -1, -2, 2**61, 2**62, 2**63 - 1, -2**63, 2**63, 2**64, -2**64 - 1, 2**64 - 1, 10**40, -(10**40),
                   SAFE, 2**53, -2**63 - 1] + [R.getrandbits(R.choice([20, 62, 64, 70, 100])) * R.choice([1, -1])
                                               for _ in range(40)]
    return {
        'noneId': str(id(None)),
        'str': [[s, str(hash(s))] for s in strings()],
        'bytes': [[b.hex(), str(hash(b))] for b in
                  [b'', b'\x00', b'abc', 'zażółć'.encode()] + [random_bytes(R.randrange(0, 90)) for _ in range(500)]],
        'int': [[enc(n), str(hash(n))] for n in ints()],
        'bool': [[b, str(hash(b))] for b in (True, False)],
        'float': [[enc(x), str(hash(x))] for x in floats()],
        'nan': [[str(id(x)), str(hash(x))] for x in nans],
        'identity': [[str(id(o)), str(hash(o))] for o in identities],
        'userHash': [[enc(h), str(hash(UserHash(h)))] for h in user_hashes],
        'tuple': [[enc(t), str(hash(t))] for t in [()] + [random_tuple() for _ in range(700)]],
        'frozenset': [[enc(f), str(hash(f))] for f in [frozenset()] + [random_frozenset() for _ in range(450)]],
    }


# --- set operation sequences ------------------------------------------------------------------------------------


def pool_small_ints():
    base = set()
    for _ in range(R.randrange(6, 40)):
        base.add(R.choice([R.randrange(-20, 80), R.randrange(0, 16) * 8, R.randrange(0, 8) * 32 + R.randrange(3),
                           R.randrange(0, 4096)]))
    return list(base)


def pool_wide_ints():
    p = 2**61 - 1
    choices = [-1, -2, p, p + 1, -p, 2**61, -2**61, 2**64, 2**63, -2**63, SAFE, 2**53, 2**100]
    return list({R.choice([R.choice(choices), R.getrandbits(R.choice([40, 62, 64, 90])), p * R.randrange(1, 9) +
                           R.randrange(-3, 4), -R.getrandbits(63)]) for _ in range(R.randrange(6, 30))})


def pool_strs():
    seen = {}
    for _ in range(R.randrange(6, 40)):
        s = random_str(R.randrange(0, 6), R.choice(['ascii', 'ascii', 'bmp', 'astral', 'latin1']))
        seen.setdefault(s, s)
    return list(seen.values())


def pool_floats():
    nans = [float('nan') for _ in range(R.randrange(1, 3))]
    vals = [0.0, -0.0, 0, 1, 1.0, True, 2.0, 0.5, -1.0, -1, math.inf, -math.inf, 1e300, 2.0**61, -(2.0**61), 2.5, 8.0,
            16.0, 1e-300, 5e-324]
    out = R.sample(vals, R.randrange(4, len(vals))) + [R.uniform(-100, 100) for _ in range(R.randrange(0, 8))]
    return out + nans


def pool_tuples():
    out = []
    for _ in range(R.randrange(5, 25)):
        out.append(R.choice([(R.randrange(4), R.randrange(4)), (R.randrange(3), 'x' * R.randrange(3)), random_tuple(2),
                             (R.randrange(-2, 2),), ()]))
    return out


def pool_mixed():
    out = [None, True, False, 0, 1, 1.0, 0.0, 'a', b'a', (), (1,), frozenset(), frozenset({1}), frozenset({1.0, 2}),
           'ą', '😀', 2**64, -1, -2, -1.0, 2.0**70]
    out = R.sample(out, R.randrange(5, len(out)))
    for _ in range(R.randrange(0, 10)):
        out.append(leaf())
    return out


def pool_probes(mutating):
    hashes = [0, 1, 8, 9, -1, -2, 2**61, 2**64, R.getrandbits(64), R.getrandbits(62)]
    used = R.sample(hashes, R.randrange(2, 5))
    probes = [Probe(f'p{i}', R.choice(used), R.randrange(6)) for i in range(R.randrange(4, 16))]
    return probes


POOLS = {
    'small-int': pool_small_ints, 'wide-int': pool_wide_ints, 'str': pool_strs, 'float': pool_floats,
    'tuple': pool_tuples, 'mixed': pool_mixed, 'probe': lambda: pool_probes(False), 'mutating': lambda: pool_probes(True),
    'boundary': lambda: [],
}


def all_name_chars(s):
    return s.isascii() and all(c.isalnum() or c == '_' for c in s)


def strings_reinterned(items, prepare=False):
    """Whether compiling a constant display of `items` builds its frozenset a second time.

    Creating the code object interns its identifier-like str constants (`intern_string_constants`); when that swaps a
    frozenset's item for an equal string interned earlier as another object, the frozenset is rebuilt from its items.
    The parser's literal is a new object unless it has at most one character (a shared singleton), so once `prepare`
    has interned the longer ones the outcome is certain; a singleton is swapped only if another object was interned.
    """
    swapped = False
    for x in items:
        if isinstance(x, str) and all_name_chars(x):
            if len(x) >= 2:
                if prepare:
                    sys.intern(x)
                swapped = True
            else:
                singleton = chr(ord(x)) if x else ''.join([])
                swapped = swapped or sys.intern(singleton) is not singleton
    return swapped


def identity(x):
    """What tells values apart in a recorded list: type and repr, except that each NaN and Probe is its own object.

    A constant set display holds the compiler's constants, not the pool's objects, so identity cannot be used."""
    if isinstance(x, float) and x != x or isinstance(x, Probe):
        return id(x)
    return (type(x).__name__, repr(x))


class Case:
    def __init__(self, kind, pool=None):
        self.kind = kind
        self.pool = []
        self.indices = {}
        for x in POOLS[kind]() if pool is None else pool:
            if identity(x) not in self.indices:
                self.indices[identity(x)] = len(self.pool)
                self.pool.append(x)
        self.env = {}
        self.steps = []

    def index(self, obj):
        return self.indices[identity(obj)]

    def listing(self, var):
        return [self.index(x) for x in self.env[var]]

    def some(self, lo, hi):
        return [R.randrange(len(self.pool)) for _ in range(R.randrange(lo, hi))]

    def arm_mutations(self):
        """Gives some probes a one-shot action run inside __eq__, the kind of mutation CPython restarts a lookup for."""
        for p in self.pool:
            if R.random() < 0.3:
                var, other = R.choice('ab'), R.choice('abc')
                target = R.randrange(len(self.pool))
                self.arm(p, R.choice([['add', var, target], ['discard', var, target], ['clear', var],
                                      ['differenceUpdate', var, other], ['update', var, other]]))

    def arm(self, probe, op):
        probe.spec = op
        probe.action = lambda: self.act(op)

    def act(self, op):
        """Runs a probe's action: an operation on a set variable, skipped unless the variables it uses exist."""
        if not isinstance(self.env.get(op[1]), set):
            return
        if op[0] in ('differenceUpdate', 'update') and op[2] not in self.env:
            return
        self.apply(op)

    def encode_pool(self):
        out = []
        for x in self.pool:
            e = enc(x)
            if isinstance(x, Probe) and getattr(x, 'spec', None):
                e = [*e, x.spec]
            out.append(e)
        return out

    def step(self, op, var):
        Probe.log = []
        try:
            result = self.apply(op)
        except KeyError:
            result = 'KeyError'
        record = {'op': op, 'result': result, 'list': self.listing(var)}
        if self.kind in ('probe', 'mutating'):
            record['eq'] = Probe.log
        self.steps.append(record)

    def apply(self, op):
        env, pool = self.env, self.pool
        name = op[0]
        items = lambda ixs: [pool[i] for i in ixs]  # noqa: E731
        if name == 'set':
            env[op[1]] = set(items(op[2]))
        elif name == 'frozenset':
            env[op[1]] = frozenset(items(op[2]))
        elif name == 'display':
            ns = {f'v{i}': x for i, x in enumerate(items(op[2]))}
            env[op[1]] = eval('{' + ', '.join(ns) + '}', ns)
        elif name == 'constDisplay':
            env[op[1]] = eval('{' + ', '.join(repr(pool[i]) for i in op[2]) + '}')
            assert op[3] == strings_reinterned(items(op[2])), 'interning changed while compiling'
        elif name == 'fromDict':
            env[op[1]] = set(dict.fromkeys(items(op[2])))
        elif name == 'setOf':
            env[op[1]] = set(env[op[2]])
        elif name == 'frozensetOf':
            env[op[1]] = frozenset(env[op[2]])
        elif name == 'copy':
            env[op[1]] = env[op[2]].copy()
        elif name == 'add':
            env[op[1]].add(pool[op[2]])
        elif name == 'discard':
            env[op[1]].discard(pool[op[2]])
        elif name == 'remove':
            env[op[1]].remove(pool[op[2]])
        elif name == 'contains':
            return pool[op[2]] in env[op[1]]
        elif name == 'pop':
            return self.index(env[op[1]].pop())
        elif name == 'clear':
            env[op[1]].clear()
        elif name == 'updateList':
            env[op[1]].update(items(op[2]))
        elif name == 'update':
            env[op[1]].update(env[op[2]])
        elif name == 'union':
            env[op[1]] = env[op[2]] | env[op[3]]
        elif name == 'intersection':
            env[op[1]] = env[op[2]] & env[op[3]]
        elif name == 'difference':
            env[op[1]] = env[op[2]] - env[op[3]]
        elif name == 'symmetricDifference':
            env[op[1]] = env[op[2]] ^ env[op[3]]
        elif name == 'intersectionUpdate':
            env[op[1]] &= env[op[2]]
        elif name == 'differenceUpdate':
            env[op[1]] -= env[op[2]]
        elif name == 'symmetricDifferenceUpdate':
            env[op[1]] ^= env[op[2]]
        elif name == 'isSubset':
            return env[op[1]] <= env[op[2]]
        elif name == 'isSuperset':
            return env[op[1]] >= env[op[2]]
        elif name == 'isDisjoint':
            return env[op[1]].isdisjoint(env[op[2]])
        elif name == 'equals':
            return env[op[1]] == env[op[2]]
        else:
            raise ValueError(name)
        return None

    def constant_ok(self, ixs):
        """A display is folded into a constant only if every item is a literal the compiler can evaluate."""
        def literal(x):
            if x is None or isinstance(x, (bool, int, str, bytes)):
                return True
            if isinstance(x, float):
                return math.isfinite(x)
            if isinstance(x, tuple):
                return all(literal(y) for y in x)
            return False
        return len(ixs) > 2 and all(literal(self.pool[i]) for i in ixs)

    def random_op(self):
        sets = [v for v in 'abc' if isinstance(self.env.get(v), set)]
        anys = [v for v in 'abc' if v in self.env]
        r = R.random()
        if not sets or r < 0.08:
            var = R.choice('abc')
            makers = ['set', 'set', 'frozenset', 'display', 'constDisplay', 'fromDict']
            make = R.choice(makers[:-1] if self.kind in ('probe', 'mutating') else makers)
            ixs = self.some(0, 3 * len(self.pool) // 2 + 2)
            if make == 'constDisplay' and not self.constant_ok(ixs):
                make = 'display'
            if make == 'display' and not ixs:
                make = 'set'
            if make == 'constDisplay':
                return [make, var, ixs, strings_reinterned([self.pool[i] for i in ixs], prepare=True)], var
            return [make, var, ixs], var
        s = R.choice(sets)
        a, b = R.choice(anys), R.choice(anys)
        choice = R.choices(
            ['add', 'discard', 'remove', 'contains', 'pop', 'clear', 'updateList', 'update', 'union', 'intersection',
             'difference', 'symmetricDifference', 'intersectionUpdate', 'differenceUpdate',
             'symmetricDifferenceUpdate', 'isSubset', 'isSuperset', 'isDisjoint', 'equals', 'copy', 'setOf',
             'frozensetOf'],
            weights=[30, 14, 5, 6, 10, 1, 4, 3, 3, 3, 3, 3, 2, 2, 2, 1, 1, 1, 1, 2, 1, 1])[0]
        if choice in ('add', 'discard', 'remove', 'contains'):
            return [choice, s, R.randrange(len(self.pool))], s
        if choice in ('pop', 'clear'):
            return [choice, s], s
        if choice == 'updateList':
            return [choice, s, self.some(0, 8)], s
        if choice in ('update', 'intersectionUpdate', 'differenceUpdate', 'symmetricDifferenceUpdate'):
            return [choice, s, a], s
        if choice in ('isSubset', 'isSuperset', 'isDisjoint', 'equals'):
            return [choice, a, b], a
        if choice in ('copy', 'setOf', 'frozensetOf'):
            target = R.choice('abc')
            return [choice, target, a], target
        target = R.choice('abc')
        return [choice, target, a, b], target


def set_cases():
    cases = []
    plan = (['small-int'] * 150 + ['wide-int'] * 50 + ['str'] * 80 + ['float'] * 50 + ['tuple'] * 40 + ['mixed'] * 60 +
            ['probe'] * 50 + ['mutating'] * 40)
    for kind in plan:
        case = Case(kind)
        if kind == 'mutating':
            case.arm_mutations()
        for _ in range(R.randrange(4, 30)):
            op, var = case.random_op()
            case.step(op, var)
        cases.append({'kind': kind, 'pool': case.encode_pool(), 'steps': case.steps})
    cases.extend(boundary_cases())
    for probes, steps in SCENARIOS:
        case = Case('mutating', [Probe(f'p{i}', h, val) for i, (h, val, _) in enumerate(probes)])
        for probe, (_, _, action) in zip(case.pool, probes):
            if action is not None:
                case.arm(probe, action)
        for op in steps:
            case.step(op, op[1])
        cases.append({'kind': 'mutating', 'pool': case.encode_pool(), 'steps': case.steps})
    return {'noneId': str(id(None)), 'cases': cases, 'large': large_cases()}


def boundary_cases():
    """Operands whose sizes sit on the thresholds where CPython switches strategy (difference: len(a) >> 2 against
    len(b); difference_update: len(b) >> 3 against len(a); which side intersection iterates), over colliding ints
    so that the strategy shows in the order."""
    out = []
    sizes = [(8, 2), (9, 2), (12, 3), (16, 4), (17, 4), (40, 10), (41, 10), (44, 11), (2, 16), (2, 17), (3, 24),
             (1, 8), (1, 15), (5, 40), (6, 6), (10, 10), (7, 7), (30, 30)]
    for size_a, size_b in sizes:
        for _ in range(3):
            keys = R.sample(range(400), size_a + size_b + 6)
            values = [k * 128 + k % 3 if R.random() < 0.7 else k for k in keys]
            case = Case('boundary', values)
            a = list(range(size_a))
            b = R.sample(range(len(values)), size_b)
            case.step(['set', 'a', a], 'a')
            case.step(['set', 'b', b], 'b')
            for op in (['difference', 'c', 'a', 'b'], ['difference', 'c', 'b', 'a'], ['intersection', 'c', 'a', 'b'],
                       ['intersection', 'c', 'b', 'a'], ['symmetricDifference', 'c', 'a', 'b'], ['union', 'c', 'a', 'b'],
                       ['isDisjoint', 'a', 'b'], ['setOf', 'c', 'a'], ['differenceUpdate', 'c', 'b'],
                       ['setOf', 'c', 'b'], ['differenceUpdate', 'c', 'a'], ['setOf', 'c', 'a'],
                       ['intersectionUpdate', 'c', 'b'], ['setOf', 'c', 'a'], ['symmetricDifferenceUpdate', 'c', 'b']):
                case.step(op, op[1])
            out.append({'kind': 'boundary', 'pool': case.encode_pool(), 'steps': case.steps})
    return out


# Comparisons that change the set being probed, each aimed at one of CPython's checks after a comparison.
# A probe is (hash, val, action run inside its first __eq__ as the stored key).
SCENARIOS = [
    # The compared key is discarded and compares unequal: the lookup restarts and reuses the dummy it left.
    ([(8, 0, ['discard', 'a', 0]), (8, 1, None), (16, 2, None), (8, 3, None)],
     [['set', 'a', [0]], ['add', 'a', 2], ['add', 'a', 1], ['add', 'a', 3]]),
    # An insertion takes an equal key as found even though the comparison removed it: nothing is added.
    ([(5, 0, ['discard', 'a', 0]), (5, 0, None)], [['set', 'a', [0]], ['add', 'a', 1]]),
    # A membership test restarts instead, and no longer finds it.
    ([(5, 0, ['discard', 'a', 0]), (5, 0, None)], [['set', 'a', [0]], ['contains', 'a', 1]]),
    ([(5, 0, ['discard', 'a', 0]), (5, 0, None)], [['set', 'a', [0]], ['remove', 'a', 1]]),
    # The inline table is rebuilt in place and the compared slot still holds the key: no restart.
    ([(1, 0, ['differenceUpdate', 'a', 'b']), (2, 1, None), (3, 2, None), (4, 3, None), (1, 9, None)],
     [['set', 'b', [1, 2, 3]], ['set', 'a', [0, 1, 2, 3]], ['add', 'a', 4], ['add', 'a', 3]]),
    # The table is replaced by a larger one: restart in the new table.
    ([(1, 0, ['update', 'a', 'b'])] + [(h, h, None) for h in range(2, 14)] + [(1, 99, None)],
     [['set', 'b', list(range(1, 13))], ['set', 'a', [0]], ['add', 'a', 13]]),
    # The table is cleared.
    ([(3, 0, ['clear', 'a']), (3, 1, None), (11, 2, None)], [['set', 'a', [0, 2]], ['add', 'a', 1]]),
    # update() re-reads the other set, which a comparison empties.
    ([(7, 0, ['clear', 'b']), (7, 1, None), (7, 2, None), (15, 3, None)],
     [['set', 'a', [0]], ['set', 'b', [1, 2, 3]], ['update', 'a', 'b']]),
    # intersection iterates a set that a comparison grows.
    ([(6, 0, ['add', 'b', 3]), (6, 1, None), (14, 2, None), (22, 3, None)],
     [['set', 'a', [0, 2, 3]], ['set', 'b', [1, 2]], ['intersection', 'c', 'b', 'a'], ['isSubset', 'b', 'a']]),
    # A comparison inserts the very key being inserted; the outer insertion, continuing, then finds it.
    ([(4, 0, ['add', 'a', 1]), (4, 1, None)], [['set', 'a', [0]], ['add', 'a', 1]]),
]


def large_cases():
    """Tables past 50000 entries grow by 2x instead of 4x. The keys follow a formula the replay recomputes, and a
    checksum of the order keeps the fixture small: insert (i * 7919) % 1000003 for i < n, then difference_update()
    with the keys of every i divisible by remove_every, then add -5."""
    out = []
    for n, remove_every in ((100000, 0), (100000, 3), (5000, 2), (70000, 7)):
        keys = [i * 7919 % 1000003 for i in range(n)]
        s = set()
        for k in keys:
            s.add(k)
        if remove_every:
            s.difference_update(keys[::remove_every])
        s.add(-5)
        out.append({'n': n, 'removeEvery': remove_every, 'checksum': str(order_checksum(list(s))), 'length': len(s)})
    return out


def order_checksum(values):
    acc = 0
    for i, v in enumerate(values):
        acc = (acc * 1000003 + (i + 1) * (v + 7)) % (2**61 - 1)
    return acc


def write(name, data):
    path = os.path.join(OUT, name)
    with open(path, 'w', encoding='ascii') as f:
        f.write('{\n')
        keys = list(data)
        for k_index, key in enumerate(keys):
            value = data[key]
            f.write(json.dumps(key) + ': ')
            if isinstance(value, list):
                f.write('[\n')
                f.write(',\n'.join(json.dumps(item, separators=(',', ':')) for item in value))
                f.write('\n]')
            else:
                f.write(json.dumps(value))
            f.write(',\n' if k_index < len(keys) - 1 else '\n')
        f.write('}\n')


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    write('hashes.json', hash_vectors())
    write('set-ops.json', set_cases())
