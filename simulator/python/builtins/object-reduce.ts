// object.__reduce__ and object.__reduce_ex__, as copyreg and typeobject.c define them: the recipe copy and pickle
// follow to rebuild an object (its class, how to allocate it, its state).
import { getAttr } from '../runtime/abstract/attr'
import { iter } from '../runtime/abstract/iter'
import { asInt } from '../runtime/abstract/numeric'
import { typeError } from '../runtime/errors'
import { callPy, type NativeGen } from '../runtime/native'
import { None, ObjectType, PyType, type PyValue } from '../runtime/object'
import { typeOf } from '../runtime/type-of'
import { DictType, PyDict } from '../runtime/types/dict'
import { resumable } from '../runtime/types/function'
import { ListType, PyList } from '../runtime/types/list'
import { pyTuple } from '../runtime/types/tuple'
import { resumableMethod } from './define'

/** copyreg.__newobj__(cls, *args): `cls.__new__(cls, *args)`. */
export const newObj = resumable(
  '__newobj__',
  function* (_ts, args) {
    const cls = args[0]
    if (!(cls instanceof PyType)) throw typeError('__newobj__ arg 1 must be a class')
    return yield* callPy(yield* getAttr(cls, '__new__'), args)
  },
  { module: 'copyreg' },
)

/** copyreg._reconstructor(cls, base, state): allocate as `base` does, with `state` passed to it unless object. */
export const reconstructor = resumable(
  '_reconstructor',
  function* (_ts, args) {
    const [cls, base, state] = args
    if (!(cls instanceof PyType) || !(base instanceof PyType)) throw typeError('_reconstructor needs classes')
    const obj =
      base === ObjectType
        ? yield* callPy(ObjectType.ns.get('__new__')!, [cls])
        : yield* callPy(yield* getAttr(base, '__new__'), [cls, state])
    if (base !== ObjectType && state !== None) yield* callPy(yield* getAttr(base, '__init__'), [obj, state])
    return obj
  },
  { module: 'copyreg' },
)

function* stateOf(obj: PyValue): NativeGen {
  return yield* callPy(yield* getAttr(obj, '__getstate__'), [])
}

export function installReduce(): void {
  // copyreg._reduce_ex(self, 0) for plain objects.
  const reduce = resumableMethod(ObjectType, '__reduce__', function* (_ts, args) {
    const obj = args[0]
    const state = yield* stateOf(obj)
    const recipe = [reconstructor, pyTuple([typeOf(obj), ObjectType, None])]
    return pyTuple(state === None ? recipe : [...recipe, state])
  })
  // reduce_newobj for protocol 2 and up; an overridden __reduce__ wins.
  resumableMethod(ObjectType, '__reduce_ex__', function* (_ts, args) {
    const [obj, protocol] = args
    const own = typeOf(obj).lookup('__reduce__')
    if (own !== undefined && own !== reduce) return yield* callPy(yield* getAttr(obj, '__reduce__'), [])
    const proto = asInt(protocol ?? 0)
    if (proto === undefined) throw typeError(`'${typeOf(protocol).name}' object cannot be interpreted as an integer`)
    if (proto < 2) return yield* callPy(reduce, [obj])
    const t = typeOf(obj)
    const listItems = obj instanceof PyList && t.isSubtypeOf(ListType) ? yield* iter(obj) : None
    const dictItems =
      obj instanceof PyDict && t.isSubtypeOf(DictType)
        ? yield* iter(yield* callPy(yield* getAttr(obj, 'items'), []))
        : None
    return pyTuple([newObj, pyTuple([t]), yield* stateOf(obj), listItems, dictItems])
  })
}
