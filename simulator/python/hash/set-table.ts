// The hash table behind CPython 3.11's `set` and `frozenset` (Objects/setobject.c), emulated slot for slot so that
// iteration order — and so `print(s)`, `list(s)` and `s.pop()` — matches CPython: the same probe sequence, dummy
// entries left by deletions, the fill/used growth rule, re-insertion order on resize, `set_pop`'s finger and
// `set_merge`'s shortcuts.
//
// Keys are opaque to the table: callers pass each key's hash and an equality. Every operation that may compare keys
// comes in two variants sharing one lookup: a synchronous one taking a `SyncEq`, and a generator (`…Gen`) taking a
// `GenEq` whose comparisons may suspend. A comparison can run arbitrary code that mutates the table; as in CPython,
// a lookup then restarts if the table was replaced or the compared slot changed (see `settle`).

import { FrozensetHasher } from './hash-frozenset'
import { genEquality, runSync, syncEquality, type GenEq, type KeyEquality, type SyncEq } from './key-equality'
import { ProbeCursor } from './probe-cursor'
import { hashHigh, hashLow, type PyHash } from './py-hash'

/** `PySet_MINSIZE`: the size of a new table, held inline in the set object. */
export const MIN_SIZE = 8
// Past this many entries a growing table doubles instead of quadrupling.
const QUADRUPLING_LIMIT = 50000

const EMPTY: unique symbol = Symbol('empty slot')
const DUMMY: unique symbol = Symbol('deleted slot')
type Slot<K> = K | typeof EMPTY | typeof DUMMY

// Outcomes of a lookup step.
const VACANT = 0
const FOUND = 1
const COMPARE = 2
type Outcome = typeof VACANT | typeof FOUND | typeof COMPARE

// CPython notices that a comparison replaced the table by comparing table pointers, and the inline small table keeps
// its address across rebuilds; `tableId` models that: SMALL_TABLE for the inline table, a fresh number per heap table.
const SMALL_TABLE = 0

/** The state of one lookup: where it is in the probe sequence, and what it must re-check after a comparison. */
class Lookup extends ProbeCursor {
  freeSlot = -1
  startKey: unknown = undefined
  tableId = SMALL_TABLE
}

// Lookups are recycled so that synchronous operations allocate nothing; one that is never returned (an abandoned
// generator, an exception from an equality) is simply collected.
const spareLookups: Lookup[] = []
const SPARE_LOOKUPS_LIMIT = 16

function takeLookup(): Lookup {
  return spareLookups.pop() ?? new Lookup()
}

function returnLookup(lookup: Lookup): void {
  lookup.startKey = undefined
  if (spareLookups.length < SPARE_LOOKUPS_LIMIT) spareLookups.push(lookup)
}

const frozensetHasher = new FrozensetHasher()

export class SetTable<K> {
  private keys: Slot<K>[] = new Array<Slot<K>>(MIN_SIZE).fill(EMPTY)
  private hashHi = new Int32Array(MIN_SIZE)
  private hashLo = new Int32Array(MIN_SIZE)
  private mask = MIN_SIZE - 1
  /** Active plus dummy slots. */
  private fill = 0
  /** Active slots: the set's length. */
  private used = 0
  /** Where `pop` starts looking; it survives `clear` and resizes, as in CPython. */
  private finger = 0
  private tableId = SMALL_TABLE
  private heapTables = 0

  get size(): number {
    return this.used
  }

  // --- iteration (set_next) ---

  /** The first slot at or after `from` that holds a key, or -1. Slots are what Python's iteration walks. */
  nextSlot(from: number): number {
    const keys = this.keys
    for (let slot = from; slot <= this.mask; slot++) {
      const key = keys[slot]
      if (key !== EMPTY && key !== DUMMY) return slot
    }
    return -1
  }

  keyAt(slot: number): K {
    return this.keys[slot] as K
  }

  hashHiAt(slot: number): number {
    return this.hashHi[slot]
  }

  hashLoAt(slot: number): number {
    return this.hashLo[slot]
  }

  /** The keys in iteration order: `list(s)`. */
  toArray(): K[] {
    const out: K[] = []
    for (let slot = this.nextSlot(0); slot !== -1; slot = this.nextSlot(slot + 1)) out.push(this.keys[slot] as K)
    return out
  }

  // --- single keys (set_add_entry, set_contains_entry, set_discard_entry) ---

  add(key: K, hash: PyHash, eq: SyncEq<K>): void {
    this.addEntry(key, hashHigh(hash), hashLow(hash), eq)
  }

  addGen(key: K, hash: PyHash, eq: GenEq<K>): Generator<unknown, void, unknown> {
    return this.addEntryGen(key, hashHigh(hash), hashLow(hash), eq)
  }

  contains(key: K, hash: PyHash, eq: SyncEq<K>): boolean {
    return this.containsEntry(key, hashHigh(hash), hashLow(hash), eq)
  }

  containsGen(key: K, hash: PyHash, eq: GenEq<K>): Generator<unknown, boolean, unknown> {
    return this.containsEntryGen(key, hashHigh(hash), hashLow(hash), eq)
  }

  /** Removes `key` if present, leaving a dummy; reports whether it was (`remove` raises KeyError when not). */
  discard(key: K, hash: PyHash, eq: SyncEq<K>): boolean {
    return this.discardEntry(key, hashHigh(hash), hashLow(hash), eq)
  }

  discardGen(key: K, hash: PyHash, eq: GenEq<K>): Generator<unknown, boolean, unknown> {
    return this.discardEntryGen(key, hashHigh(hash), hashLow(hash), eq)
  }

  // The same with the hash as hi/lo halves, as stored in a table: what operations between sets pass along.

  addEntry(key: K, hi: number, lo: number, eq: SyncEq<K>): void {
    const lookup = this.lookupFor(hi, lo)
    if (this.locate(lookup, key, eq, true) === VACANT) this.insertVacant(lookup, key)
    returnLookup(lookup)
  }

  *addEntryGen(key: K, hi: number, lo: number, eq: GenEq<K>): Generator<unknown, void, unknown> {
    const lookup = this.lookupFor(hi, lo)
    if ((yield* this.locateGen(lookup, key, eq, true)) === VACANT) this.insertVacant(lookup, key)
    returnLookup(lookup)
  }

  containsEntry(key: K, hi: number, lo: number, eq: SyncEq<K>): boolean {
    const lookup = this.lookupFor(hi, lo)
    const found = this.locate(lookup, key, eq, false) === FOUND
    returnLookup(lookup)
    return found
  }

  *containsEntryGen(key: K, hi: number, lo: number, eq: GenEq<K>): Generator<unknown, boolean, unknown> {
    const lookup = this.lookupFor(hi, lo)
    const found = (yield* this.locateGen(lookup, key, eq, false)) === FOUND
    returnLookup(lookup)
    return found
  }

  discardEntry(key: K, hi: number, lo: number, eq: SyncEq<K>): boolean {
    const lookup = this.lookupFor(hi, lo)
    const found = this.locate(lookup, key, eq, false) === FOUND
    if (found) this.markDeleted(lookup.slot)
    returnLookup(lookup)
    return found
  }

  *discardEntryGen(key: K, hi: number, lo: number, eq: GenEq<K>): Generator<unknown, boolean, unknown> {
    const lookup = this.lookupFor(hi, lo)
    const found = (yield* this.locateGen(lookup, key, eq, false)) === FOUND
    if (found) this.markDeleted(lookup.slot)
    returnLookup(lookup)
    return found
  }

  // --- whole-table operations ---

  /** Removes and returns the key `set.pop()` returns: the first one from the finger on, wrapping around. */
  pop(): K {
    if (this.used === 0) throw new RangeError('pop from an empty set')
    const keys = this.keys
    let slot = this.finger & this.mask
    while (keys[slot] === EMPTY || keys[slot] === DUMMY) slot = slot < this.mask ? slot + 1 : 0
    const key = keys[slot] as K
    this.markDeleted(slot)
    this.finger = slot + 1
    return key
  }

  /** `set.clear()`: back to an empty inline table. */
  clear(): void {
    this.allocate(MIN_SIZE)
    this.fill = 0
    this.used = 0
  }

  /** A new table holding this one's keys, as `set(s)`, `frozenset(s)` or `s.copy()` build it. */
  copy(): SetTable<K> {
    const result = new SetTable<K>()
    if (this.used !== 0) {
      result.reserve(this.used)
      result.absorb(this)
    }
    return result
  }

  /** `set_merge`: adds every key of `other`, as `s.update(t)`, `s |= t` and `set(t)` do when `t` is a set. */
  merge(other: SetTable<K>, eq: SyncEq<K>): void {
    runSync(this.mergeSteps(other, syncEquality(eq)))
  }

  mergeGen(other: SetTable<K>, eq: GenEq<K>): Generator<unknown, void, unknown> {
    return this.mergeSteps(other, genEquality(eq))
  }

  *mergeSteps(other: SetTable<K>, eq: KeyEquality<K>): Generator<unknown, void, unknown> {
    if (other === this || other.used === 0) return
    this.reserve(other.used)
    if (this.fill === 0) {
      this.absorb(other)
      return
    }
    // Slots are re-read on every step: a comparison may have changed `other`, and CPython reads it afresh too.
    for (let slot = 0; slot <= other.mask; slot++) {
      const key = other.keys[slot]
      if (key === EMPTY || key === DUMMY) continue
      const hi = other.hashHi[slot]
      const lo = other.hashLo[slot]
      if (eq.suspends) yield* this.addEntryGen(key, hi, lo, eq.equals)
      else this.addEntry(key, hi, lo, eq.equals)
    }
  }

  /**
   * Resizes once ahead of adding up to `incoming` keys when they would overfill the table: what `set_merge` does
   * before adding a set, and `set_update_internal` before adding a dict's keys (call it, then add them in order).
   */
  reserve(incoming: number): void {
    if ((this.fill + incoming) * 5 >= this.mask * 3) this.resize((this.used + incoming) * 2)
  }

  /** The last step of `difference_update` (and `-=`): a table that is more than a quarter dummies is rebuilt. */
  purgeDummiesAfterDifference(): void {
    if (this.fill - this.used <= this.mask >>> 2) return
    this.resize(this.growthTarget())
  }

  /** `set_swap_bodies`: exchanges contents with `other`, as `intersection_update` installs its result. */
  swapBodies(other: SetTable<K>): void {
    const keys = this.keys
    const hashHi = this.hashHi
    const hashLo = this.hashLo
    const mask = this.mask
    const fill = this.fill
    const used = this.used
    const tableId = this.tableId
    this.keys = other.keys
    this.hashHi = other.hashHi
    this.hashLo = other.hashLo
    this.mask = other.mask
    this.fill = other.fill
    this.used = other.used
    this.tableId = other.tableId === SMALL_TABLE ? SMALL_TABLE : ++this.heapTables
    other.keys = keys
    other.hashHi = hashHi
    other.hashLo = hashLo
    other.mask = mask
    other.fill = fill
    other.used = used
    other.tableId = tableId === SMALL_TABLE ? SMALL_TABLE : ++other.heapTables
  }

  /** `hash(frozenset(...))` of these keys. */
  frozensetHash(): PyHash {
    frozensetHasher.reset()
    for (let slot = this.nextSlot(0); slot !== -1; slot = this.nextSlot(slot + 1)) {
      frozensetHasher.addItem(this.hashHi[slot], this.hashLo[slot])
    }
    return frozensetHasher.finish(this.used)
  }

  // --- internals ---

  private lookupFor(hi: number, lo: number): Lookup {
    const lookup = takeLookup()
    lookup.start(hi, lo, this.mask)
    lookup.freeSlot = -1
    return lookup
  }

  private locate(lookup: Lookup, key: K, eq: SyncEq<K>, forInsert: boolean): Outcome {
    let outcome = this.seek(lookup, key, forInsert)
    while (outcome === COMPARE) outcome = this.settle(lookup, key, eq(lookup.startKey as K, key), forInsert)
    return outcome
  }

  private *locateGen(lookup: Lookup, key: K, eq: GenEq<K>, forInsert: boolean): Generator<unknown, Outcome, unknown> {
    let outcome = this.seek(lookup, key, forInsert)
    while (outcome === COMPARE) {
      const stored = lookup.startKey as K
      outcome = this.settle(lookup, key, yield* eq(stored, key), forInsert)
    }
    return outcome
  }

  /**
   * Walks the probe sequence until an empty slot (VACANT), the key itself (FOUND) or a key with an equal hash that
   * needs comparing (COMPARE, with `lookup.startKey` set). An insertion remembers the last dummy it passed, as
   * `set_add_entry` does, and reuses it for a new key.
   */
  private seek(lookup: Lookup, key: K, forInsert: boolean): Outcome {
    const keys = this.keys
    const hashHi = this.hashHi
    const hashLo = this.hashLo
    const hi = lookup.hashHi
    const lo = lookup.hashLo
    for (;;) {
      const slot = lookup.slot
      const stored = keys[slot]
      if (stored === EMPTY) return VACANT
      // A dummy's hash is -1, which no key has, so only live keys get here.
      if (hashLo[slot] === lo && hashHi[slot] === hi) {
        if (stored === key) return FOUND
        lookup.startKey = stored
        lookup.tableId = this.tableId
        return COMPARE
      }
      if (forInsert && stored === DUMMY) lookup.freeSlot = slot
      lookup.advance()
    }
  }

  /**
   * Continues a lookup after a comparison. An insertion takes a match at once; otherwise, if the comparison replaced
   * the table or changed the compared slot, the lookup starts over — the order of these checks is CPython's.
   */
  private settle(lookup: Lookup, key: K, equal: boolean, forInsert: boolean): Outcome {
    if (equal && forInsert) return FOUND
    if (this.tableId !== lookup.tableId || this.keys[lookup.slot] !== lookup.startKey) {
      lookup.start(lookup.hashHi, lookup.hashLo, this.mask)
      lookup.freeSlot = -1
      return this.seek(lookup, key, forInsert)
    }
    if (equal) return FOUND
    lookup.advance()
    return this.seek(lookup, key, forInsert)
  }

  private insertVacant(lookup: Lookup, key: K): void {
    this.used++
    if (lookup.freeSlot >= 0) {
      this.store(lookup.freeSlot, key, lookup.hashHi, lookup.hashLo)
      return
    }
    this.fill++
    this.store(lookup.slot, key, lookup.hashHi, lookup.hashLo)
    if (this.fill * 5 >= this.mask * 3) this.resize(this.growthTarget())
  }

  private growthTarget(): number {
    return this.used > QUADRUPLING_LIMIT ? this.used * 2 : this.used * 4
  }

  private store(slot: number, key: K, hi: number, lo: number): void {
    this.keys[slot] = key
    this.hashHi[slot] = hi
    this.hashLo[slot] = lo
  }

  private markDeleted(slot: number): void {
    this.keys[slot] = DUMMY
    this.hashHi[slot] = -1
    this.hashLo[slot] = -1
    this.used--
  }

  private allocate(size: number): void {
    this.keys = new Array<Slot<K>>(size).fill(EMPTY)
    this.hashHi = new Int32Array(size)
    this.hashLo = new Int32Array(size)
    this.mask = size - 1
    this.tableId = size === MIN_SIZE ? SMALL_TABLE : ++this.heapTables
  }

  /** `set_table_resize`: a table of the smallest power of two above `minUsed`, keys re-inserted in slot order. */
  private resize(minUsed: number): void {
    let size = MIN_SIZE
    while (size <= minUsed) size *= 2
    if (size === MIN_SIZE && this.tableId === SMALL_TABLE && this.fill === this.used) return
    const keys = this.keys
    const hashHi = this.hashHi
    const hashLo = this.hashLo
    this.allocate(size)
    this.fill = this.used
    const cursor = takeLookup()
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot]
      if (key !== EMPTY && key !== DUMMY) this.insertClean(cursor, key, hashHi[slot], hashLo[slot])
    }
    returnLookup(cursor)
  }

  /** `set_merge` into a table with no entries: copy `other`'s slots outright when that is possible, else re-insert. */
  private absorb(other: SetTable<K>): void {
    if (this.mask === other.mask && other.fill === other.used) {
      for (let slot = 0; slot <= other.mask; slot++) this.keys[slot] = other.keys[slot]
      this.hashHi.set(other.hashHi)
      this.hashLo.set(other.hashLo)
      this.fill = other.fill
      this.used = other.used
      return
    }
    this.fill = other.used
    this.used = other.used
    const cursor = takeLookup()
    for (let slot = 0; slot <= other.mask; slot++) {
      const key = other.keys[slot]
      if (key !== EMPTY && key !== DUMMY) this.insertClean(cursor, key, other.hashHi[slot], other.hashLo[slot])
    }
    returnLookup(cursor)
  }

  /** `set_insert_clean`: places a key known to be absent in the first empty slot of its probe sequence. */
  private insertClean(cursor: ProbeCursor, key: K, hi: number, lo: number): void {
    cursor.start(hi, lo, this.mask)
    while (this.keys[cursor.slot] !== EMPTY) cursor.advance()
    this.store(cursor.slot, key, hi, lo)
  }
}
