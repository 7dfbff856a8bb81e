// dict: construction, updates, lookups and the other methods, with CPython 3.11's messages.
import { getAttrOrMissing } from '../../runtime/abstract/attr'
import { callSpecial, special } from '../../runtime/abstract/call'
import { equal, equalFast, registerEquality } from '../../runtime/abstract/compare'
import { dictDelete, dictGet, dictSet } from '../../runtime/abstract/dict-ops'
import { iter, next, toArray } from '../../runtime/abstract/iter'
import { builtinRepr } from '../../runtime/abstract/repr'
import { subscriptSlow } from '../../runtime/abstract/subscript'
import { isException, keyError, typeError, valueError } from '../../runtime/errors'
import { callPy, type KwArgs, type NativeGen } from '../../runtime/native'
import { None, NotImplemented, type PyType, type PyValue } from '../../runtime/object'
import { pyBool } from '../../runtime/types/bool'
import { DictType, HashSlot, PyDict } from '../../runtime/types/dict'
import { DictIterator, DictPart, DictReverseIterator } from '../../runtime/types/dict-iterator'
import { TypeErrorType } from '../../runtime/types/exceptions'
import { PySet } from '../../runtime/types/set'
import { PyTuple } from '../../runtime/types/tuple'
import { arity, classMethod, method, resumableMethod } from '../define'
import { DictView, installDictViews } from './dict-views'

/** A dict, or a subclass that iterates as one: merged entry by entry, without calling `keys()`. */
function iteratesAsDict(v: PyValue): v is PyDict {
  return v instanceof PyDict && (v.cls === DictType || v.cls.lookup('__iter__') === DictType.ns.get('__iter__'))
}

/** `PyDict_Merge(d, source, override=1)` for a mapping: its entries, or `keys()` and `source[key]`. */
function* mergeMapping(d: PyDict, source: PyValue): NativeGen<void> {
  if (iteratesAsDict(source)) {
    if (source === d) return
    for (const [key, value] of source.entries()) yield* dictSet(d, key, value)
    return
  }
  const keys = yield* toArray((yield* callSpecial(source, 'keys'))!)
  for (const key of keys) yield* dictSet(d, key, yield* subscriptSlow(source, key))
}

/** `PyDict_MergeFromSeq2`: an iterable of key/value pairs. */
function* mergePairs(d: PyDict, iterable: PyValue): NativeGen<void> {
  const it = yield* iter(iterable)
  for (let index = 0; ; index++) {
    const item = yield* next(it)
    if (item === undefined) return
    let pair: PyValue[]
    try {
      pair = yield* toArray(item)
    } catch (error) {
      if (isException(error) && error.cls.isSubtypeOf(TypeErrorType)) {
        throw typeError(`cannot convert dictionary update sequence element #${index} to a sequence`)
      }
      throw error
    }
    if (pair.length !== 2) {
      throw valueError(`dictionary update sequence element #${index} has length ${pair.length}; 2 is required`)
    }
    yield* dictSet(d, pair[0], pair[1])
  }
}

/** `dict_update_arg`: a mapping is anything with a `keys` attribute; anything else must yield pairs. */
export function* dictUpdateArg(d: PyDict, source: PyValue): NativeGen<void> {
  if (iteratesAsDict(source)) return yield* mergeMapping(d, source)
  if ((yield* getAttrOrMissing(source, 'keys')) !== undefined) return yield* mergeMapping(d, source)
  yield* mergePairs(d, source)
}

/** `dict.update` and `dict(...)`: the positional source, then the keyword arguments. */
function* update(d: PyDict, args: PyValue[], kw: KwArgs | null, name: string): NativeGen<void> {
  arity(name, args, 0, 1, 1)
  if (args.length > 1) yield* dictUpdateArg(d, args[1])
  if (kw) for (const [key, value] of kw) yield* dictSet(d, key, value)
}

/** `dict_equal`: same size, and each key of `a`, in order, maps in `b` to an equal value (`a`'s compared first). */
function* dictsEqual(a: PyDict, b: PyDict): NativeGen<boolean> {
  if (a.size !== b.size) return false
  for (const [key, value] of a.entries()) {
    const other = yield* dictGet(b, key)
    if (other === undefined || !(value === other || (yield* equal(value, other)))) return false
  }
  return true
}

/** `==` between exact dicts without Python code; undefined when a key or value needs it. */
function dictsEqualFast(a: PyDict, b: PyDict): boolean | undefined {
  if (a.size !== b.size) return false
  for (const [canonical, value] of a.map) {
    if (canonical instanceof HashSlot) return undefined
    const other = b.map.get(canonical)
    if (other === undefined) return false
    const same = equalFast(value, other)
    if (same !== true) return same
  }
  return true
}

function* fromKeys(cls: PyType, iterable: PyValue, value: PyValue): NativeGen {
  const d = yield* callPy(cls, [])
  const exact = d instanceof PyDict && d.cls === DictType
  const keys = iterable instanceof PySet ? iterable.items() : iterable instanceof PyDict ? iterable.keys() : null
  const store = function* (key: PyValue): NativeGen<void> {
    if (exact) yield* dictSet(d, key, value)
    else if ((yield* callSpecial(d, '__setitem__', [key, value])) === undefined) {
      throw typeError(`'${cls.name}' object does not support item assignment`)
    }
  }
  if (keys !== null && exact) {
    for (const key of keys) yield* store(key)
    return d
  }
  const it = yield* iter(iterable)
  for (;;) {
    const key = yield* next(it)
    if (key === undefined) return d
    yield* store(key)
  }
}

/** The last entry of a dict, found by walking its map (JS Maps keep no pointer to their end). */
function lastKey(d: PyDict): unknown {
  let last: unknown
  for (const key of d.map.keys()) last = key
  return last
}

export function installDict(): void {
  const self = (v: PyValue) => v as PyDict
  // Arguments, keywords included, are `__init__`'s to check (`dict_new`); the VM lets keywords through to a built-in
  // that declares the `kw` parameter.
  method(DictType, '__new__', (_ts, a, kw) => {
    void kw
    return (a[0] as PyType).alloc(a[0] as PyType)
  })
  resumableMethod(DictType, '__init__', function* (_ts, a, kw) {
    yield* update(self(a[0]), a, kw, 'dict')
    return None
  })
  DictType.ns.set('__hash__', None)
  method(DictType, '__len__', (_ts, a) => self(a[0]).size)
  resumableMethod(DictType, '__repr__', function* (_ts, a) {
    return yield* builtinRepr(self(a[0]))
  })
  method(DictType, '__iter__', (_ts, a) => new DictIterator(self(a[0]), DictPart.KEYS))
  method(DictType, '__reversed__', (_ts, a) => new DictReverseIterator(self(a[0]), DictPart.KEYS))
  resumableMethod(DictType, '__getitem__', function* (_ts, a) {
    const v = yield* dictGet(self(a[0]), a[1])
    if (v !== undefined) return v
    const missing = self(a[0]).cls === DictType ? undefined : special(a[0], '__missing__')
    if (missing !== undefined) return yield* callPy(missing, [a[0], a[1]])
    throw keyError(a[1])
  })
  resumableMethod(DictType, '__setitem__', function* (_ts, a) {
    yield* dictSet(self(a[0]), a[1], a[2])
    return None
  })
  resumableMethod(DictType, '__delitem__', function* (_ts, a) {
    if (!(yield* dictDelete(self(a[0]), a[1]))) throw keyError(a[1])
    return None
  })
  resumableMethod(DictType, '__contains__', function* (_ts, a) {
    return pyBool((yield* dictGet(self(a[0]), a[1])) !== undefined)
  })
  resumableMethod(DictType, 'get', function* (_ts, a) {
    arity('get', a, 1, 2, 1)
    return (yield* dictGet(self(a[0]), a[1])) ?? a[2] ?? None
  })
  resumableMethod(DictType, 'setdefault', function* (_ts, a) {
    arity('setdefault', a, 1, 2, 1)
    const d = self(a[0])
    const v = yield* dictGet(d, a[1])
    if (v !== undefined) return v
    const value = a[2] ?? None
    yield* dictSet(d, a[1], value)
    return value
  })
  resumableMethod(DictType, 'pop', function* (_ts, a) {
    arity('pop', a, 1, 2, 1)
    const d = self(a[0])
    const v = yield* dictGet(d, a[1])
    if (v === undefined) {
      if (a.length > 2) return a[2]
      throw keyError(a[1])
    }
    yield* dictDelete(d, a[1])
    return v
  })
  method(DictType, 'popitem', (_ts, a) => {
    arity('dict.popitem', a, 0, 0, 1)
    const d = self(a[0])
    if (d.size === 0) throw keyError('popitem(): dictionary is empty')
    const last = lastKey(d)
    const result = new PyTuple([d.keyOf(last), d.map.get(last)!])
    d.deleteCanonical(last)
    return result
  })
  method(DictType, 'keys', (_ts, a) => {
    arity('dict.keys', a, 0, 0, 1)
    return new DictView(self(a[0]), DictPart.KEYS)
  })
  method(DictType, 'values', (_ts, a) => {
    arity('dict.values', a, 0, 0, 1)
    return new DictView(self(a[0]), DictPart.VALUES)
  })
  method(DictType, 'items', (_ts, a) => {
    arity('dict.items', a, 0, 0, 1)
    return new DictView(self(a[0]), DictPart.ITEMS)
  })
  resumableMethod(DictType, 'update', function* (_ts, a, kw) {
    yield* update(self(a[0]), a, kw, 'update')
    return None
  })
  method(DictType, 'clear', (_ts, a) => {
    arity('dict.clear', a, 0, 0, 1)
    self(a[0]).clear()
    return None
  })
  method(DictType, 'copy', (_ts, a) => {
    arity('dict.copy', a, 0, 0, 1)
    const d = new PyDict()
    self(a[0]).copyInto(d)
    return d
  })
  classMethod(
    DictType,
    'fromkeys',
    function* (_ts, a) {
      arity('fromkeys', a, 1, 2, 1)
      return yield* fromKeys(a[0] as PyType, a[1], a[2] ?? None)
    },
    true,
  )
  const union = function* (left: PyValue, right: PyValue): NativeGen {
    if (!(left instanceof PyDict) || !(right instanceof PyDict)) return NotImplemented
    const d = new PyDict()
    left.copyInto(d)
    yield* dictUpdateArg(d, right)
    return d
  }
  resumableMethod(DictType, '__or__', function* (_ts, a) {
    return yield* union(a[0], a[1])
  })
  resumableMethod(DictType, '__ror__', function* (_ts, a) {
    return yield* union(a[1], a[0])
  })
  resumableMethod(DictType, '__ior__', function* (_ts, a) {
    yield* dictUpdateArg(self(a[0]), a[1])
    return a[0]
  })
  resumableMethod(DictType, '__eq__', function* (_ts, a) {
    if (!(a[1] instanceof PyDict)) return NotImplemented
    return pyBool(yield* dictsEqual(self(a[0]), a[1]))
  })
  resumableMethod(DictType, '__ne__', function* (_ts, a) {
    if (!(a[1] instanceof PyDict)) return NotImplemented
    return pyBool(!(yield* dictsEqual(self(a[0]), a[1])))
  })
  registerEquality((a, b) =>
    a instanceof PyDict && b instanceof PyDict && a.cls === DictType && b.cls === DictType
      ? dictsEqualFast(a, b)
      : undefined,
  )
  installDictViews()
}
