// `randbytes(n)` of CPython 3.11 is `getrandbits(n * 8).to_bytes(n, 'little')`: the words of getrandbits laid out
// little-endian, built here directly as bytes.

import { PythonError } from './python-error'
import type { PyInt } from './python-int'
import type { Random } from './random'

const INT_MAX = 2147483647

export function randbytes(rng: Random, n: PyInt): Uint8Array {
  if (typeof n === 'bigint' || n * 8 > INT_MAX || n * 8 < -INT_MAX - 1) {
    throw new PythonError('OverflowError', 'Python int too large to convert to C int')
  }
  if (n < 0) throw new PythonError('ValueError', 'number of bits must be non-negative')
  const bytes = new Uint8Array(n)
  for (let offset = 0; offset < n; offset += 4) {
    const word = rng.twister.genrandUint32()
    const remaining = n - offset
    // getrandbits keeps the top bits of a partial last word, shifted down.
    const value = remaining < 4 ? word >>> (32 - 8 * remaining) : word
    for (let i = 0; i < Math.min(4, remaining); i++) bytes[offset + i] = value >>> (8 * i)
  }
  return bytes
}
