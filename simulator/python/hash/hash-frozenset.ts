// `hash(f)` for a Python `frozenset`: CPython 3.11's `frozenset_hash` (Objects/setobject.c). Each item hash is
// scrambled by `_shuffle_bits` and the results are xor-ed, so the hash ignores order; CPython's loop also runs over
// empty and deleted slots and then cancels their contribution, which leaves exactly this xor over the items.

import { hashFromHalves, hashHigh, hashLow, type PyHash } from './py-hash'
import { Uint64 } from './uint64'

const SHUFFLE_XOR = 89869747
const SHUFFLE_MULTIPLIER = 3644798167 | 0
const SIZE_MULTIPLIER = 1927868237
const FINAL_MULTIPLIER = 69069
const FINAL_INCREMENT = 907133923
// Returned instead of -1, which is C's error marker.
const MINUS_ONE_REPLACEMENT = 590923713

/** Accumulates a frozenset hash item by item, for callers that hold item hashes in other shapes. */
export class FrozensetHasher {
  private readonly acc = new Uint64()
  private readonly shuffled = new Uint64()

  reset(): this {
    this.acc.set(0, 0)
    return this
  }

  /** Mixes in one item's hash, given as its hi/lo halves. */
  addItem(hi: number, lo: number): this {
    // _shuffle_bits(h) = ((h ^ 89869747) ^ (h << 16)) * 3644798167
    const shuffled = this.shuffled.set(hi ^ ((hi << 16) | (lo >>> 16)), lo ^ SHUFFLE_XOR ^ (lo << 16))
    shuffled.mul(0, SHUFFLE_MULTIPLIER)
    this.acc.xor(shuffled.hi, shuffled.lo)
    return this
  }

  /** The hash of a frozenset of `size` items, all of them added. */
  finish(size: number): PyHash {
    const acc = this.acc
    const scaled = this.shuffled.set(0, size + 1).mul(0, SIZE_MULTIPLIER)
    acc.xor(scaled.hi, scaled.lo)
    // hash ^= (hash >> 11) ^ (hash >> 25), with logical shifts
    const hi = acc.hi
    const lo = acc.lo
    acc.xor((hi >>> 11) ^ (hi >>> 25), ((lo >>> 11) | (hi << 21)) ^ ((lo >>> 25) | (hi << 7)))
    acc.mul(0, FINAL_MULTIPLIER).add(0, FINAL_INCREMENT)
    return acc.isAllOnes() ? MINUS_ONE_REPLACEMENT : hashFromHalves(acc.hi, acc.lo)
  }
}

const hasher = new FrozensetHasher()

/** The hash of a frozenset whose (distinct) items hash to `itemHashes`, in any order. */
export function hashFrozenset(itemHashes: readonly PyHash[]): PyHash {
  hasher.reset()
  for (let i = 0; i < itemHashes.length; i++) hasher.addItem(hashHigh(itemHashes[i]), hashLow(itemHashes[i]))
  return hasher.finish(itemHashes.length)
}
