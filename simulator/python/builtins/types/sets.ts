// set and frozenset: construction, operators and methods, following CPython 3.11's Objects/setobject.c step for
// step — which operand is iterated, which keys land in the result and in what order — since that decides the
// result's iteration order. Between two sets the table algorithms of hash/set-algebra do the work.
import {
  differenceGen,
  difference as differenceSync,
  differenceUpdateGen,
  differenceUpdate as differenceUpdateSync,
  intersectionGen,
  intersection as intersectionSync,
  isDisjointGen,
  isDisjoint as isDisjointSync,
  isSubsetGen,
  isSubset as isSubsetSync,
  symmetricDifferenceUpdateGen,
  symmetricDifferenceUpdate as symmetricDifferenceUpdateSync,
  hashEquals,
  hashFromHalves,
  hashToPython,
  type GenEq,
  type PyHash,
  type SetTable,
  type SyncEq,
} from '../../hash'
import { registerEquality } from '../../runtime/abstract/compare'
import { registerContains } from '../../runtime/abstract/contains'
import { dictGet } from '../../runtime/abstract/dict-ops'
import { registerHash } from '../../runtime/abstract/hash'
import { iter, next, registerIterable, toArray } from '../../runtime/abstract/iter'
import { registerLength } from '../../runtime/abstract/length'
import { builtinRepr, registerRepr, registerSlowRepr } from '../../runtime/abstract/repr'
import {
  addHashed,
  baseSetType,
  containsHashed,
  copyOf,
  dictKeyHash,
  discardHashed,
  genKeyEq,
  keyHash,
  newSet,
  setAdd,
  setContains,
  setContainsFast,
  setDiscard,
  setUpdate,
  syncKeyEq,
} from '../../runtime/abstract/set-ops'
import { keyError } from '../../runtime/errors'
import type { NativeGen } from '../../runtime/native'
import { None, NotImplemented, type PyType, type PyValue } from '../../runtime/object'
import { pyBool } from '../../runtime/types/bool'
import { DictType, PyDict } from '../../runtime/types/dict'
import { SetIterator } from '../../runtime/types/set-iterator'
import { FrozenSetType, PySet, SetType } from '../../runtime/types/set'
import { arity, method, noKeywords, resumableMethod } from '../define'

type Steps<T> = Generator<unknown, T, unknown>

function isSet(v: PyValue): v is PySet {
  return v instanceof PySet
}

/** Runs a table algorithm between two sets, natively when neither holds keys whose `==` is Python code. */
function* between<T>(
  a: PySet,
  b: PySet,
  sync: (x: SetTable<PyValue>, y: SetTable<PyValue>, eq: SyncEq<PyValue>) => T,
  gen: (x: SetTable<PyValue>, y: SetTable<PyValue>, eq: GenEq<PyValue>) => Steps<T>,
): NativeGen<T> {
  if (a.simpleKeys && b.simpleKeys) return sync(a.table, b.table, syncKeyEq)
  return yield* gen(a.table, b.table, genKeyEq) as NativeGen<T>
}

function fromTable(table: SetTable<PyValue>, cls: PyType, simpleKeys: boolean): PySet {
  const set = new PySet(cls)
  set.table = table
  set.simpleKeys = simpleKeys
  return set
}

/** Visits the keys of any iterable, one `next` at a time. */
function* eachItem(iterable: PyValue, visit: (key: PyValue) => NativeGen<boolean | void>): NativeGen<void> {
  const it = yield* iter(iterable)
  for (;;) {
    const v = yield* next(it)
    if (v === undefined || (yield* visit(v)) === false) return
  }
}

/** A set's keys with their stored hashes, snapshotted: what `set_next` loops hand to operations that may suspend. */
function entriesOf(set: PySet): [PyValue, PyHash][] {
  const table = set.table
  const out: [PyValue, PyHash][] = []
  for (let slot = table.nextSlot(0); slot !== -1; slot = table.nextSlot(slot + 1)) {
    out.push([table.keyAt(slot), hashFromHalves(table.hashHiAt(slot), table.hashLoAt(slot))])
  }
  return out
}

// --- the operations, as CPython names them ---

function setCopy(set: PySet): PySet {
  return copyOf(set, baseSetType(set))
}

function* union(set: PySet, others: PyValue[]): NativeGen<PySet> {
  const result = setCopy(set)
  for (const other of others) if (other !== set) yield* setUpdate(result, other)
  return result
}

export function* intersection(set: PySet, other: PyValue): NativeGen<PySet> {
  if (other === set) return setCopy(set)
  if (isSet(other)) {
    const table = yield* between(set, other, intersectionSync, intersectionGen)
    return fromTable(table, baseSetType(set), set.simpleKeys && other.simpleKeys)
  }
  const result = new PySet(baseSetType(set))
  yield* eachItem(other, function* (key) {
    const h = yield* keyHash(key)
    if (yield* containsHashed(set, key, h)) yield* addHashed(result, key, h)
  })
  return result
}

function* intersectionMulti(set: PySet, others: PyValue[]): NativeGen<PySet> {
  if (others.length === 0) return setCopy(set)
  let result = set
  for (const other of others) result = yield* intersection(result, other)
  return result
}

/** `set_difference_update_internal`. */
export function* differenceUpdate(set: PySet, other: PyValue): NativeGen<void> {
  if (other === set) return set.table.clear()
  if (isSet(other)) {
    yield* between(set, other, differenceUpdateSync, differenceUpdateGen)
    return
  }
  yield* eachItem(other, function* (key) {
    yield* discardHashed(set, key, yield* keyHash(key))
  })
  set.table.purgeDummiesAfterDifference()
}

function* difference(set: PySet, other: PyValue): NativeGen<PySet> {
  const otherSize = isSet(other) ? other.size : other instanceof PyDict && other.cls === DictType ? other.size : -1
  if (otherSize < 0 || set.size >>> 2 > otherSize) {
    const result = setCopy(set)
    yield* differenceUpdate(result, other)
    return result
  }
  if (isSet(other)) {
    const table = yield* between(set, other, differenceSync, differenceGen)
    return fromTable(table, baseSetType(set), set.simpleKeys && other.simpleKeys)
  }
  const result = new PySet(baseSetType(set))
  for (const [key, h] of entriesOf(set)) {
    if ((yield* dictGet(other as PyDict, key)) === undefined) yield* addHashed(result, key, h)
  }
  return result
}

function* differenceMulti(set: PySet, others: PyValue[]): NativeGen<PySet> {
  if (others.length === 0) return setCopy(set)
  const result = yield* difference(set, others[0])
  for (const other of others.slice(1)) yield* differenceUpdate(result, other)
  return result
}

/** `set_symmetric_difference_update`: each key of `other` is discarded from `set`, or else added. */
export function* symmetricDifferenceUpdate(set: PySet, other: PyValue): NativeGen<void> {
  if (other === set) return set.table.clear()
  if (other instanceof PyDict && other.cls === DictType) {
    for (const canonical of [...other.map.keys()]) {
      const key = other.keyOf(canonical)
      const h = dictKeyHash(other, canonical)
      if (!(yield* discardHashed(set, key, h))) yield* addHashed(set, key, h)
    }
    return
  }
  const otherSet = isSet(other) ? other : yield* newSet(baseSetType(set), other)
  if (!otherSet.simpleKeys) set.simpleKeys = false
  yield* between(set, otherSet, symmetricDifferenceUpdateSync, symmetricDifferenceUpdateGen)
}

/** `set_symmetric_difference`: a set of `other`'s keys, updated with `set`'s. */
function* symmetricDifference(set: PySet, other: PyValue): NativeGen<PySet> {
  const result = yield* newSet(baseSetType(set), other)
  yield* symmetricDifferenceUpdate(result, set)
  return result
}

function* isSubset(set: PySet, other: PyValue): NativeGen<boolean> {
  if (!isSet(other)) return (yield* intersection(set, other)).size === set.size
  return yield* between(set, other, isSubsetSync, isSubsetGen)
}

function* isSuperset(set: PySet, other: PyValue): NativeGen<boolean> {
  if (isSet(other)) return yield* isSubset(other, set)
  let all = true
  yield* eachItem(other, function* (key) {
    all = yield* containsHashed(set, key, yield* keyHash(key))
    return all
  })
  return all
}

function* isDisjoint(set: PySet, other: PyValue): NativeGen<boolean> {
  if (other === set) return set.size === 0
  if (isSet(other) && other.cls.builtin) return yield* between(set, other, isDisjointSync, isDisjointGen)
  let disjoint = true
  yield* eachItem(other, function* (key) {
    disjoint = !(yield* containsHashed(set, key, yield* keyHash(key)))
    return disjoint
  })
  return disjoint
}

/** `set == other` between sets: cached frozenset hashes that differ settle it first. */
function* setEquals(set: PySet, other: PySet): NativeGen<boolean> {
  if (set.size !== other.size) return false
  if (set.hashCache !== undefined && other.hashCache !== undefined && !hashEquals(set.hashCache, other.hashCache)) {
    return false
  }
  return yield* isSubset(set, other)
}

function frozensetHash(set: PySet): PyHash {
  return (set.hashCache ??= set.table.frozensetHash())
}

// --- installation ---

type SetMethod = (set: PySet, other: PyValue) => NativeGen<PyValue | void>

function installCommon(type: PyType): void {
  const self = (v: PyValue) => v as PySet
  method(type, '__len__', (_ts, a) => self(a[0]).size)
  method(type, '__iter__', (_ts, a) => new SetIterator(self(a[0])))
  resumableMethod(type, '__repr__', function* (_ts, a) {
    return yield* builtinRepr(self(a[0]))
  })
  resumableMethod(type, '__contains__', function* (_ts, a) {
    return pyBool(yield* setContains(self(a[0]), a[1]))
  })
  method(type, 'copy', (_ts, a) => {
    arity(`${type.name}.copy`, a, 0, 0, 1)
    return type === FrozenSetType && self(a[0]).cls === FrozenSetType ? a[0] : setCopy(self(a[0]))
  })
  const varargs = (name: string, impl: (set: PySet, others: PyValue[]) => NativeGen<PyValue>) =>
    resumableMethod(type, name, function* (_ts, a, kw) {
      noKeywords(`${type.name}.${name}`, kw)
      return yield* impl(self(a[0]), a.slice(1))
    })
  const oneArg = (name: string, impl: (set: PySet, other: PyValue) => NativeGen<PyValue>) =>
    resumableMethod(type, name, function* (_ts, a, kw) {
      noKeywords(`${type.name}.${name}`, kw)
      arity(`${type.name}.${name}`, a, 1, 1, 1)
      return yield* impl(self(a[0]), a[1])
    })
  varargs('union', union)
  varargs('intersection', intersectionMulti)
  varargs('difference', differenceMulti)
  oneArg('symmetric_difference', symmetricDifference)
  oneArg('issubset', function* (set, other) {
    return pyBool(yield* isSubset(set, other))
  })
  oneArg('issuperset', function* (set, other) {
    return pyBool(yield* isSuperset(set, other))
  })
  oneArg('isdisjoint', function* (set, other) {
    return pyBool(yield* isDisjoint(set, other))
  })

  // Both operands must be sets; `__rop__` is the same operation with the operands in their original order.
  const operator = (name: string, rname: string, op: (set: PySet, other: PyValue) => NativeGen<PySet>) => {
    resumableMethod(type, name, function* (_ts, a) {
      if (!isSet(a[1])) return NotImplemented
      return yield* op(self(a[0]), a[1])
    })
    resumableMethod(type, rname, function* (_ts, a) {
      if (!isSet(a[1])) return NotImplemented
      return yield* op(a[1], a[0])
    })
  }
  operator('__or__', '__ror__', (set, other) => union(set, [other]))
  operator('__and__', '__rand__', intersection)
  operator('__sub__', '__rsub__', difference)
  operator('__xor__', '__rxor__', symmetricDifference)

  const comparison = (name: string, test: (set: PySet, other: PySet) => NativeGen<boolean>) =>
    resumableMethod(type, name, function* (_ts, a) {
      if (!isSet(a[1])) return NotImplemented
      return pyBool(yield* test(self(a[0]), a[1]))
    })
  comparison('__eq__', setEquals)
  comparison('__ne__', function* (set, other) {
    return !(yield* setEquals(set, other))
  })
  comparison('__le__', isSubset)
  comparison('__ge__', isSuperset)
  comparison('__lt__', function* (set, other) {
    return set.size < other.size && (yield* isSubset(set, other))
  })
  comparison('__gt__', function* (set, other) {
    return set.size > other.size && (yield* isSuperset(set, other))
  })
}

function installSet(): void {
  const self = (v: PyValue) => v as PySet
  resumableMethod(SetType, '__new__', function* (_ts, a, kw) {
    if (a[0] === SetType) noKeywords('set', kw)
    return new PySet(a[0] as PyType)
  })
  resumableMethod(SetType, '__init__', function* (_ts, a, kw) {
    const set = self(a[0])
    noKeywords('set', kw)
    arity(set.cls.name, a, 0, 1, 1)
    set.table.clear()
    if (a.length > 1) yield* setUpdate(set, a[1])
    return None
  })
  SetType.ns.set('__hash__', None)
  const oneArg = (name: string, impl: (set: PySet, key: PyValue) => NativeGen<void>) =>
    resumableMethod(SetType, name, function* (_ts, a, kw) {
      noKeywords(`set.${name}`, kw)
      arity(`set.${name}`, a, 1, 1, 1)
      yield* impl(self(a[0]), a[1])
      return None
    })
  const varargs = (name: string, impl: (set: PySet, other: PyValue) => NativeGen<void>) =>
    resumableMethod(SetType, name, function* (_ts, a, kw) {
      noKeywords(`set.${name}`, kw)
      for (const other of a.slice(1)) yield* impl(self(a[0]), other)
      return None
    })
  oneArg('add', setAdd)
  oneArg('discard', function* (set, key) {
    yield* setDiscard(set, key)
  })
  oneArg('remove', function* (set, key) {
    if (!(yield* setDiscard(set, key))) throw keyError(key)
  })
  method(SetType, 'pop', (_ts, a) => {
    arity('set.pop', a, 0, 0, 1)
    if (!self(a[0]).size) throw keyError('pop from an empty set')
    return self(a[0]).table.pop()
  })
  method(SetType, 'clear', (_ts, a) => {
    arity('set.clear', a, 0, 0, 1)
    self(a[0]).table.clear()
    return None
  })
  varargs('update', setUpdate)
  varargs('difference_update', differenceUpdate)
  oneArg('symmetric_difference_update', symmetricDifferenceUpdate)
  resumableMethod(SetType, 'intersection_update', function* (_ts, a, kw) {
    noKeywords('set.intersection_update', kw)
    const set = self(a[0])
    swapInto(set, yield* intersectionMulti(set, a.slice(1)))
    return None
  })

  const inplace = (name: string, update: SetMethod) =>
    resumableMethod(SetType, name, function* (_ts, a) {
      if (!isSet(a[1])) return NotImplemented
      yield* update(self(a[0]), a[1])
      return a[0]
    })
  inplace('__ior__', setUpdate)
  inplace('__iand__', function* (set, other) {
    swapInto(set, yield* intersection(set, other))
  })
  inplace('__isub__', differenceUpdate)
  inplace('__ixor__', symmetricDifferenceUpdate)
}

/** `set_swap_bodies`: `set` takes over the result's table. */
function swapInto(set: PySet, result: PySet): void {
  if (result === set) return
  set.table.swapBodies(result.table)
  set.simpleKeys = result.simpleKeys
}

function installFrozenSet(): void {
  resumableMethod(FrozenSetType, '__new__', function* (_ts, a, kw) {
    const cls = a[0] as PyType
    if (cls === FrozenSetType) noKeywords('frozenset', kw)
    arity(cls.name, a, 0, 1, 1)
    const iterable = a[1]
    if (cls === FrozenSetType && iterable instanceof PySet && iterable.cls === FrozenSetType) return iterable
    return yield* newSet(cls, iterable)
  })
  method(FrozenSetType, '__hash__', (_ts, a) => hashToPython(frozensetHash(a[0] as PySet)))
}

function reprOf(set: PySet, parts: string[]): string {
  if (parts.length === 0) return `${set.cls.name}()`
  const body = parts.join(', ')
  return set.cls === SetType ? `{${body}}` : `${set.cls.name}({${body}})`
}

/** A subclass may iterate differently, and `set_repr` lists the set by iterating it. */
function iteratesItself(set: PySet): boolean {
  return set.cls.builtin || set.cls.lookup('__iter__') === baseSetType(set).ns.get('__iter__')
}

function* slowRepr(set: PySet, item: (x: PyValue) => NativeGen<string>): NativeGen<string> {
  const parts: string[] = []
  for (const x of iteratesItself(set) ? set.items() : yield* toArray(set)) parts.push(yield* item(x))
  return reprOf(set, parts)
}

function registerProtocols(): void {
  registerIterable((v) => (v instanceof PySet && v.cls.builtin ? new SetIterator(v) : undefined))
  registerLength((v) => (v instanceof PySet ? v.size : undefined))
  registerContains((item, container) => (container instanceof PySet ? setContainsFast(container, item) : undefined))
  registerRepr((v, item) => {
    if (!(v instanceof PySet)) return undefined
    if (!iteratesItself(v)) return null
    const parts: string[] = []
    for (const x of v.items()) {
      const r = item(x)
      if (r === undefined) return null
      parts.push(r)
    }
    return reprOf(v, parts)
  })
  registerSlowRepr(function* (v, item) {
    return v instanceof PySet ? yield* slowRepr(v, item) : undefined
  })
  registerEquality((a, b) => {
    if (!(a instanceof PySet) || !(b instanceof PySet) || !a.simpleKeys || !b.simpleKeys) return undefined
    if (a.size !== b.size) return false
    if (a.hashCache !== undefined && b.hashCache !== undefined && !hashEquals(a.hashCache, b.hashCache)) return false
    return isSubsetSync(a.table, b.table, syncKeyEq)
  })
  registerHash((v) => {
    if (!(v instanceof PySet)) return undefined
    if (!v.frozen) return null
    return frozensetHash(v)
  })
}

export function installSets(): void {
  installCommon(SetType)
  installCommon(FrozenSetType)
  installSet()
  installFrozenSet()
  registerProtocols()
}
