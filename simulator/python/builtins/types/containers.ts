// list and tuple: construction, protocol dunders and methods, with CPython 3.11's messages (dict and its views live
// in dict.ts and dict-views.ts).
import { CompareOp } from '../../compiler/opcodes'
import { asClampedIndex, asSsize } from '../../runtime/abstract/as-index'
import { equal, richCompare } from '../../runtime/abstract/compare'
import { toArray } from '../../runtime/abstract/iter'
import { builtinRepr, repr } from '../../runtime/abstract/repr'
import { subscriptSlow } from '../../runtime/abstract/subscript'
import { indexError, typeError, valueError } from '../../runtime/errors'
import type { NativeGen } from '../../runtime/native'
import { None, NotImplemented, PyObject, type PyType, type PyValue } from '../../runtime/object'
import { typeName } from '../../runtime/type-of'
import { pyBool } from '../../runtime/types/bool'
import {
  ListIteratorType,
  ListReverseIteratorType,
  ReverseSequenceIterator,
  SequenceIterator,
  TupleIteratorType,
} from '../../runtime/types/iterators'
import { ListType, PyList } from '../../runtime/types/list'
import { PyTuple, TupleType, pyTuple } from '../../runtime/types/tuple'
import { deleteSubscript, repeatCount, storeSubscript } from '../../vm/slow-ops'
import { sortList } from '../iteration'
import { arity, method, noKeywords, resumableMethod } from '../define'
import { installDict } from './dict'

type Items = (v: PyValue) => PyValue[]

/**
 * `list_richcompare` / `tuplerichcompare`: the first items that differ decide, else the lengths; the lengths of
 * lists (not tuples) are compared first for `==` and `!=`. Items are re-read at every step, as the lists may change.
 */
function* sequenceCompare(a: PyValue, b: PyValue, items: Items, op: CompareOp, isList: boolean): NativeGen {
  if (isList && (op === CompareOp.EQ || op === CompareOp.NE) && items(a).length !== items(b).length) {
    return pyBool(op === CompareOp.NE)
  }
  let i = 0
  for (; i < items(a).length && i < items(b).length; i++) {
    const x = items(a)[i]
    const y = items(b)[i]
    if (x !== y && !(yield* equal(x, y))) break
  }
  const [x, y] = [items(a), items(b)]
  if (i >= x.length || i >= y.length) {
    const c = x.length - y.length
    return pyBool([c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op])
  }
  if (op === CompareOp.EQ) return pyBool(false)
  if (op === CompareOp.NE) return pyBool(true)
  return yield* richCompare(x[i], y[i], op)
}

const compareNames: [string, CompareOp][] = [
  ['__lt__', CompareOp.LT],
  ['__le__', CompareOp.LE],
  ['__eq__', CompareOp.EQ],
  ['__ne__', CompareOp.NE],
  ['__gt__', CompareOp.GT],
  ['__ge__', CompareOp.GE],
]

/** A search range's bound (`index(x, start, stop)`): clamped to the sequence, negative ones counted from its end. */
function* searchBound(v: PyValue | undefined, length: number, missing: number): NativeGen<number> {
  if (v === undefined) return missing
  let i = yield* asClampedIndex(v)
  if (i < 0) i = Math.max(0, i + length)
  return Math.min(i, length)
}

/** The first index in [start, stop) whose item equals `value` (item compared first), reading the items live. */
function* findIndex(self: PyValue, items: Items, value: PyValue, start: number, stop: number): NativeGen<number> {
  for (let i = start; i < stop && i < items(self).length; i++) {
    const x = items(self)[i]
    if (x === value || (yield* equal(x, value))) return i
  }
  return -1
}

function installSequenceCommon(type: PyType, items: Items, iterType: PyType): void {
  const isList = type === ListType
  method(type, '__len__', (_ts, a) => items(a[0]).length)
  resumableMethod(type, '__repr__', function* (_ts, a) {
    return yield* builtinRepr(a[0] as PyObject)
  })
  method(type, '__iter__', (_ts, a) => new SequenceIterator(() => items(a[0]), iterType))
  resumableMethod(type, '__contains__', function* (_ts, a) {
    return pyBool((yield* findIndex(a[0], items, a[1], 0, Infinity)) >= 0)
  })
  resumableMethod(type, '__getitem__', function* (_ts, a) {
    const self = a[0] as PyList | PyTuple
    return yield* subscriptSlow(isList ? new PyList(self.items) : new PyTuple(self.items), a[1])
  })
  resumableMethod(type, 'count', function* (_ts, a) {
    arity(`${type.name}.count`, a, 1, 1, 1)
    let n = 0
    for (let i = 0; i < items(a[0]).length; i++) {
      const x = items(a[0])[i]
      if (x === a[1] || (yield* equal(x, a[1]))) n++
    }
    return n
  })
  resumableMethod(type, 'index', function* (_ts, a) {
    arity('index', a, 1, 3, 1)
    const length = items(a[0]).length
    const start = yield* searchBound(a[2], length, 0)
    const stop = yield* searchBound(a[3], length, length)
    const i = yield* findIndex(a[0], items, a[1], start, stop)
    if (i >= 0) return i
    throw valueError(isList ? `${yield* repr(a[1])} is not in list` : 'tuple.index(x): x not in tuple')
  })
  for (const [name, op] of compareNames) {
    resumableMethod(type, name, function* (_ts, a) {
      if (!(a[1] instanceof PyObject) || !a[1].cls.isSubtypeOf(type)) return NotImplemented
      return yield* sequenceCompare(a[0], a[1], items, op, isList)
    })
  }
  method(type, '__mul__', (_ts, a) => {
    const n = repeatCount(a[1])
    if (n === undefined) return NotImplemented
    const self = items(a[0])
    if (!isList && (n === 1 || self.length === 0) && (a[0] as PyObject).cls === TupleType) return a[0]
    const out: PyValue[] = []
    for (let i = 0; i < n; i++) for (const x of self) out.push(x)
    return isList ? new PyList(out) : pyTuple(out)
  })
  type.ns.set('__rmul__', type.ns.get('__mul__')!)
}

function installList(): void {
  const items = (v: PyValue) => (v as PyList).items
  installSequenceCommon(ListType, items, ListIteratorType)
  // Arguments, keywords included, are `__init__`'s to check (`PyType_GenericNew`); the VM lets keywords through to a
  // built-in that declares the `kw` parameter.
  method(ListType, '__new__', (_ts, a, kw) => {
    void kw
    return (a[0] as PyType).alloc(a[0] as PyType)
  })
  resumableMethod(ListType, '__init__', function* (_ts, a, kw) {
    noKeywords('list', kw)
    arity('list', a, 0, 1, 1)
    const list = a[0] as PyList
    list.items = []
    if (a.length > 1) list.items = yield* toArray(a[1])
    return None
  })
  ListType.ns.set('__hash__', None)
  method(
    ListType,
    'append',
    (_ts, a) => {
      arity('list.append', a, 1, 1, 1)
      items(a[0]).push(a[1])
      return None
    },
    { noEvalBreak: true },
  )
  resumableMethod(ListType, 'extend', function* (_ts, a) {
    arity('list.extend', a, 1, 1, 1)
    const values = a[1] === a[0] ? [...items(a[0])] : yield* toArray(a[1])
    for (const x of values) items(a[0]).push(x)
    return None
  })
  resumableMethod(ListType, 'pop', function* (_ts, a) {
    arity('pop', a, 0, 1, 1)
    let i = a.length > 1 ? yield* asSsize(a[1]) : -1
    const list = items(a[0])
    if (list.length === 0) throw indexError('pop from empty list')
    if (i < 0) i += list.length
    if (i < 0 || i >= list.length) throw indexError('pop index out of range')
    return i === list.length - 1 ? list.pop()! : list.splice(i, 1)[0]
  })
  resumableMethod(ListType, 'insert', function* (_ts, a) {
    arity('insert', a, 2, 2, 1)
    let i = yield* asSsize(a[1])
    const list = items(a[0])
    if (i < 0) i = Math.max(0, i + list.length)
    if (i >= list.length) list.push(a[2])
    else list.splice(i, 0, a[2])
    return None
  })
  resumableMethod(ListType, 'remove', function* (_ts, a) {
    arity('list.remove', a, 1, 1, 1)
    const i = yield* findIndex(a[0], items, a[1], 0, Infinity)
    if (i < 0) throw valueError('list.remove(x): x not in list')
    items(a[0]).splice(i, 1)
    return None
  })
  method(ListType, 'reverse', (_ts, a) => {
    arity('list.reverse', a, 0, 0, 1)
    items(a[0]).reverse()
    return None
  })
  method(ListType, 'clear', (_ts, a) => {
    arity('list.clear', a, 0, 0, 1)
    ;(a[0] as PyList).items = []
    return None
  })
  method(ListType, 'copy', (_ts, a) => {
    arity('list.copy', a, 0, 0, 1)
    return new PyList([...items(a[0])])
  })
  resumableMethod(ListType, 'sort', function* (_ts, a, kw) {
    if (a.length > 1) throw typeError('sort() takes no positional arguments')
    yield* sortList(a[0] as PyList, kw)
    return None
  })
  method(ListType, '__reversed__', (_ts, a) => new ReverseSequenceIterator(() => items(a[0]), ListReverseIteratorType))
  method(ListType, '__add__', (_ts, a) => {
    if (!(a[1] instanceof PyList)) throw typeError(`can only concatenate list (not "${typeName(a[1])}") to list`)
    return new PyList([...items(a[0]), ...a[1].items])
  })
  resumableMethod(ListType, '__iadd__', function* (_ts, a) {
    const values = a[1] === a[0] ? [...items(a[0])] : yield* toArray(a[1])
    for (const x of values) items(a[0]).push(x)
    return a[0]
  })
  method(ListType, '__imul__', (_ts, a) => {
    const n = repeatCount(a[1])
    if (n === undefined) return NotImplemented
    const self = items(a[0])
    const once = [...self]
    if (n === 0) self.length = 0
    for (let i = 1; i < n; i++) for (const x of once) self.push(x)
    return a[0]
  })
  // A subclass's item assignment works on the list itself, as the built-in list's would.
  resumableMethod(ListType, '__setitem__', function* (_ts, a) {
    const self = a[0] as PyList
    const plain = new PyList(self.items)
    yield* storeSubscript(plain, a[1], a[2])
    self.items = plain.items
    return None
  })
  resumableMethod(ListType, '__delitem__', function* (_ts, a) {
    const self = a[0] as PyList
    const plain = new PyList(self.items)
    yield* deleteSubscript(plain, a[1])
    self.items = plain.items
    return None
  })
}

function installTuple(): void {
  const items = (v: PyValue) => (v as PyTuple).items
  installSequenceCommon(TupleType, items, TupleIteratorType)
  resumableMethod(TupleType, '__new__', function* (_ts, a, kw) {
    const cls = a[0] as PyType
    if (cls === TupleType) noKeywords('tuple', kw)
    arity('tuple', a, 0, 1, 1)
    const iterable = a[1]
    if (cls === TupleType && iterable instanceof PyTuple && iterable.cls === TupleType) return iterable
    const values = iterable === undefined ? [] : yield* toArray(iterable)
    return cls === TupleType ? pyTuple(values) : new PyTuple(values, cls)
  })
  method(TupleType, '__add__', (_ts, a) => {
    if (!(a[1] instanceof PyTuple)) throw typeError(`can only concatenate tuple (not "${typeName(a[1])}") to tuple`)
    return pyTuple([...items(a[0]), ...a[1].items])
  })
  method(TupleType, '__getnewargs__', (_ts, a) => pyTuple([pyTuple(items(a[0]))]))
}

export function installContainers(): void {
  installList()
  installTuple()
  installDict()
}
