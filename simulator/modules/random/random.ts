// `random.Random` of CPython 3.11 down to the bits it draws: the C core (`random()`, `getrandbits()`, seeding,
// state) plus `_randbelow`, which every integer and sequence method uses. `random()` and `randbelow(n)` for safe
// integers allocate nothing: they run inside the interpreter's hot loop.

import { MersenneTwister } from './mt19937'
import { PythonError } from './python-error'
import { bitLength, normalizeInt, type PyInt } from './python-int'
import { seedTwister, type SeedValue } from './seed'

const TWO_POW_32 = 4294967296
const INT_MAX = 2147483647
const INT_MIN = -2147483648

// What `getstate()` returns and `setstate()` takes: (version, 625-int internal state, gauss_next).
export type RandomState = readonly [version: PyInt, internal: readonly PyInt[], gaussNext: number | null]

// The methods the derived algorithms draw from, so that they can run over any generator with CPython's shape.
export interface RandomSource {
  random(): number
  randbelow(n: number): number
  randbelow(n: PyInt): PyInt
}

export class Random implements RandomSource {
  readonly twister = new MersenneTwister()
  gaussNext: number | null = null

  constructor(seed: SeedValue) {
    this.seed(seed)
  }

  seed(a: SeedValue, version: PyInt = 2): void {
    seedTwister(this.twister, a, version)
    this.gaussNext = null
  }

  // 27 + 26 bits make a 53-bit numerator, exact in a double.
  random(): number {
    const a = this.twister.genrandUint32() >>> 5
    const b = this.twister.genrandUint32() >>> 6
    return (a * 67108864 + b) * (1 / 9007199254740992)
  }

  getrandbits(k: PyInt): PyInt {
    if (typeof k !== 'number' || k > INT_MAX || k < INT_MIN) {
      throw new PythonError('OverflowError', 'Python int too large to convert to C int')
    }
    if (k < 0) throw new PythonError('ValueError', 'number of bits must be non-negative')
    if (k <= 53) return this.smallRandbits(k)
    return normalizeInt(this.wideRandbits(k))
  }

  randbelow(n: number): number
  randbelow(n: PyInt): PyInt
  // `_randbelow_with_getrandbits`: k is n's own bit length (not n-1's), so a power of two rejects half the draws.
  randbelow(n: PyInt): PyInt {
    if (n <= 0) throw new RangeError('randbelow is defined for n > 0')
    if (typeof n === 'number') {
      const k = bitLength(n)
      let r = this.smallRandbits(k)
      while (r >= n) r = this.smallRandbits(k)
      return r
    }
    const k = bitLength(n)
    let r = this.wideRandbits(k)
    while (r >= n) r = this.wideRandbits(k)
    return normalizeInt(r)
  }

  getstate(): [version: 3, internal: number[], gaussNext: number | null] {
    return [3, this.twister.getState(), this.gaussNext]
  }

  // `Random.setstate`: gauss_next is assigned before the C state is checked, so a bad vector still changes it.
  setstate([version, internal, gaussNext]: RandomState): void {
    if (version === 3) {
      this.gaussNext = gaussNext
      this.twister.setState(internal)
    } else if (version === 2) {
      this.gaussNext = gaussNext
      this.twister.setState(internal.map(unsignedModulo32))
    } else {
      throw new PythonError('ValueError', `state with version ${version} passed to Random.setstate() of version 3`)
    }
  }

  // k <= 53 bits, as a number: one word, or a full low word under the top k-32 bits of the next.
  private smallRandbits(k: number): number {
    if (k === 0) return 0
    if (k <= 32) return this.twister.genrandUint32() >>> (32 - k)
    const low = this.twister.genrandUint32()
    const high = this.twister.genrandUint32() >>> (64 - k)
    return high * TWO_POW_32 + low
  }

  // Words fill from the least significant up; the last word keeps only its top bits.
  private wideRandbits(k: number): bigint {
    const words = Math.ceil(k / 32)
    const hexWords = new Array<string>(words)
    for (let i = 0, remaining = k; i < words; i++, remaining -= 32) {
      const word = this.twister.genrandUint32()
      hexWords[words - 1 - i] = (remaining < 32 ? word >>> (32 - remaining) : word).toString(16).padStart(8, '0')
    }
    return BigInt('0x' + hexWords.join(''))
  }
}

// Version 2 states were saved as signed C longs; `x % 2**32` (Python modulo) makes them unsigned.
function unsignedModulo32(x: PyInt): PyInt {
  if (typeof x === 'number') return ((x % TWO_POW_32) + TWO_POW_32) % TWO_POW_32
  return normalizeInt(((x % 4294967296n) + 4294967296n) % 4294967296n)
}
