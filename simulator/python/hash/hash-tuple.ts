// `hash(t)` for a Python `tuple`: CPython 3.8+'s `tuplehash` (Objects/tupleobject.c), a variant of xxHash64 over the
// item hashes taken as unsigned 64-bit lanes.

import { hashFromHalves, hashHigh, hashLow, type PyHash } from './py-hash'
import { Uint64 } from './uint64'

// _PyHASH_XXPRIME_1, _PyHASH_XXPRIME_2 and _PyHASH_XXPRIME_5 as hi/lo halves.
const PRIME_1_HI = 0x9e3779b1 | 0
const PRIME_1_LO = 0x85ebca87 | 0
const PRIME_2_HI = 0xc2b2ae3d | 0
const PRIME_2_LO = 0x27d4eb4f | 0
const PRIME_5_HI = 0x27d4eb2f
const PRIME_5_LO = 0x165667c5
// Mixed into the length so that hash(()) keeps its historical value.
const LENGTH_SALT = 3527539
// Returned instead of -1, which is C's error marker.
const MINUS_ONE_REPLACEMENT = 1546275796

const acc = new Uint64()
const lane = new Uint64()

/** The hash of a tuple whose items hash to `itemHashes`, in order. */
export function hashTuple(itemHashes: readonly PyHash[]): PyHash {
  acc.set(PRIME_5_HI, PRIME_5_LO)
  for (let i = 0; i < itemHashes.length; i++) {
    const h = itemHashes[i]
    lane.set(hashHigh(h), hashLow(h)).mul(PRIME_2_HI, PRIME_2_LO)
    acc.add(lane.hi, lane.lo).rotl(31).mul(PRIME_1_HI, PRIME_1_LO)
  }
  acc.add(PRIME_5_HI, (itemHashes.length ^ PRIME_5_LO ^ LENGTH_SALT) | 0)
  return acc.isAllOnes() ? MINUS_ONE_REPLACEMENT : hashFromHalves(acc.hi, acc.lo)
}
