// The Mersenne Twister MT19937 exactly as CPython's `Modules/_randommodule.c` runs it: the same state words, the same
// lazy regeneration when `index` reaches 624, the same seeding routines. Everything is unsigned 32-bit arithmetic.

import { PythonError } from './python-error'
import type { PyInt } from './python-int'

const N = 624
const M = 397
const MATRIX_A = 0x9908b0df
const UPPER_MASK = 0x80000000
const LOWER_MASK = 0x7fffffff

const MAX_UNSIGNED_LONG = (1n << 64n) - 1n
const MAX_LONG = (1n << 63n) - 1n
const MIN_LONG = -(1n << 63n)

export class MersenneTwister {
  private readonly state = new Uint32Array(N)
  private index = N

  genrandUint32(): number {
    const mt = this.state
    if (this.index >= N) {
      let kk = 0
      for (; kk < N - M; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK)
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0)
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK)
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0)
      }
      const y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK)
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0)
      this.index = 0
    }
    let y = mt[this.index++]
    y ^= y >>> 11
    y ^= (y << 7) & 0x9d2c5680
    y ^= (y << 15) & 0xefc60000
    y ^= y >>> 18
    return y >>> 0
  }

  initGenrand(seed: number): void {
    const mt = this.state
    mt[0] = seed
    for (let i = 1; i < N; i++) {
      const previous = mt[i - 1]
      mt[i] = Math.imul(1812433253, previous ^ (previous >>> 30)) + i
    }
    this.index = N
  }

  // Uint32Array stores every sum modulo 2**32, which is the C code's unsigned wrap-around.
  initByArray(key: Uint32Array | readonly number[]): void {
    const mt = this.state
    const keyLength = key.length
    this.initGenrand(19650218)
    let i = 1
    let j = 0
    for (let k = Math.max(N, keyLength); k > 0; k--) {
      const previous = mt[i - 1]
      mt[i] = (mt[i] ^ Math.imul(previous ^ (previous >>> 30), 1664525)) + (key[j] >>> 0) + j
      i++
      j++
      if (i >= N) {
        mt[0] = mt[N - 1]
        i = 1
      }
      if (j >= keyLength) j = 0
    }
    for (let k = N - 1; k > 0; k--) {
      const previous = mt[i - 1]
      mt[i] = (mt[i] ^ Math.imul(previous ^ (previous >>> 30), 1566083941)) - i
      i++
      if (i >= N) {
        mt[0] = mt[N - 1]
        i = 1
      }
    }
    mt[0] = 0x80000000
  }

  // `_random.Random.getstate()`: the 624 words then the index, 625 ints.
  getState(): number[] {
    return [...this.state, this.index]
  }

  // `_random.Random.setstate(tuple)`: words go through C `unsigned long` (64-bit) and are truncated to 32 bits, the
  // index through C `long`. Nothing changes unless the whole tuple is valid.
  setState(values: readonly PyInt[]): void {
    if (values.length !== N + 1) throw new PythonError('ValueError', 'state vector is the wrong size')
    const words = new Uint32Array(N)
    for (let i = 0; i < N; i++) words[i] = asUnsignedLongLow32(values[i])
    const index = asLong(values[N])
    if (index < 0 || index > N) throw new PythonError('ValueError', 'invalid state')
    this.state.set(words)
    this.index = Number(index)
  }
}

function asUnsignedLongLow32(value: PyInt): number {
  if (typeof value === 'number' && value >= 0) return value >>> 0
  const big = BigInt(value)
  if (big < 0n) throw new PythonError('OverflowError', "can't convert negative value to unsigned int")
  if (big > MAX_UNSIGNED_LONG)
    throw new PythonError('OverflowError', 'Python int too large to convert to C unsigned long')
  return Number(big & 0xffffffffn)
}

function asLong(value: PyInt): PyInt {
  if (typeof value === 'number') return value
  if (value > MAX_LONG || value < MIN_LONG)
    throw new PythonError('OverflowError', 'Python int too large to convert to C long')
  return value
}
