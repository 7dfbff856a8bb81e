// The default hash of an object (`object.__hash__`, CPython 3.11's `_Py_HashPointer`): its address, which is its
// `id()`, rotated right by 4 bits over 64 bits, since the low bits of an aligned address carry no information.

import { hashFromHalves, type PyHash } from './py-hash'

const TWO_POW_32 = 4294967296

/** The identity hash of the object whose `id()` is `id` (a non-negative int, number or bigint). */
export function hashIdentity(id: number | bigint): PyHash {
  let hi: number
  let lo: number
  if (typeof id === 'number') {
    hi = Math.floor(id / TWO_POW_32) | 0
    lo = id | 0
  } else {
    const bits = BigInt.asUintN(64, id)
    hi = Number(bits >> 32n) | 0
    lo = Number(bits & 0xffffffffn) | 0
  }
  const rotatedHi = (hi >>> 4) | (lo << 28)
  const rotatedLo = (lo >>> 4) | (hi << 28)
  return (rotatedHi & rotatedLo) === -1 ? -2 : hashFromHalves(rotatedHi, rotatedLo)
}

/** `hash(None)`: in 3.11 None has no hash of its own (a constant arrived in 3.12), so it is its identity hash. */
export function hashNone(noneId: number | bigint): PyHash {
  return hashIdentity(noneId)
}
