// The value of a CPython `Py_hash_t`: a signed 64-bit integer.
//
// Representation, chosen for speed: a JS `number` whenever the value is a safe integer (|h| < 2**53), otherwise a
// `WideHash` holding the two 32-bit halves. Hashes of ints, bools and integral floats are small and so stay plain
// numbers that need no conversion at all; str/bytes/tuple hashes fill all 64 bits, and for those two int32 halves are
// what the hash table consumes directly (`hash & mask` is the low half, the perturbation walks down from the high
// half), so a set never builds a `bigint` — which would cost several allocations per operation. A `WideHash` is one
// small immutable object, built once per hashed value (and not at all for a cached string hash).
//
// Invariant: a hash that is a safe integer is always a `number`, so two equal hashes have the same representation.

export class WideHash {
  /** `hi` is the signed upper half, `lo` the lower half as an int32 bit pattern. */
  constructor(
    readonly hi: number,
    readonly lo: number,
  ) {}
}

export type PyHash = number | WideHash

const TWO_POW_32 = 4294967296
const SAFE_HIGH_LIMIT = 0x200000 // 2**21: |hi| below it means |value| below 2**53
const MIN_UNSAFE = -9007199254740992 // -2**53, the one value with hi = -2**21 that is not a safe integer

/** The hash whose two's-complement halves are `hi` (signed) and `lo` (any int32 or uint32 bit pattern). */
export function hashFromHalves(hi: number, lo: number): PyHash {
  if (hi >= -SAFE_HIGH_LIMIT && hi < SAFE_HIGH_LIMIT) {
    const value = hi * TWO_POW_32 + (lo >>> 0)
    if (value !== MIN_UNSAFE) return value
  }
  return new WideHash(hi | 0, lo | 0)
}

/** The low 32 bits of `h`, as an int32. */
export function hashLow(h: PyHash): number {
  return typeof h === 'number' ? h | 0 : h.lo
}

/** The high 32 bits of `h`, as an int32. */
export function hashHigh(h: PyHash): number {
  return typeof h === 'number' ? Math.floor(h / TWO_POW_32) | 0 : h.hi
}

export function hashEquals(a: PyHash, b: PyHash): boolean {
  if (typeof a === 'number' || typeof b === 'number') return a === b
  return a.hi === b.hi && a.lo === b.lo
}

/** What Python's `hash()` returns: an int, as the simulator holds ints (a number when safe, else a bigint). */
export function hashToPython(h: PyHash): number | bigint {
  if (typeof h === 'number') return h
  return (BigInt(h.hi) << 32n) + BigInt(h.lo >>> 0)
}

/** `h` for a bigint known to lie in the signed 64-bit range. */
export function hashFromBigInt(value: bigint): PyHash {
  if (value >= -9007199254740991n && value <= 9007199254740991n) return Number(value)
  return new WideHash(Number(BigInt.asIntN(32, value >> 32n)), Number(BigInt.asIntN(32, value)))
}
