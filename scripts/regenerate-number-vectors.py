#!/usr/bin/env python3
"""Regenerates the CPython 3.11 oracle vectors for complex numbers, float.hex/fromhex and the number operations the
simulator computes itself (int true division, float and complex power, complex arithmetic).

Writes:
  simulator/python/format/fixtures/complex-text.json      repr(complex), format(complex, spec), complex(str)
  simulator/python/format/fixtures/float-hex.json         float.hex(x), float.fromhex(text)
  simulator/python/runtime/abstract/fixtures/number-ops.json  int / int, float ** float, complex + - * / ** abs
  simulator/python/libm/fixtures/libm.json                 C pow() (through float **) and hypot() (through abs())
Deterministic: a fixed seed, so reruns give identical files.

Encodings: a float is the 16-hex-digit big-endian bit pattern of the double, a complex is [real, imag] of those, an
int is its decimal string, an outcome is {"ok": value} or {"error": [exception type name, message]}.

Usage: python3 scripts/regenerate-number-vectors.py   (must be CPython 3.11)
"""

import json
import math
import random
import struct
import sys
from pathlib import Path

assert sys.version_info[:2] == (3, 11), 'the oracle must be CPython 3.11'

ROOT = Path(__file__).resolve().parent.parent / 'simulator' / 'python'
rng = random.Random(3111)


def bits(x):
    return struct.pack('>d', x).hex()


def cbits(z):
    return [bits(z.real), bits(z.imag)]


def outcome(thunk, encode=lambda v: v):
    try:
        return {'ok': encode(thunk())}
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as error:
        return {'error': [type(error).__name__, str(error)]}


def write(folder, name, data):
    path = ROOT / folder / 'fixtures'
    path.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=True, separators=(',', ':'))
    (path / name).write_text(text + '\n')
    print(f'{folder}/fixtures/{name}: {len(text) // 1024} KiB')


SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.5, 3.0, 1e16, 1e-5, 1e22, 5e-324, 1.7976931348623157e308, math.inf,
           -math.inf, math.nan, 0.1, 1 / 3, 100.0, 123456.789, 1e300, 2.0**-1022]


def random_float():
    pick = rng.random()
    if pick < 0.25:
        return rng.choice(SPECIAL)
    if pick < 0.45:
        x = struct.unpack('>d', rng.getrandbits(64).to_bytes(8, 'big'))[0]
        return 0.0 if math.isnan(x) else x
    if pick < 0.7:
        return round(rng.uniform(-100, 100), rng.randint(0, 4))
    if pick < 0.85:
        return float(rng.randint(-20, 20))
    return rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30)


def random_complex():
    return complex(random_float(), random_float())


# ---------------------------------------------------------------- complex text


SPEC_PARTS = [
    ['', '', '<', '>', '^', '=', '*^', '0<', 'x>'],
    ['', '', '+', '-', ' '],
    ['', '', 'z', '#'],
    ['', '', '0'],
    ['', '', '1', '12', '25'],
    ['', '', ',', '_'],
    ['', '', '.0', '.2', '.5', '.12'],
    ['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'r'],
]

COMPLEX_STRINGS = ['1+2j', '1-2j', ' ( 3.5 - 4j ) ', 'j', '-j', '+j', '1+j', '2-J', '1e3j', 'inf+nanj', '-infj',
                   'nan', '(1+2j', '1+2j)', '1 + 2j', '1+2', '', '()', '1_000+2_0j', '1__0j', '_1j', '1e+3-1e-3j',
                   '.5j', '5.j', 'infinityj', '+1.5', '\u0661+\u0662j', '\u2003 7j \u2003', 'j1', '1jj', '--1j',
                   '1e400+1e400j', '0x1j', '1.2.3j', '(1)', '( )', 'NaNJ', '-0-0j']


def complex_text_vectors():
    reprs = [[cbits(z), repr(z)] for z in [random_complex() for _ in range(1000)]]
    formats = []
    for _ in range(2000):
        z = random_complex()
        spec = ''.join(rng.choice(options) for options in SPEC_PARTS)
        formats.append([cbits(z), spec, outcome(lambda: format(z, spec))])
    parses = [[text, outcome(lambda: complex(text), cbits)] for text in COMPLEX_STRINGS]
    return {'repr': reprs, 'format': formats, 'parse': parses}


# ---------------------------------------------------------------- float hex


def float_hex_vectors():
    values = SPECIAL + [random_float() for _ in range(1500)]
    values += [math.ldexp(rng.getrandbits(52), -1074) for _ in range(100)]
    to_hex = [[bits(x), x.hex()] for x in values]
    texts = ['0x1p-1074', '0x1p-1075', '0x3p-1076', '0x1.fffffffffffff8p1023', '-0x1.fffffffffffff7p1023', '0x.8',
             '1.', ' -inf ', 'INFINITY', '-nan', '0x', '0x1p', '0x1p+', '1.2.3', '0xg', 'p1', '0x1P+4', ' 0X.1p-2\n',
             '0x1p99999', '0x1p-99999', '0x0p0', '-0x0.0p+0', '0x1.8000000000000p+0', '+0x1_0p0', '0x1 p0', '']
    for _ in range(800):
        x = random_float()
        text = x.hex()
        if rng.random() < 0.5 and 'p' in text:
            mantissa, exponent = text.split('p')
            digits = ''.join(rng.choice('0123456789abcdef') for _ in range(rng.randint(0, 20)))
            text = (mantissa + digits if '.' in mantissa else mantissa + '.' + digits) + 'p' + exponent
        texts.append(text)
    from_hex = [[text, outcome(lambda: float.fromhex(text), bits)] for text in texts]
    return {'hex': to_hex, 'fromhex': from_hex}


# ---------------------------------------------------------------- number operations


def random_big_int():
    n = rng.getrandbits(rng.choice([1, 10, 53, 54, 60, 100, 300, 1030, 1100]))
    return n if rng.random() < 0.7 else -n


def number_op_vectors():
    divisions = []
    for _ in range(800):
        a, b = random_big_int(), random_big_int()
        if rng.random() < 0.05:
            b = 0
        divisions.append([str(a), str(b), outcome(lambda: a / b, bits)])

    def power_outcome(value):
        return cbits(value) if isinstance(value, complex) else bits(value)

    powers = []
    for _ in range(1200):
        x, y = random_float(), random_float()
        if rng.random() < 0.3:
            y = float(rng.randint(-5, 5)) + rng.choice([0.0, 0.5, 1 / 3])
        if rng.random() < 0.2:
            x = -abs(x)
        powers.append([bits(x), bits(y), outcome(lambda: x ** y, power_outcome)])

    operations = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b,
                  'truediv': lambda a, b: a / b, 'pow': lambda a, b: a ** b}
    complex_ops = []
    for _ in range(1500):
        a = random_complex()
        b = random_complex() if rng.random() < 0.7 else complex(rng.randint(-4, 4), 0.0)
        if rng.random() < 0.1:
            b = complex(rng.uniform(-3, 3), rng.uniform(-3, 3))
        name = rng.choice(list(operations))
        complex_ops.append([name, cbits(a), cbits(b), outcome(lambda: operations[name](a, b), cbits)])
    for _ in range(300):
        z = random_complex()
        complex_ops.append(['abs', cbits(z), cbits(0j), outcome(lambda: abs(z), lambda r: cbits(complex(r, 0.0)))])
    return {'truediv': divisions, 'floatpow': powers, 'complex': complex_ops}


# ---------------------------------------------------------------- libm


def libm_vectors():
    # everyday numbers: two-decimal bases and small exponents, as interest and growth computations use them
    bases = [round(rng.uniform(0.01, 50), 2) for _ in range(500)] + [random_float() for _ in range(300)]
    exponents = [2.0, 3.0, 5.0, 10.0, -2.0, 1.5, 1 / 3, 0.25, 7.0, -0.5]
    pows = []
    for x in bases:
        x = abs(x)
        if x == 0 or math.isinf(x) or math.isnan(x):
            continue
        y = rng.choice(exponents) if rng.random() < 0.8 else random_float()
        pows.append([bits(x), bits(y), outcome(lambda: x ** y, bits)])
    hypots = []
    for _ in range(1500):
        exponent = rng.randint(-980, 980)
        x = rng.uniform(-1, 1) * 2.0**exponent
        y = rng.uniform(-1, 1) * 2.0 ** (exponent + rng.randint(-40, 40))
        hypots.append([bits(x), bits(y), bits(abs(complex(x, y)))])
    return {'pow': pows, 'hypot': hypots}


def main():
    write('format', 'complex-text.json', complex_text_vectors())
    write('format', 'float-hex.json', float_hex_vectors())
    write('runtime/abstract', 'number-ops.json', number_op_vectors())
    write('libm', 'libm.json', libm_vectors())


if __name__ == '__main__':
    main()
