#!/usr/bin/env python3
"""Regenerates the CPython 3.11 oracle vectors for simulator/python/codecs (str.encode and bytes.decode).

Writes simulator/python/codecs/fixtures/codecs.json: a list of
  ["encode", text, encoding, errors, outcome]   outcome {"ok": hex of the bytes} or {"error": [type, message]}
  ["decode", hex of the bytes, encoding, errors, outcome]   outcome {"ok": text} or {"error": [type, message]}
Deterministic: a fixed seed, so reruns give identical files.

Usage: python3 scripts/regenerate-codec-vectors.py   (must be CPython 3.11)
"""

import json
import random
import sys
from pathlib import Path

assert sys.version_info[:2] == (3, 11), 'the oracle must be CPython 3.11'

FIXTURES = Path(__file__).resolve().parent.parent / 'simulator' / 'python' / 'codecs' / 'fixtures'
rng = random.Random(311)

ENCODINGS = ['utf-8', 'UTF8', 'ascii', 'latin-1', 'iso-8859-1', 'utf-16', 'utf-16-le', 'UTF-16BE', 'utf-32',
             'utf_32_le', 'utf-32-be', 'us-ascii', 'no-such-codec']
ENCODE_ERRORS = ['strict', 'strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape',
                 'surrogatepass', 'no-such-handler']
DECODE_ERRORS = ['strict', 'strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass',
                 'xmlcharrefreplace', 'no-such-handler']


def outcome(thunk, encode):
    try:
        return {'ok': encode(thunk())}
    except (UnicodeError, LookupError, TypeError) as error:
        return {'error': [type(error).__name__, str(error)]}


def random_text():
    pools = [range(0x20, 0x7F), range(0x80, 0x100), range(0x100, 0x800), range(0x800, 0xD800),
             range(0xD800, 0xE000), range(0xE000, 0x10000), range(0x10000, 0x110000)]
    weights = [8, 3, 2, 2, 1, 1, 2]
    length = rng.choice([0, 1, 2, 3, 5, 8])
    text = ''.join(chr(rng.choice(rng.choices(pools, weights)[0])) for _ in range(length))
    # a JS string cannot tell a high+low surrogate pair from the astral character it encodes
    paired = any('\ud800' <= a <= '\udbff' and '\udc00' <= b <= '\udfff' for a, b in zip(text, text[1:]))
    return random_text() if paired else text


def random_bytes():
    length = rng.choice([0, 1, 2, 3, 4, 5, 7, 9])
    kind = rng.random()
    if kind < 0.4:
        valid = random_text().encode('utf-8', 'surrogatepass')
        data = bytearray(valid[:length + 3])
        if data and rng.random() < 0.5:
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if kind < 0.6:
        return bytes(rng.choice([0x80, 0xBF, 0xC0, 0xC2, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x41, 0x00])
                     for _ in range(length))
    return bytes(rng.randrange(256) for _ in range(length))


def main():
    vectors = []
    for _ in range(2500):
        text, encoding, errors = random_text(), rng.choice(ENCODINGS), rng.choice(ENCODE_ERRORS)
        vectors.append(['encode', text, encoding, errors,
                        outcome(lambda: text.encode(encoding, errors), lambda b: b.hex())])
    for _ in range(2500):
        data, encoding, errors = random_bytes(), rng.choice(ENCODINGS), rng.choice(DECODE_ERRORS)
        vectors.append(['decode', data.hex(), encoding, errors,
                        outcome(lambda: data.decode(encoding, errors), lambda s: s)])
    FIXTURES.mkdir(parents=True, exist_ok=True)
    text = json.dumps(vectors, ensure_ascii=True, separators=(',', ':'))
    (FIXTURES / 'codecs.json').write_text(text + '\n')
    print(f'codecs.json: {len(vectors)} vectors, {len(text) // 1024} KiB')


if __name__ == '__main__':
    main()
