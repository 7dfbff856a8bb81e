// Set algebra between two sets, as CPython 3.11's Objects/setobject.c computes it — which operand is iterated, which
// one's keys end up in the result, and in what order they are added all decide the result's iteration order.
//
// Each operation is written once as a generator over a `KeyEquality` and exported twice: synchronously (a `SyncEq`;
// the generator never suspends and runs to completion at once) and as a `…Gen` variant taking a `GenEq`.
// Operands that are not sets (lists, dicts, iterators) take other paths in CPython; the VM builds those from the
// table's single-key operations, `reserve` and `purgeDummiesAfterDifference`.

import { genEquality, runSync, syncEquality, type GenEq, type KeyEquality, type SyncEq } from './key-equality'
import { SetTable } from './set-table'

type Steps<T> = Generator<unknown, T, unknown>

/** `set_union` / `set_or`: a copy of `a`, then `b` merged in. */
export function* unionSteps<K>(a: SetTable<K>, b: SetTable<K>, eq: KeyEquality<K>): Steps<SetTable<K>> {
  const result = a.copy()
  if (b !== a) yield* result.mergeSteps(b, eq)
  return result
}

/** `set_intersection`: iterates the smaller set (`b` on a tie) and keeps its keys that the other contains. */
export function* intersectionSteps<K>(a: SetTable<K>, b: SetTable<K>, eq: KeyEquality<K>): Steps<SetTable<K>> {
  if (a === b) return a.copy()
  const result = new SetTable<K>()
  const larger = b.size > a.size ? b : a
  const smaller = b.size > a.size ? a : b
  for (let slot = smaller.nextSlot(0); slot !== -1; slot = smaller.nextSlot(slot + 1)) {
    const key = smaller.keyAt(slot)
    const hi = smaller.hashHiAt(slot)
    const lo = smaller.hashLoAt(slot)
    if (eq.suspends) {
      if (yield* larger.containsEntryGen(key, hi, lo, eq.equals)) yield* result.addEntryGen(key, hi, lo, eq.equals)
    } else if (larger.containsEntry(key, hi, lo, eq.equals)) result.addEntry(key, hi, lo, eq.equals)
  }
  return result
}

/** `set_intersection_update` (`&=`): the intersection, swapped into `a`'s body. */
export function* intersectionUpdateSteps<K>(a: SetTable<K>, b: SetTable<K>, eq: KeyEquality<K>): Steps<void> {
  a.swapBodies(yield* intersectionSteps(a, b, eq))
}

/**
 * `set_difference_update_internal` (`-=`): discards `b`'s keys from `a` (first narrowing `b` to the intersection
 * when it is more than 8 times larger), then purges dummies if they fill over a quarter of the table.
 */
export function* differenceUpdateSteps<K>(a: SetTable<K>, b: SetTable<K>, eq: KeyEquality<K>): Steps<void> {
  if (a === b) {
    a.clear()
    return
  }
  const source = b.size >>> 3 > a.size ? yield* intersectionSteps(a, b, eq) : b
  for (let slot = source.nextSlot(0); slot !== -1; slot = source.nextSlot(slot + 1)) {
    const key = source.keyAt(slot)
    const hi = source.hashHiAt(slot)
    const lo = source.hashLoAt(slot)
    if (eq.suspends) yield* a.discardEntryGen(key, hi, lo, eq.equals)
    else a.discardEntry(key, hi, lo, eq.equals)
  }
  a.purgeDummiesAfterDifference()
}

/**
 * `set_difference` (`-`): when `a` is over 4 times larger than `b`, a copy of `a` with `b` removed; otherwise a new
 * set of `a`'s keys, in `a`'s order, that `b` lacks.
 */
export function* differenceSteps<K>(a: SetTable<K>, b: SetTable<K>, eq: KeyEquality<K>): Steps<SetTable<K>> {
  if (a.size >>> 2 > b.size) {
    const result = a.copy()
    yield* differenceUpdateSteps(result, b, eq)
    return result
  }
  const result = new SetTable<K>()
  for (let slot = a.nextSlot(0); slot !== -1; slot = a.nextSlot(slot + 1)) {
    const key = a.keyAt(slot)
    const hi = a.hashHiAt(slot)
    const lo = a.hashLoAt(slot)
    if (eq.suspends) {
      if (!(yield* b.containsEntryGen(key, hi, lo, eq.equals))) yield* result.addEntryGen(key, hi, lo, eq.equals)
    } else if (!b.containsEntry(key, hi, lo, eq.equals)) result.addEntry(key, hi, lo, eq.equals)
  }
  return result
}

/** `set_symmetric_difference_update` (`^=`): each key of `b`, in `b`'s order, is discarded from `a` or else added. */
export function* symmetricDifferenceUpdateSteps<K>(a: SetTable<K>, b: SetTable<K>, eq: KeyEquality<K>): Steps<void> {
  if (a === b) {
    a.clear()
    return
  }
  for (let slot = b.nextSlot(0); slot !== -1; slot = b.nextSlot(slot + 1)) {
    const key = b.keyAt(slot)
    const hi = b.hashHiAt(slot)
    const lo = b.hashLoAt(slot)
    const removed = eq.suspends
      ? yield* a.discardEntryGen(key, hi, lo, eq.equals)
      : a.discardEntry(key, hi, lo, eq.equals)
    if (removed) continue
    if (eq.suspends) yield* a.addEntryGen(key, hi, lo, eq.equals)
    else a.addEntry(key, hi, lo, eq.equals)
  }
}

/** `set_symmetric_difference` (`^`): a copy of `b` (not `a`), updated with `a`. */
export function* symmetricDifferenceSteps<K>(a: SetTable<K>, b: SetTable<K>, eq: KeyEquality<K>): Steps<SetTable<K>> {
  const result = b.copy()
  yield* symmetricDifferenceUpdateSteps(result, a, eq)
  return result
}

export function union<K>(a: SetTable<K>, b: SetTable<K>, eq: SyncEq<K>): SetTable<K> {
  return runSync(unionSteps(a, b, syncEquality(eq)))
}

export function unionGen<K>(a: SetTable<K>, b: SetTable<K>, eq: GenEq<K>): Steps<SetTable<K>> {
  return unionSteps(a, b, genEquality(eq))
}

export function intersection<K>(a: SetTable<K>, b: SetTable<K>, eq: SyncEq<K>): SetTable<K> {
  return runSync(intersectionSteps(a, b, syncEquality(eq)))
}

export function intersectionGen<K>(a: SetTable<K>, b: SetTable<K>, eq: GenEq<K>): Steps<SetTable<K>> {
  return intersectionSteps(a, b, genEquality(eq))
}

export function intersectionUpdate<K>(a: SetTable<K>, b: SetTable<K>, eq: SyncEq<K>): void {
  runSync(intersectionUpdateSteps(a, b, syncEquality(eq)))
}

export function intersectionUpdateGen<K>(a: SetTable<K>, b: SetTable<K>, eq: GenEq<K>): Steps<void> {
  return intersectionUpdateSteps(a, b, genEquality(eq))
}

export function difference<K>(a: SetTable<K>, b: SetTable<K>, eq: SyncEq<K>): SetTable<K> {
  return runSync(differenceSteps(a, b, syncEquality(eq)))
}

export function differenceGen<K>(a: SetTable<K>, b: SetTable<K>, eq: GenEq<K>): Steps<SetTable<K>> {
  return differenceSteps(a, b, genEquality(eq))
}

export function differenceUpdate<K>(a: SetTable<K>, b: SetTable<K>, eq: SyncEq<K>): void {
  runSync(differenceUpdateSteps(a, b, syncEquality(eq)))
}

export function differenceUpdateGen<K>(a: SetTable<K>, b: SetTable<K>, eq: GenEq<K>): Steps<void> {
  return differenceUpdateSteps(a, b, genEquality(eq))
}

export function symmetricDifference<K>(a: SetTable<K>, b: SetTable<K>, eq: SyncEq<K>): SetTable<K> {
  return runSync(symmetricDifferenceSteps(a, b, syncEquality(eq)))
}

export function symmetricDifferenceGen<K>(a: SetTable<K>, b: SetTable<K>, eq: GenEq<K>): Steps<SetTable<K>> {
  return symmetricDifferenceSteps(a, b, genEquality(eq))
}

export function symmetricDifferenceUpdate<K>(a: SetTable<K>, b: SetTable<K>, eq: SyncEq<K>): void {
  runSync(symmetricDifferenceUpdateSteps(a, b, syncEquality(eq)))
}

export function symmetricDifferenceUpdateGen<K>(a: SetTable<K>, b: SetTable<K>, eq: GenEq<K>): Steps<void> {
  return symmetricDifferenceUpdateSteps(a, b, genEquality(eq))
}
