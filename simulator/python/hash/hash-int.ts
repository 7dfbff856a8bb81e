// Numeric hashes of CPython 3.11 (Python/pyhash.c, Objects/longobject.c): an int hashes to its value reduced modulo
// the Mersenne prime 2**61 - 1, keeping the sign, so that equal numbers of any type hash alike.

import { hashFromBigInt, type PyHash } from './py-hash'

/** `_PyHASH_MODULUS`: 2**61 - 1. */
export const HASH_MODULUS = 2n ** 61n - 1n

function hashBigInt(n: bigint): PyHash {
  const reduced = (n < 0n ? -n : n) % HASH_MODULUS
  if (n >= 0n) return hashFromBigInt(reduced)
  return reduced === 1n ? -2 : hashFromBigInt(-reduced)
}

/**
 * `hash(n)` for a Python `int` held as the simulator holds ints: a number when it is a safe integer, else a bigint
 * (any bigint is accepted). -1 hashes to -2 because -1 signals an error in C.
 */
export function hashInt(n: number | bigint): PyHash {
  if (typeof n === 'bigint') return hashBigInt(n)
  // |n| < 2**53 < 2**61 - 1: the reduction leaves a safe integer unchanged.
  if (Number.isSafeInteger(n)) return n === -1 ? -2 : n === 0 ? 0 : n
  if (!Number.isInteger(n)) throw new RangeError(`hashInt: ${n} is not an integer`)
  return hashBigInt(BigInt(n))
}

/** `hash(True)` is 1 and `hash(False)` is 0: bool is an int. */
export function hashBool(b: boolean): PyHash {
  return b ? 1 : 0
}

/**
 * The hash of an object whose `__hash__` returned the int `value` (`slot_tp_hash`): kept as is when it fits in a
 * `Py_hash_t`, otherwise reduced as `int.__hash__` would; -1 becomes -2 either way.
 */
export function hashFromHashResult(value: number | bigint): PyHash {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value === -1 ? -2 : value === 0 ? 0 : value
  const big = BigInt(value)
  if (big >= -(2n ** 63n) && big < 2n ** 63n) return big === -1n ? -2 : hashFromBigInt(big)
  return hashBigInt(big)
}
