// collections.OrderedDict: a dict whose order can be rearranged (move_to_end, popitem at either end) and whose
// equality with another OrderedDict depends on order. Plain dicts already keep insertion order, so the items
// live in the dict's own map.
import { classMethod, method, resumableMethod } from '../../python/builtins/define'
import { equal } from '../../python/runtime/abstract/compare'
import { findSlot } from '../../python/runtime/abstract/dict-ops'
import { toArray } from '../../python/runtime/abstract/iter'
import { truth } from '../../python/runtime/abstract/truth'
import { keyError, typeError } from '../../python/runtime/errors'
import { callPy, type NativeGen } from '../../python/runtime/native'
import { None, NotImplemented, type PyType, type PyValue } from '../../python/runtime/object'
import { pyBool } from '../../python/runtime/types/bool'
import { DictType, PyDict } from '../../python/runtime/types/dict'
import { pyTuple } from '../../python/runtime/types/tuple'
import { storeSubscript } from '../../python/vm/slow-ops'
import { bindArguments } from '../common/call-args'
import { noArgsMethod } from '../common/method-args'
import { moduleType, shortTypeName } from '../common/module-type'
import { registerNativeRepr } from '../common/native-repr'
import { updateMapping } from './mapping-update'

export class PyOrderedDict extends PyDict {}

export const OrderedDictType = moduleType('collections', 'OrderedDict', DictType, (cls) => new PyOrderedDict(cls))
const self = (v: PyValue) => v as PyOrderedDict

// Arguments are for __init__ (dict's own __new__ takes none).
method(OrderedDictType, '__new__', (_ts, a, _kw) => new PyOrderedDict(a[0] as PyType))
resumableMethod(OrderedDictType, '__init__', function* (_ts, a, kw) {
  if (a.length > 2) throw typeError(`expected at most 1 arguments, got ${a.length - 1}`)
  yield* updateMapping(a[0], a[1], kw)
  return None
})
resumableMethod(OrderedDictType, 'update', function* (_ts, a, kw) {
  if (a.length > 2) throw typeError(`update expected at most 1 argument, got ${a.length - 1}`)
  yield* updateMapping(a[0], a[1], kw)
  return None
})

resumableMethod(OrderedDictType, 'move_to_end', function* (_ts, a, kw) {
  const [key, last] = bindArguments({ name: 'move_to_end', positional: ['key', 'last'], required: 1 }, a.slice(1), kw)
  const d = self(a[0])
  const slot = yield* findSlot(d, key!, false)
  if (slot === undefined || !d.map.has(slot)) throw keyError(key!)
  const value = d.map.get(slot)!
  d.map.delete(slot)
  if (last === undefined || (yield* truth(last))) {
    d.map.set(slot, value)
  } else {
    const rest = [...d.map]
    d.map.clear()
    d.map.set(slot, value)
    for (const [k, v] of rest) d.map.set(k, v)
  }
  return None
})

resumableMethod(OrderedDictType, 'popitem', function* (_ts, a, kw) {
  const [last] = bindArguments({ name: 'popitem', positional: ['last'], required: 0 }, a.slice(1), kw)
  const d = self(a[0])
  if (d.size === 0) throw keyError('dictionary is empty')
  const fromEnd = last === undefined || (yield* truth(last))
  const keys = [...d.canonicalKeys()]
  const slot = fromEnd ? keys[keys.length - 1] : keys[0]
  const item = pyTuple([d.keyOf(slot), d.map.get(slot)!])
  d.deleteCanonical(slot)
  return item
})

/** A new dict of the same type with the same items: natively for OrderedDict itself, else via the subclass. */
function* copyOf(d: PyOrderedDict): NativeGen<PyDict> {
  if (d.cls === OrderedDictType) {
    const copy = new PyOrderedDict(OrderedDictType)
    d.copyInto(copy)
    return copy
  }
  const copy = (yield* callPy(d.cls, [])) as PyDict
  for (const [k, v] of d.entries()) yield* storeSubscript(copy, k, v)
  return copy
}

for (const name of ['copy', '__copy__']) noArgsMethod(OrderedDictType, name, (v) => copyOf(self(v)))

classMethod(
  OrderedDictType,
  'fromkeys',
  function* (_ts, a) {
    if (a.length < 2 || a.length > 3) throw typeError(`fromkeys expected at least 1 argument, got ${a.length - 1}`)
    const d = yield* callPy(a[0] as PyType, [])
    for (const k of yield* toArray(a[1])) yield* storeSubscript(d, k, a[2] ?? None)
    return d
  },
  true,
)

resumableMethod(OrderedDictType, '__or__', function* (_ts, a) {
  if (!(a[1] instanceof PyDict)) return NotImplemented
  const d = yield* copyOf(self(a[0]))
  yield* updateMapping(d, a[1], null)
  return d
})
resumableMethod(OrderedDictType, '__ror__', function* (_ts, a) {
  if (!(a[1] instanceof PyDict)) return NotImplemented
  const d = yield* callPy(self(a[0]).cls, [a[1]])
  yield* updateMapping(d, a[0], null)
  return d
})
resumableMethod(OrderedDictType, '__ior__', function* (_ts, a) {
  yield* updateMapping(a[0], a[1], null)
  return a[0]
})

/** Dict equality, and between two OrderedDicts also the same order of keys. */
function* orderedEqual(a: PyOrderedDict, b: PyValue): NativeGen<PyValue> {
  const dictEq = yield* callPy(DictType.ns.get('__eq__')!, [a, b])
  if (dictEq === NotImplemented || !(b instanceof PyOrderedDict) || !(yield* truth(dictEq))) return dictEq
  const x = a.keys()
  const y = b.keys()
  for (let i = 0; i < x.length; i++) if (!(yield* equal(x[i], y[i]))) return pyBool(false)
  return pyBool(true)
}

resumableMethod(OrderedDictType, '__eq__', (_ts, a) => orderedEqual(self(a[0]), a[1]))
resumableMethod(OrderedDictType, '__ne__', function* (_ts, a) {
  const eq = yield* orderedEqual(self(a[0]), a[1])
  return eq === NotImplemented ? eq : pyBool(!(yield* truth(eq)))
})

const orderedDictRepr = registerNativeRepr(
  (v): v is PyOrderedDict => v instanceof PyOrderedDict,
  function* (d, item) {
    const name = shortTypeName(d.cls)
    if (d.size === 0) return `${name}()`
    const parts: string[] = []
    for (const [k, v] of d.entries()) parts.push(`(${yield* item(k)}, ${yield* item(v)})`)
    return `${name}([${parts.join(', ')}])`
  },
)
resumableMethod(OrderedDictType, '__repr__', (_ts, a) => orderedDictRepr(self(a[0])))
