// Set membership and updates by Python value, as CPython 3.11's Objects/setobject.c does them: plain keys (str, int,
// float, tuples of those, identity-hashed objects) hash and compare natively; anything else goes through Python,
// suspendably. Updating from another set merges tables (`set_merge`) and from an exact dict reuses its key order and
// hashes, because both decide the resulting iteration order.
import { hashFromBigInt, type GenEq, type PyHash, type SyncEq } from '../../hash'
import { isException } from '../errors'
import type { NativeGen } from '../native'
import { type PyObject, type PyType, type PyValue } from '../object'
import { PyBool } from '../types/bool'
import { DictType, HashSlot, PyDict } from '../types/dict'
import { TypeErrorType } from '../types/exceptions'
import { PyFloat } from '../types/float'
import { NativeIterator } from '../types/iterators'
import { FrozenSetType, PySet, SetType } from '../types/set'
import { PyTuple } from '../types/tuple'
import { equal, equalFast } from './compare'
import { hash, hashesByIdentity, hashFast } from './hash'
import { iter, next } from './iter'

/** Keys whose hash and equality never involve Python code. */
export function isSimpleKey(k: PyValue): boolean {
  if (typeof k !== 'object') return true
  if (k instanceof PyBool || (k instanceof PyFloat && k.cls.builtin)) return true
  if (k instanceof PyTuple && k.cls.builtin) return k.items.every(isSimpleKey)
  if (k instanceof PySet && k.cls === FrozenSetType) return k.simpleKeys
  return hashesByIdentity(k)
}

export const syncKeyEq: SyncEq<PyValue> = (a, b) => equalFast(a, b) === true
export const genKeyEq: GenEq<PyValue> = (a, b) => equal(a, b)

/** `key in set` when no Python code is needed; undefined otherwise. */
export function setContainsFast(set: PySet, key: PyValue): boolean | undefined {
  if (!set.simpleKeys || !isSimpleKey(key)) return undefined
  return set.table.contains(key, hashFast(key)!, syncKeyEq)
}

/** `set_contains_key`, without the retry for set keys. */
function* containsKey(set: PySet, key: PyValue): NativeGen<boolean> {
  return setContainsFast(set, key) ?? (yield* containsHashed(set, key, yield* keyHash(key)))
}

function* discardKey(set: PySet, key: PyValue): NativeGen<boolean> {
  return yield* discardHashed(set, key, yield* keyHash(key))
}

/** A (mutable) set used as a key is unhashable, so lookups retry with an equal frozenset, as CPython's do. */
function* retryingWithFrozenset(set: PySet, key: PyValue, lookup: typeof containsKey): NativeGen<boolean> {
  try {
    return yield* lookup(set, key)
  } catch (error) {
    if (!(key instanceof PySet) || key.frozen || !isException(error) || !error.cls.isSubtypeOf(TypeErrorType)) {
      throw error
    }
  }
  return yield* lookup(set, copyOf(key as PySet, FrozenSetType))
}

/** `key in set` (`set_contains`). */
export function setContains(set: PySet, key: PyValue): NativeGen<boolean> {
  return retryingWithFrozenset(set, key, containsKey)
}

/** Removes `key`, reporting whether it was there (`set_discard`). */
export function setDiscard(set: PySet, key: PyValue): NativeGen<boolean> {
  return retryingWithFrozenset(set, key, discardKey)
}

export function* setAdd(set: PySet, key: PyValue): NativeGen<void> {
  if (set.simpleKeys && isSimpleKey(key)) return set.table.add(key, hashFast(key)!, syncKeyEq)
  yield* addHashed(set, key, yield* keyHash(key))
}

/** A key's hash, computed once per operation as CPython does (a later lookup or insertion reuses it). */
export function* keyHash(key: PyValue): NativeGen<PyHash> {
  return hashFast(key) ?? (yield* hash(key))
}

export function* containsHashed(set: PySet, key: PyValue, h: PyHash): NativeGen<boolean> {
  if (set.simpleKeys && isSimpleKey(key)) return set.table.contains(key, h, syncKeyEq)
  return yield* set.table.containsGen(key, h, genKeyEq) as NativeGen<boolean>
}

export function* addHashed(set: PySet, key: PyValue, h: PyHash): NativeGen<void> {
  if (set.simpleKeys && isSimpleKey(key)) return set.table.add(key, h, syncKeyEq)
  set.simpleKeys = false
  yield* set.table.addGen(key, h, genKeyEq) as NativeGen<void>
}

export function* discardHashed(set: PySet, key: PyValue, h: PyHash): NativeGen<boolean> {
  if (set.simpleKeys && isSimpleKey(key)) return set.table.discard(key, h, syncKeyEq)
  return yield* set.table.discardGen(key, h, genKeyEq) as NativeGen<boolean>
}

/** `set_merge`: adds every key of `source`. */
export function* setMerge(target: PySet, source: PySet): NativeGen<void> {
  if (target.simpleKeys && source.simpleKeys) {
    target.table.merge(source.table, syncKeyEq)
    return
  }
  target.simpleKeys = false
  yield* target.table.mergeGen(source.table, genKeyEq) as NativeGen<void>
}

/** The hash a dict holds for one of its keys (CPython reuses stored hashes instead of calling `__hash__` again). */
export function dictKeyHash(d: PyDict, canonical: unknown): PyHash {
  if (canonical instanceof HashSlot) {
    return typeof canonical.hash === 'number' ? canonical.hash : hashFromBigInt(canonical.hash)
  }
  return hashFast(d.keyOf(canonical))!
}

/** `set_update_internal`: a set is merged, an exact dict's keys are added with their hashes, others iterated. */
export function* setUpdate(set: PySet, iterable: PyValue): NativeGen<void> {
  if (iterable instanceof PySet) return yield* setMerge(set, iterable)
  if (iterable instanceof PyDict && iterable.cls === DictType) {
    set.table.reserve(iterable.size)
    for (const canonical of [...iterable.map.keys()]) {
      yield* addHashed(set, iterable.keyOf(canonical), dictKeyHash(iterable, canonical))
    }
    return
  }
  const it = yield* iter(iterable)
  if (it instanceof NativeIterator) {
    for (let v = it.next(); v !== undefined; v = it.next()) yield* setAdd(set, v)
    return
  }
  for (;;) {
    const v = yield* next(it)
    if (v === undefined) return
    yield* setAdd(set, v)
  }
}

/** A copy of a set's table under another class (what `set_copy` and `frozenset(s)` make, key order included). */
export function copyOf(source: PySet, cls: PyType): PySet {
  const set = new PySet(cls)
  set.table = source.table.copy()
  set.simpleKeys = source.simpleKeys
  return set
}

/** `make_new_set`: a new set of class `cls` holding the keys of `iterable`. */
export function* newSet(cls: PyType, iterable?: PyValue): NativeGen<PySet> {
  if (iterable instanceof PySet) return copyOf(iterable, cls)
  const set = new PySet(cls)
  if (iterable !== undefined) yield* setUpdate(set, iterable)
  return set
}

/** The class of a result computed from `set` (`make_new_set_basetype`): set or frozenset, never a subclass. */
export function baseSetType(set: PySet): PyType {
  return set.frozen ? FrozenSetType : SetType
}

/** A new set of `values`, added in order (BUILD_SET). */
export function* setFromValues(values: PyValue[], cls = SetType): NativeGen<PySet> {
  const set = new PySet(cls)
  for (const v of values) yield* setAdd(set, v)
  return set
}

export function* setAddValue(set: PyObject, v: PyValue): NativeGen<void> {
  yield* setAdd(set as PySet, v)
}

export function* setUpdateFrom(set: PyObject, iterable: PyValue): NativeGen<void> {
  yield* setUpdate(set as PySet, iterable)
}
