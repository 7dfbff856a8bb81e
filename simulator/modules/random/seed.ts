// `Random.seed(a, version)` of CPython 3.11: `Lib/random.py` turns str/bytes/bytearray into an int, then
// `_random.Random.seed` feeds |int| (or an unsigned hash) to `init_by_array` as little-endian 32-bit words.

import { hashFloat } from './float-hash'
import type { MersenneTwister } from './mt19937'
import { PythonError } from './python-error'
import { intAbs, type PyInt } from './python-int'
import { sha512 } from './sha512'
import { encodeUtf8 } from './utf8'

// The Python value passed as `a`, by type. Subclasses of int/str/bytes use their base kind (CPython calls the base
// methods); `hash` covers any object seeded through `hash(a)` whose hash the binding computes itself: a float subclass
// with its own `__hash__`, a NaN whose hash is its identity, or str/bytes under a version other than 1 and 2.
export type SeedValue =
  | { readonly kind: 'none'; readonly entropy: Uint32Array | readonly number[] }
  | { readonly kind: 'int'; readonly value: PyInt }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'bytes'; readonly value: Uint8Array }
  | { readonly kind: 'bytearray'; readonly value: Uint8Array }
  | { readonly kind: 'hash'; readonly hash: PyInt }

// `seed(None)` reads os.urandom in CPython. The simulator must replay, so `None` is seeded from the run's seed and the
// count of earlier None-seedings in the run (`draw`): words of |runSeed| then `draw`, fed to init_by_array.
export function noneSeedEntropy(runSeed: PyInt, draw: number): number[] {
  return [...intToKey(intAbs(runSeed)), draw >>> 0]
}

export function seedTwister(mt: MersenneTwister, a: SeedValue, version: PyInt = 2): void {
  switch (a.kind) {
    case 'none':
      mt.initByArray(a.entropy)
      return
    case 'int':
      mt.initByArray(intToKey(intAbs(a.value)))
      return
    case 'bool':
      mt.initByArray([a.value ? 1 : 0])
      return
    case 'float':
      mt.initByArray(intToKey(hashAsSizeT(hashFloat(a.value))))
      return
    case 'hash':
      mt.initByArray(intToKey(hashAsSizeT(BigInt(a.hash))))
      return
    case 'str':
      mt.initByArray(intToKey(textSeedToInt(Array.from(a.value, codePointOf), encodeUtf8(a.value), version)))
      return
    case 'bytes':
      mt.initByArray(intToKey(textSeedToInt(Array.from(a.value), a.value, version)))
      return
    case 'bytearray':
      if (version !== 2) throw new PythonError('TypeError', "unhashable type: 'bytearray'")
      mt.initByArray(intToKey(sha512Seed(a.value)))
      return
  }
}

// `codePoints` is the text as version 1 sees it (bytes decode as Latin-1, one code point per byte).
function textSeedToInt(codePoints: number[], encoded: Uint8Array, version: PyInt): bigint {
  if (version === 1) return legacyTextSeed(codePoints)
  if (version === 2) return sha512Seed(encoded)
  throw new RangeError('CPython seeds str/bytes from hash(a) for this version: pass { kind: "hash" }')
}

// version 2: `int.from_bytes(a + sha512(a).digest(), 'big')`.
function sha512Seed(bytes: Uint8Array): bigint {
  const digest = sha512(bytes)
  let hex = '0x0'
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0')
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0')
  return BigInt(hex)
}

// version 1: the Python 2 string hash, kept for replaying old sequences.
function legacyTextSeed(codePoints: number[]): bigint {
  const mask = 0xffffffffffffffffn
  let x = codePoints.length > 0 ? BigInt(codePoints[0]) << 7n : 0n
  for (const codePoint of codePoints) x = ((1000003n * x) ^ BigInt(codePoint)) & mask
  return x ^ BigInt(codePoints.length)
}

// C `(size_t)hash` on a 64-bit build.
function hashAsSizeT(hash: bigint): bigint {
  return hash < 0n ? hash + (1n << 64n) : hash
}

// 32-bit chunks, least significant first; zero still yields one word.
function intToKey(n: PyInt): number[] {
  if (typeof n === 'number') {
    const low = n % 4294967296
    const high = (n - low) / 4294967296
    return high > 0 ? [low, high] : [low]
  }
  const key: number[] = []
  for (let rest = n; rest > 0n || key.length === 0; rest >>= 32n) key.push(Number(rest & 0xffffffffn))
  return key
}

function codePointOf(character: string): number {
  return character.codePointAt(0) as number
}
