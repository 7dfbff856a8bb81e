// collections.defaultdict: a dict that calls a factory for missing keys (through `__missing__`).
import { method, resumableMethod } from '../../python/builtins/define'
import { keyError, typeError } from '../../python/runtime/errors'
import { callPy, type NativeGen } from '../../python/runtime/native'
import { None, NotImplemented, type PyType, type PyValue } from '../../python/runtime/object'
import { PyGetSet } from '../../python/runtime/types/descriptors'
import { DictType, PyDict } from '../../python/runtime/types/dict'
import { storeSubscript } from '../../python/vm/slow-ops'
import { isCallable } from '../common/callable'
import { oneArgMethod, noArgsMethod } from '../common/method-args'
import { moduleType, shortTypeName } from '../common/module-type'
import { registerNativeRepr, type ItemRepr } from '../common/native-repr'
import { updateMapping } from './mapping-update'

export class PyDefaultDict extends PyDict {
  factory: PyValue = None
}

export const DefaultDictType = moduleType('collections', 'defaultdict', DictType, (cls) => new PyDefaultDict(cls))
const self = (v: PyValue) => v as PyDefaultDict

function checkFactory(v: PyValue): PyValue {
  if (v !== None && !isCallable(v)) throw typeError('first argument must be callable or None')
  return v
}

// Arguments are for __init__ (dict's own __new__ takes none).
method(DefaultDictType, '__new__', (_ts, a, _kw) => new PyDefaultDict(a[0] as PyType))
resumableMethod(DefaultDictType, '__init__', function* (_ts, a, kw) {
  const d = self(a[0])
  d.factory = a.length > 1 ? checkFactory(a[1]) : None
  return yield* callPy(DictType.ns.get('__init__')!, [d, ...a.slice(2)], kw)
})
DefaultDictType.ns.set(
  'default_factory',
  new PyGetSet(
    'default_factory',
    (v) => self(v).factory,
    (v, x) => {
      self(v).factory = x ?? None
    },
  ),
)
oneArgMethod(DefaultDictType, '__missing__', function* (v, key) {
  const d = self(v)
  if (d.factory === None) throw keyError(key)
  const value = yield* callPy(d.factory, [])
  yield* storeSubscript(d, key, value)
  return value
})

/** `type(d)(d.default_factory, d)`, as defaultdict.copy does. */
function copyOf(d: PyDefaultDict): NativeGen {
  return callPy(d.cls, [d.factory, d])
}

for (const name of ['copy', '__copy__']) noArgsMethod(DefaultDictType, name, (v) => copyOf(self(v)))
resumableMethod(DefaultDictType, '__or__', function* (_ts, a) {
  if (!(a[1] instanceof PyDict)) return NotImplemented
  const d = (yield* copyOf(self(a[0]))) as PyDict
  yield* updateMapping(d, a[1], null)
  return d
})
resumableMethod(DefaultDictType, '__ror__', function* (_ts, a) {
  if (!(a[1] instanceof PyDict)) return NotImplemented
  const d = self(a[0])
  const result = (yield* callPy(d.cls, [d.factory, a[1]])) as PyDict
  yield* updateMapping(result, d, null)
  return result
})

function* factoryRepr(d: PyDefaultDict, item: ItemRepr): NativeGen<string> {
  return d.factory === None ? 'None' : yield* item(d.factory)
}

const defaultDictRepr = registerNativeRepr(
  (v): v is PyDefaultDict => v instanceof PyDefaultDict,
  function* (d, item) {
    const parts: string[] = []
    for (const [k, v] of d.entries()) parts.push(`${yield* item(k)}: ${yield* item(v)}`)
    return `${shortTypeName(d.cls)}(${yield* factoryRepr(d, item)}, {${parts.join(', ')}})`
  },
  // Inside itself, only the dict part is elided.
  function* (d, item) {
    return `${shortTypeName(d.cls)}(${yield* factoryRepr(d, item)}, {...})`
  },
)
resumableMethod(DefaultDictType, '__repr__', (_ts, a) => defaultDictRepr(self(a[0])))
