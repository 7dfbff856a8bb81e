#!/usr/bin/env python3
"""Record CPython's `random` module as JSON fixtures for simulator/modules/random.

Run with CPython 3.11 (`python3 scripts/regenerate-random-vectors.py`). Every stream is fully determined by the seeds
below: the choice of operations and of their arguments comes from separate "driver" generators with fixed seeds, so
re-running the script reproduces the fixtures byte for byte.

Encoding: a Python int is a JSON string of decimal digits, a float is a JSON number, bytes are a hex string, an error
is {"error": <class name>, "message": str(exc)}. Runs of 32-bit words (raw outputs, generator states) are one hex
string of 8 digits per word, to keep the fixture small.
"""

import hashlib
import json
import math
import random
import sys
import warnings
from pathlib import Path

if sys.version_info[:2] != (3, 11):
    sys.exit('run this with CPython 3.11: the fixtures record 3.11 behaviour')

warnings.simplefilter('ignore', DeprecationWarning)

OUT = Path(__file__).resolve().parent.parent / 'simulator' / 'modules' / 'random' / 'fixtures'

STEPS_PER_STREAM = 300
WORDS_PER_STREAM = 640  # crosses the first regeneration of the 624-word state
SNAPSHOTS_PER_STREAM = 1  # a state is 625 ints: keep the fixture small


def enc(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError('non-finite float in a fixture')
        return value
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    if isinstance(value, (list, tuple)):
        return [enc(v) for v in value]
    if value is None:
        return None
    raise TypeError(type(value))


def hex_words(words):
    return ''.join(f'{word:08x}' for word in words)


def enc_seed(value, version=2):
    if value is None:
        raise ValueError('None is seeded from os.urandom: not recordable')
    if isinstance(value, bool):
        seed = {'kind': 'bool', 'value': value}
    elif isinstance(value, int):
        seed = {'kind': 'int', 'value': str(value)}
    elif isinstance(value, float):
        seed = {'kind': 'float', 'value': value if math.isfinite(value) else repr(value)}
    elif isinstance(value, str):
        seed = {'kind': 'str', 'value': value}
    elif isinstance(value, bytearray):
        seed = {'kind': 'bytearray', 'value': value.hex()}
    elif isinstance(value, bytes):
        seed = {'kind': 'bytes', 'value': value.hex()}
    else:
        raise TypeError(type(value))
    seed['version'] = version
    return seed


def outcome(call):
    try:
        return {'result': enc(call())}
    except Exception as exc:  # noqa: BLE001 - every Python error is part of the recorded behaviour
        return {'error': type(exc).__name__, 'message': str(exc)}


SEEDS = [
    (0, 2), (1, 2), (42, 2), (12345, 2), (2**32, 2), (2**32 - 1, 2), (2**53, 2), (2**64 + 5, 2), (2**64 - 1, 2),
    (-7, 2), (-(2**100) - 3, 2), (10**50, 2), (1 << 10000, 2),
    ('abc', 2), ('zażółć', 2), ('', 2), ('😀 astral', 2), (b'xyz', 2), (b'', 2), (bytearray(b'abc'), 2),
    ('hello', 1), ('zażółć', 1), (b'xyz', 1), ('', 1), (42, 1),
    (3.5, 2), (-1.5, 2), (1.0, 2), (-1.0, 2), (0.0, 2), (-0.0, 2), (1e300, 2), (5e-324, 2), (1 / 3, 2),
    (float('inf'), 2), (float('-inf'), 2), (True, 2), (False, 2),
]

SEED_ERRORS = [('\ud800', 2), ('a\udfff\ud800b', 2), (bytearray(b'x'), 1)]


def weights_arg(driver, n):
    kind = driver.randrange(3)
    if kind == 0:
        return [driver.randrange(0, 5) for _ in range(n)]
    if kind == 1:
        return [driver.random() * 3 for _ in range(n)]
    return [driver.choice([driver.randrange(4), driver.random(), 2**60 + driver.randrange(9)]) for _ in range(n)]


def make_step(driver, rng, snapshots):
    """Pick one operation with driver, run it on rng, return its record."""
    op = driver.choices(OPS, weights=OP_WEIGHTS)[0]
    if op == 'random':
        return {'op': op, 'args': [], **outcome(rng.random)}
    if op == 'getrandbits':
        k = driver.choice([0, 1, 2, 7, 31, 32, 33, 52, 53, 54, 63, 64, 65, 100, 1000, driver.randrange(200), -1])
        return {'op': op, 'args': [enc(k)], **outcome(lambda: rng.getrandbits(k))}
    if op == 'randbelow':
        n = driver.choice([1, 2, 3, 5, 6, 7, 8, 10, 100, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**52 + 3, 2**53 - 1,
                           2**53, 2**53 + 1, 10**20, 3**100, driver.randrange(1, 10**6)])
        return {'op': op, 'args': [enc(n)], **outcome(lambda: rng._randbelow(n))}
    if op == 'randrange':
        args = driver.choice([
            [driver.randrange(-3, 50)],
            [driver.randrange(-20, 20), driver.randrange(-20, 40)],
            [driver.randrange(-20, 20), driver.randrange(-20, 40), driver.choice([1, 2, 3, -1, -2, -5, 0, 7])],
            [-(10**30), 10**30 + driver.randrange(5)],
            [2**53 - 2, 2**53 + 5],
            [0, 10**25, driver.choice([3, -3, 10**20])],
            [10**25, 0, -(10**20) - 1],
            [5, 5], [5, 5, 0], [5, 10, -1],
        ])
        return {'op': op, 'args': enc(args), **outcome(lambda: rng.randrange(*args))}
    if op == 'randrange_step_only':
        step = driver.choice([1, 2])
        return {'op': op, 'args': enc([10, step]), **outcome(lambda: rng.randrange(10, step=step))}
    if op == 'randint':
        a, b = driver.choice([(1, 6), (1, 10), (0, 1), (-5, 5), (3, 2), (0, 2**40), (-(2**70), 2**70), (7, 7)])
        return {'op': op, 'args': enc([a, b]), **outcome(lambda: rng.randint(a, b))}
    if op == 'choice':
        n = driver.choice([0, 1, 2, 6, 26, 1000])
        return {'op': op, 'args': [enc(n)], **outcome(lambda: rng.choice(range(n)))}
    if op == 'choices':
        n = driver.choice([0, 1, 3, 7, 20])
        k = driver.choice([0, 1, 5, 12, -2])
        form = driver.randrange(4)
        kwargs = {'k': k}
        if form == 1:
            kwargs['weights'] = weights_arg(driver, n)
        elif form == 2:
            kwargs['cum_weights'] = list(__import__('itertools').accumulate(weights_arg(driver, n)))
        elif form == 3:
            kwargs['weights'] = weights_arg(driver, driver.choice([n, n + 1]))
            if driver.random() < 0.2:
                kwargs['cum_weights'] = [1] * n
        record_kwargs = {key: enc(value) for key, value in kwargs.items()}
        return {'op': op, 'args': [enc(n)], 'kwargs': record_kwargs,
                **outcome(lambda: rng.choices(range(n), **kwargs))}
    if op == 'shuffle':
        n = driver.choice([0, 1, 2, 5, 10, 52])

        def run():
            items = list(range(n))
            rng.shuffle(items)
            return items
        return {'op': op, 'args': [enc(n)], **outcome(run)}
    if op == 'sample':
        n = driver.choice([0, 1, 5, 20, 21, 22, 40, 100, 1000, 2**62 + 3, 10**30])
        k = driver.choice([0, 1, 3, 5, 6, 7, 20, 21, 30, 100, -1, n, n + 1])
        return {'op': op, 'args': enc([n, k]), **outcome(lambda: rng.sample(range(n), k))}
    if op == 'sample_counts':
        n = driver.choice([0, 1, 3, 6])
        counts = [driver.choice([0, 1, 2, 5, 40, -1, 2**62]) for _ in range(driver.choice([n, n, n, n + 1]))]
        if driver.random() < 0.1 and counts:
            counts[-1] = 2.0
        k = driver.choice([0, 1, 4, 10, 30])
        return {'op': op, 'args': enc([n, k]), 'kwargs': {'counts': enc(counts)},
                **outcome(lambda: rng.sample(range(n), k, counts=counts))}
    if op == 'randbytes':
        n = driver.choice([0, 1, 2, 3, 4, 5, 7, 8, 9, 33, -1])
        return {'op': op, 'args': [enc(n)], **outcome(lambda: rng.randbytes(n))}
    if op == 'getstate' and len(snapshots) < SNAPSHOTS_PER_STREAM:
        state = rng.getstate()
        snapshots.append(state)
        version, internal, gauss_next = state
        result = {'version': version, 'words': hex_words(internal[:-1]), 'index': internal[-1], 'gaussNext': gauss_next}
        return {'op': op, 'args': [], 'result': result}
    if op in ('getstate', 'setstate'):
        if not snapshots:
            return {'op': 'random', 'args': [], **outcome(rng.random)}
        which = driver.randrange(len(snapshots))
        rng.setstate(snapshots[which])
        return {'op': 'setstate', 'args': [which], 'result': None}
    if op == 'reseed':
        seed, version = driver.choice(SEEDS[:20])
        rng.seed(seed, version)
        return {'op': op, 'args': [enc_seed(seed, version)], 'result': None}
    # real-valued distributions: arguments are floats
    args = [float(a) for a in DISTRIBUTION_ARGS[op](driver)]
    return {'op': op, 'args': enc(args), **outcome(lambda: getattr(rng, op)(*args))}


DISTRIBUTION_ARGS = {
    'uniform': lambda d: d.choice([(0, 1), (1, 2), (-5, 5), (10, -10), (2.5, 2.5)]),
    'triangular': lambda d: d.choice([(), (0, 1), (0, 10, 2), (5, 5, 5), (1, 1), (0, 1, -1), (3, 1, 2), (0, 1, 4)]),
    'gauss': lambda d: d.choice([(), (0, 1), (10, 2), (-3, 0.5)]),
    'normalvariate': lambda d: d.choice([(), (0, 1), (10, 2)]),
    'lognormvariate': lambda d: d.choice([(0, 1), (1, 0.5), (0, 1000)]),
    'expovariate': lambda d: d.choice([(1,), (0.5,), (-2,), (0,)]),
    'vonmisesvariate': lambda d: d.choice([(0, 0), (1, 1), (3, 4), (0, 1e-7), (-1, 100)]),
    'gammavariate': lambda d: d.choice([(0.5, 1), (1, 2), (2, 1), (9, 0.5), (0.01, 1), (0, 1), (1, -1)]),
    'betavariate': lambda d: d.choice([(1, 1), (2, 5), (0.5, 0.5)]),
    'paretovariate': lambda d: d.choice([(1,), (3,), (0.01,), (0,)]),
    'weibullvariate': lambda d: d.choice([(1, 1), (2, 0.5), (1, 0)]),
}

OP_WEIGHTS_BY_NAME = {
    'random': 12, 'getrandbits': 8, 'randbelow': 6, 'randrange': 10, 'randrange_step_only': 1, 'randint': 8,
    'choice': 5, 'choices': 6, 'shuffle': 4, 'sample': 6, 'sample_counts': 3, 'randbytes': 3, 'getstate': 1,
    'setstate': 1, 'reseed': 1, **{name: 2 for name in DISTRIBUTION_ARGS},
}
OPS = list(OP_WEIGHTS_BY_NAME)
OP_WEIGHTS = list(OP_WEIGHTS_BY_NAME.values())


def stream(index, seed, version):
    rng = random.Random()
    rng.seed(seed, version)
    words = [rng.getrandbits(32) for _ in range(WORDS_PER_STREAM)]
    rng.seed(seed, version)
    driver = random.Random(f'driver-{index}')
    snapshots = []
    steps = [make_step(driver, rng, snapshots) for _ in range(STEPS_PER_STREAM)]
    return {'seed': enc_seed(seed, version), 'words': hex_words(words), 'steps': steps}


def seed_errors():
    records = []
    for seed, version in SEED_ERRORS:
        records.append({'seed': enc_seed(seed, version), **outcome(lambda: random.Random().seed(seed, version))})
    return records


def reference_implementation():
    # Lib/test/test_random.py: the last ten of 2000 random() after this seed, as 53-bit integers.
    rng = random.Random(61731 + (24903 << 32) + (614 << 64) + (42143 << 96))
    values = [rng.random() for _ in range(2000)]
    return {'seed': enc_seed(61731 + (24903 << 32) + (614 << 64) + (42143 << 96)),
            'last10': [enc(int(math.ldexp(v, 53))) for v in values[-10:]]}


def float_hashes():
    driver = random.Random('float-hashes')
    values = [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.5, 2.0**61 - 1, 2.0**61, 2.0**62, 1e300, -1e300, 5e-324, 2.2e-308,
              1 / 3, 1e16, 2.0**53 + 2, 1.7976931348623157e308, float('inf'), float('-inf')]
    values += [driver.uniform(-1, 1) * 10.0 ** driver.randrange(-320, 308) for _ in range(300)]
    return [[repr(v) if not math.isfinite(v) else v, str(hash(v))] for v in values]


def sha512_vectors():
    # message i of length n is bytes((7 * i + n) % 256 for i in range(n)); the test rebuilds it
    lengths = list(range(0, 260)) + [1000, 4096, 100000]
    return [[n, hashlib.sha512(bytes((7 * i + n) % 256 for i in range(n))).hexdigest()] for n in lengths]


def write(name, data):
    path = OUT / name
    path.write_text(json.dumps(data, ensure_ascii=True, separators=(',', ':')) + '\n')
    print(f'{path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}: {path.stat().st_size} bytes')


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    write('streams.json', {
        'python': sys.version.split()[0],
        'streams': [stream(i, seed, version) for i, (seed, version) in enumerate(SEEDS)],
        'seedErrors': seed_errors(),
        'referenceImplementation': reference_implementation(),
    })
    write('float-hashes.json', float_hashes())
    write('sha512.json', sha512_vectors())


if __name__ == '__main__':
    main()
