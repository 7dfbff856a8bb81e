// Comparisons between two sets as CPython 3.11 makes them (Objects/setobject.c), including which set is iterated and
// so which keys get compared, and in what order. `<` and `>` are a size check followed by `isSubset`/`isSuperset`.

import { genEquality, runSync, syncEquality, type GenEq, type KeyEquality, type SyncEq } from './key-equality'
import type { SetTable } from './set-table'

type Steps<T> = Generator<unknown, T, unknown>

/** `set_issubset` (`a <= b`): no larger, and every key of `a`, in `a`'s order, is in `b`. */
export function* isSubsetSteps<K>(a: SetTable<K>, b: SetTable<K>, eq: KeyEquality<K>): Steps<boolean> {
  if (a.size > b.size) return false
  for (let slot = a.nextSlot(0); slot !== -1; slot = a.nextSlot(slot + 1)) {
    const key = a.keyAt(slot)
    const hi = a.hashHiAt(slot)
    const lo = a.hashLoAt(slot)
    const found = eq.suspends
      ? yield* b.containsEntryGen(key, hi, lo, eq.equals)
      : b.containsEntry(key, hi, lo, eq.equals)
    if (!found) return false
  }
  return true
}

/** `set_isdisjoint`: looks the smaller set's keys (`b`'s on a tie) up in the other. */
export function* isDisjointSteps<K>(a: SetTable<K>, b: SetTable<K>, eq: KeyEquality<K>): Steps<boolean> {
  if (a === b) return a.size === 0
  const larger = b.size > a.size ? b : a
  const smaller = b.size > a.size ? a : b
  for (let slot = smaller.nextSlot(0); slot !== -1; slot = smaller.nextSlot(slot + 1)) {
    const key = smaller.keyAt(slot)
    const hi = smaller.hashHiAt(slot)
    const lo = smaller.hashLoAt(slot)
    const found = eq.suspends
      ? yield* larger.containsEntryGen(key, hi, lo, eq.equals)
      : larger.containsEntry(key, hi, lo, eq.equals)
    if (found) return false
  }
  return true
}

/**
 * `a == b` between sets: equal sizes and `isSubset`. CPython first answers False when both are frozensets whose
 * hashes are already cached and differ; the VM, which owns that cache, checks it before calling this.
 */
export function* setEqualsSteps<K>(a: SetTable<K>, b: SetTable<K>, eq: KeyEquality<K>): Steps<boolean> {
  if (a.size !== b.size) return false
  return yield* isSubsetSteps(a, b, eq)
}

export function isSubset<K>(a: SetTable<K>, b: SetTable<K>, eq: SyncEq<K>): boolean {
  return runSync(isSubsetSteps(a, b, syncEquality(eq)))
}

export function isSubsetGen<K>(a: SetTable<K>, b: SetTable<K>, eq: GenEq<K>): Steps<boolean> {
  return isSubsetSteps(a, b, genEquality(eq))
}

/** `set_issuperset` (`a >= b`) is `b <= a`. */
export function isSuperset<K>(a: SetTable<K>, b: SetTable<K>, eq: SyncEq<K>): boolean {
  return runSync(isSubsetSteps(b, a, syncEquality(eq)))
}

export function isSupersetGen<K>(a: SetTable<K>, b: SetTable<K>, eq: GenEq<K>): Steps<boolean> {
  return isSubsetSteps(b, a, genEquality(eq))
}

export function isDisjoint<K>(a: SetTable<K>, b: SetTable<K>, eq: SyncEq<K>): boolean {
  return runSync(isDisjointSteps(a, b, syncEquality(eq)))
}

export function isDisjointGen<K>(a: SetTable<K>, b: SetTable<K>, eq: GenEq<K>): Steps<boolean> {
  return isDisjointSteps(a, b, genEquality(eq))
}

export function setEquals<K>(a: SetTable<K>, b: SetTable<K>, eq: SyncEq<K>): boolean {
  return runSync(setEqualsSteps(a, b, syncEquality(eq)))
}

export function setEqualsGen<K>(a: SetTable<K>, b: SetTable<K>, eq: GenEq<K>): Steps<boolean> {
  return setEqualsSteps(a, b, genEquality(eq))
}
