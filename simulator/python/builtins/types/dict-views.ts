// dict.keys(), dict.values() and dict.items(): live views of a dict. Keys and items views are set-like — their
// operators build sets the way CPython 3.11's Objects/dictobject.c does, which decides the result's order.
import { CompareOp } from '../../compiler/opcodes'
import { equal } from '../../runtime/abstract/compare'
import { containsSlow } from '../../runtime/abstract/contains'
import { dictDelete, dictGet, dictGetFast, NEEDS_HASH } from '../../runtime/abstract/dict-ops'
import { registerHash } from '../../runtime/abstract/hash'
import { iter, next, registerIterable } from '../../runtime/abstract/iter'
import { len, registerLength } from '../../runtime/abstract/length'
import { registerContains } from '../../runtime/abstract/contains'
import { builtinRepr, registerRepr, registerSlowRepr } from '../../runtime/abstract/repr'
import { newSet, setAdd, setUpdate } from '../../runtime/abstract/set-ops'
import type { NativeGen } from '../../runtime/native'
import { builtinType, None, NotImplemented, plainAlloc, PyObject, type PyValue } from '../../runtime/object'
import { pyBool } from '../../runtime/types/bool'
import { DictType, PyDict } from '../../runtime/types/dict'
import { DictIterator, DictPart, DictReverseIterator } from '../../runtime/types/dict-iterator'
import { PySet, SetType } from '../../runtime/types/set'
import { PyTuple } from '../../runtime/types/tuple'
import { arity, method, resumableMethod } from '../define'
import { differenceUpdate, intersection, symmetricDifferenceUpdate } from './sets'

export const DictKeysType = builtinType('dict_keys', undefined, plainAlloc)
export const DictValuesType = builtinType('dict_values', undefined, plainAlloc)
export const DictItemsType = builtinType('dict_items', undefined, plainAlloc)

const viewTypes = [DictKeysType, DictValuesType, DictItemsType]

/** A live view of a dict's keys, values or items. */
export class DictView extends PyObject {
  constructor(
    readonly dict: PyDict,
    readonly part: DictPart,
  ) {
    super(viewTypes[part])
  }

  /** The viewed values now, in iteration order. */
  values(): PyValue[] {
    if (this.part === DictPart.KEYS) return this.dict.keys()
    if (this.part === DictPart.VALUES) return this.dict.values()
    return this.dict.entries().map((entry) => new PyTuple(entry))
  }
}

function isSetLike(v: PyValue): v is DictView {
  return v instanceof DictView && v.part !== DictPart.VALUES
}

// --- membership ---

function containsFast(view: DictView, item: PyValue): boolean | typeof NEEDS_HASH | undefined {
  if (view.part === DictPart.KEYS) {
    const r = dictGetFast(view.dict, item)
    return r === NEEDS_HASH ? NEEDS_HASH : r !== undefined
  }
  return undefined
}

/** `dictkeys_contains`, `dictitems_contains` (the stored value compared first), or a search of the values. */
function* viewContains(view: DictView, item: PyValue): NativeGen<boolean> {
  if (view.part === DictPart.KEYS) return (yield* dictGet(view.dict, item)) !== undefined
  if (view.part === DictPart.ITEMS) {
    if (!(item instanceof PyTuple) || item.items.length !== 2) return false
    const stored = yield* dictGet(view.dict, item.items[0])
    return stored !== undefined && (yield* equal(stored, item.items[1]))
  }
  for (const v of view.dict.values()) if (yield* equal(v, item)) return true
  return false
}

// --- set operations ---

/** `dictviews_to_set`: a new set of the left operand (a keys view of an exact dict is read as the dict itself). */
function* toSet(operand: PyValue): NativeGen<PySet> {
  if (operand instanceof DictView && operand.part === DictPart.KEYS && operand.dict.cls === DictType) {
    return yield* newSet(SetType, operand.dict)
  }
  return yield* newSet(SetType, operand)
}

/** `_PyDictView_Intersect`: iterates the other operand (or the smaller view), keeping what the view contains. */
function* intersect(left: PyValue, right: PyValue): NativeGen<PyValue> {
  let self = isSetLike(left) ? left : (right as DictView)
  let other = self === left ? right : left
  const selfSize = self.dict.size
  if (other instanceof PySet && other.cls === SetType && selfSize <= other.size) {
    return yield* intersection(other, self)
  }
  if (isSetLike(other) && other.dict.size > selfSize) [self, other] = [other, self]
  const result = new PySet(SetType)
  const it = yield* iter(other)
  for (;;) {
    const key = yield* next(it)
    if (key === undefined) return result
    if (yield* viewContains(self as DictView, key)) yield* setAdd(result, key)
  }
}

function* union(left: PyValue, right: PyValue): NativeGen<PyValue> {
  const result = yield* toSet(left)
  yield* setUpdate(result, right)
  return result
}

function* difference(left: PyValue, right: PyValue): NativeGen<PyValue> {
  const result = yield* toSet(left)
  yield* differenceUpdate(result, right)
  return result
}

/** `dictviews_xor`; between two items views, `dictitems_xor` pairs them up by key instead. */
function* symmetricDifference(left: PyValue, right: PyValue): NativeGen<PyValue> {
  if (left instanceof DictView && right instanceof DictView && left.part === DictPart.ITEMS) {
    if (right.part === DictPart.ITEMS) return yield* itemsXor(left.dict, right.dict)
  }
  const result = yield* toSet(left)
  yield* symmetricDifferenceUpdate(result, right)
  return result
}

/**
 * `dictitems_xor`: the pairs of the right dict whose key the left lacks or maps to another value, then the left
 * dict's remaining pairs.
 */
function* itemsXor(left: PyDict, right: PyDict): NativeGen<PyValue> {
  const remaining = new PyDict()
  left.copyInto(remaining)
  const result = new PySet(SetType)
  for (const [key, value] of right.entries()) {
    const mine = yield* dictGet(remaining, key)
    if (mine !== undefined && (yield* equal(mine, value))) {
      yield* dictDelete(remaining, key)
    } else {
      yield* setAdd(result, new PyTuple([key, value]))
    }
  }
  yield* setUpdate(result, new DictView(remaining, DictPart.ITEMS))
  return result
}

// --- comparisons ---

/** `all_contained_in`: every item of `a`, in order, is in `b`. */
function* allContainedIn(a: PyValue, b: PyValue): NativeGen<boolean> {
  const it = yield* iter(a)
  for (;;) {
    const item = yield* next(it)
    if (item === undefined) return true
    if (!(yield* containsSlow(item, b))) return false
  }
}

function* viewCompare(self: DictView, other: PyValue, op: CompareOp): NativeGen<PyValue> {
  if (!(other instanceof PySet) && !isSetLike(other)) return NotImplemented
  const sizeSelf = self.dict.size
  const sizeOther = yield* len(other)
  switch (op) {
    case CompareOp.EQ:
    case CompareOp.NE: {
      const equalSets = sizeSelf === sizeOther && (yield* allContainedIn(self, other))
      return pyBool(equalSets === (op === CompareOp.EQ))
    }
    case CompareOp.LT:
      return pyBool(sizeSelf < sizeOther && (yield* allContainedIn(self, other)))
    case CompareOp.LE:
      return pyBool(sizeSelf <= sizeOther && (yield* allContainedIn(self, other)))
    case CompareOp.GT:
      return pyBool(sizeSelf > sizeOther && (yield* allContainedIn(other, self)))
    case CompareOp.GE:
      return pyBool(sizeSelf >= sizeOther && (yield* allContainedIn(other, self)))
  }
}

/** `dictviews_isdisjoint`: iterates the other operand, or the smaller one when both are sets. */
function* isDisjoint(self: DictView, other: PyValue): NativeGen<boolean> {
  if (other === self) return self.dict.size === 0
  let container: PyValue = self
  let iterated = other
  if (other instanceof PySet || isSetLike(other)) {
    if ((yield* len(other)) > self.dict.size) [container, iterated] = [other, self]
  }
  const it = yield* iter(iterated)
  for (;;) {
    const item = yield* next(it)
    if (item === undefined) return true
    if (yield* containsSlow(item, container)) return false
  }
}

// --- installation ---

const compareNames: [string, CompareOp][] = [
  ['__lt__', CompareOp.LT],
  ['__le__', CompareOp.LE],
  ['__eq__', CompareOp.EQ],
  ['__ne__', CompareOp.NE],
  ['__gt__', CompareOp.GT],
  ['__ge__', CompareOp.GE],
]

function reprOf(view: DictView, parts: string[]): string {
  return `${view.cls.name}([${parts.join(', ')}])`
}

export function installDictViews(): void {
  const self = (v: PyValue) => v as DictView
  for (const type of viewTypes) {
    method(type, '__len__', (_ts, a) => self(a[0]).dict.size)
    method(type, '__iter__', (_ts, a) => new DictIterator(self(a[0]).dict, self(a[0]).part))
    method(type, '__reversed__', (_ts, a) => new DictReverseIterator(self(a[0]).dict, self(a[0]).part))
    resumableMethod(type, '__contains__', function* (_ts, a) {
      return pyBool(yield* viewContains(self(a[0]), a[1]))
    })
    resumableMethod(type, '__repr__', function* (_ts, a) {
      return yield* builtinRepr(self(a[0]))
    })
  }
  for (const type of [DictKeysType, DictItemsType]) {
    type.ns.set('__hash__', None)
    const operator = (name: string, rname: string, op: (a: PyValue, b: PyValue) => NativeGen<PyValue>) => {
      resumableMethod(type, name, function* (_ts, a) {
        return yield* op(a[0], a[1])
      })
      resumableMethod(type, rname, function* (_ts, a) {
        return yield* op(a[1], a[0])
      })
    }
    operator('__and__', '__rand__', intersect)
    operator('__or__', '__ror__', union)
    operator('__sub__', '__rsub__', difference)
    operator('__xor__', '__rxor__', symmetricDifference)
    for (const [name, op] of compareNames) {
      resumableMethod(type, name, function* (_ts, a) {
        return yield* viewCompare(self(a[0]), a[1], op)
      })
    }
    resumableMethod(type, 'isdisjoint', function* (_ts, a) {
      arity(`${type.name}.isdisjoint`, a, 1, 1, 1)
      return pyBool(yield* isDisjoint(self(a[0]), a[1]))
    })
  }

  registerIterable((v) => (v instanceof DictView ? new DictIterator(v.dict, v.part) : undefined))
  registerLength((v) => (v instanceof DictView ? v.dict.size : undefined))
  registerHash((v) => (isSetLike(v) ? null : undefined))
  registerContains((item, container) => (container instanceof DictView ? containsFast(container, item) : undefined))
  registerRepr((v, item) => {
    if (!(v instanceof DictView)) return undefined
    const parts: string[] = []
    for (const x of v.values()) {
      const r = item(x)
      if (r === undefined) return null
      parts.push(r)
    }
    return reprOf(v, parts)
  })
  registerSlowRepr(function* (v, item) {
    if (!(v instanceof DictView)) return undefined
    const parts: string[] = []
    for (const x of v.values()) parts.push(yield* item(x))
    return reprOf(v, parts)
  })
}
