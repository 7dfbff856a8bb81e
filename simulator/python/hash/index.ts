// CPython 3.11's hash functions (with PYTHONHASHSEED=0) and set hash table, for the simulator.

export { hashBytes, hashByteRange } from './hash-bytes'
export { hashFloat, HASH_INF } from './hash-float'
export { FrozensetHasher, hashFrozenset } from './hash-frozenset'
export { hashIdentity, hashNone } from './hash-identity'
export { HASH_MODULUS, hashBool, hashFromHashResult, hashInt } from './hash-int'
export { canonicalWidth, computeStrHash, hashStr, writeCanonical } from './hash-str'
export { hashTuple } from './hash-tuple'
export { genEquality, runSync, syncEquality, type GenEq, type KeyEquality, type SyncEq } from './key-equality'
export { LINEAR_PROBES, PERTURB_SHIFT, ProbeCursor } from './probe-cursor'
export {
  hashEquals,
  hashFromBigInt,
  hashFromHalves,
  hashHigh,
  hashLow,
  hashToPython,
  WideHash,
  type PyHash,
} from './py-hash'
export * from './set-algebra'
export * from './set-compare'
export { foldFrozensetConstant } from './set-constant'
export { MIN_SIZE, SetTable } from './set-table'
