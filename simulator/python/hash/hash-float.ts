// `hash(x)` for a Python `float`: CPython 3.11's `_Py_HashDouble`. A finite float is a rational m * 2**e, and its hash
// is that rational's value modulo P = 2**61 - 1 with the sign kept, so integral floats hash like the equal int.
// Because 2**61 = 1 (mod P), multiplying by 2**k mod P is a rotation of the 61-bit residue by k mod 61 — the exponent
// adjustment CPython applies after gathering the mantissa 28 bits at a time.

import { hashIdentity } from './hash-identity'
import { hashFromHalves, type PyHash } from './py-hash'
import { Uint64 } from './uint64'

/** `_PyHASH_INF`: the hash of inf; -inf hashes to its negation. */
export const HASH_INF = 314159

const HASH_BITS = 61
const bits = new DataView(new ArrayBuffer(8))
const residue = new Uint64()
const wrapped = new Uint64()

/**
 * The hash of the float `x`. NaN hashes by identity in 3.11 (`_Py_HashPointer` of the float object), so hashing a NaN
 * needs `nanId`, the `id()` of that float object.
 */
export function hashFloat(x: number, nanId?: number | bigint): PyHash {
  if (Number.isSafeInteger(x)) return x === -1 ? -2 : x === 0 ? 0 : x
  if (x !== x) {
    if (nanId === undefined) throw new TypeError('hashFloat: a NaN hashes by identity; pass the id of the float')
    return hashIdentity(nanId)
  }
  if (x === Infinity) return HASH_INF
  if (x === -Infinity) return -HASH_INF
  bits.setFloat64(0, x)
  const high = bits.getUint32(0)
  const biasedExponent = (high >>> 20) & 0x7ff
  // |x| = mantissa * 2**exponent with an integral 53-bit mantissa (subnormals have no implicit leading 1).
  let mantissaHi = high & 0xfffff
  let exponent = -1074
  if (biasedExponent !== 0) {
    mantissaHi |= 0x100000
    exponent = biasedExponent - 1075
  }
  const shift = ((exponent % HASH_BITS) + HASH_BITS) % HASH_BITS
  const mantissaLo = bits.getUint32(4)
  residue.set(mantissaHi, mantissaLo).shl(shift)
  wrapped.set(mantissaHi, mantissaLo).shr(HASH_BITS - shift)
  residue.set((residue.hi & 0x1fffffff) | wrapped.hi, residue.lo | wrapped.lo)
  if (high >>> 31) {
    residue.negate()
    if (residue.isAllOnes()) return -2
  }
  return hashFromHalves(residue.hi, residue.lo)
}
