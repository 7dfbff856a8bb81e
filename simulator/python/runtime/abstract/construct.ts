// Calling a class: type.__call__ runs `__new__`, then `__init__` when the result is an instance of the class; a
// metaclass's own `__call__` replaces all of that.
import { typeError } from '../errors'
import { callPy, type KwArgs, type NativeGen } from '../native'
import { None, ObjectType, PyType, TypeType, type PyValue } from '../object'
import { typeOf } from '../type-of'
import { PyStaticMethod } from '../types/descriptors'
import { PyFunction } from '../types/function'
import type { ThreadState } from '../../vm/thread-state'

/** type.__call__, installed by the builtins: a metaclass inheriting it calls classes the ordinary way. */
let typeCall: PyValue | undefined

export function setTypeCall(fn: PyValue): void {
  typeCall = fn
}

/**
 * The `__init__` to run directly when calling `cls` is only "allocate, then run this Python `__init__`" — the
 * common case the VM takes without a native frame. Undefined when anything else is involved.
 */
export function plainInitOf(cls: PyType): PyFunction | undefined {
  if (cls.cls !== TypeType) return undefined
  if (cls.lookup('__new__') !== ObjectType.ns.get('__new__')) return undefined
  const init = cls.lookup('__init__')
  return init instanceof PyFunction ? init : undefined
}

/** `cls(*args, **kw)`: the metaclass's `__call__`, or type_call. */
export function* construct(ts: ThreadState, cls: PyType, args: PyValue[], kw: KwArgs | null): NativeGen {
  void ts
  const meta = cls.cls
  if (meta !== TypeType) {
    const call = meta.lookup('__call__')
    if (call !== undefined && call !== typeCall) return yield* callPy(call, [cls, ...args], kw)
  }
  return yield* callType(cls, args, kw)
}

/** type_call: `type(x)`, else `__new__`, then `__init__` when the result is an instance of the class. */
export function* callType(cls: PyType, args: PyValue[], kw: KwArgs | null): NativeGen {
  if (cls === TypeType) {
    if (args.length === 1 && !(kw && kw.size)) return typeOf(args[0])
    if (args.length !== 3) throw typeError('type() takes 1 or 3 arguments')
  }
  let newFn = cls.lookup('__new__')
  if (newFn instanceof PyStaticMethod) newFn = newFn.func
  // A built-in type with neither a constructor nor an allocator of its own (tp_new NULL) cannot be called.
  const inheritsNothing = cls.builtin && cls !== ObjectType && cls.alloc === ObjectType.alloc
  if (newFn === undefined || (newFn === ObjectType.ns.get('__new__') && inheritsNothing)) {
    throw typeError(`cannot create '${cls.name}' instances`)
  }
  const obj = yield* callPy(newFn, [cls, ...args], kw)
  if (!typeOf(obj).isSubtypeOf(cls)) return obj
  const init = typeOf(obj).lookup('__init__')
  if (init !== undefined) {
    const r = yield* callPy(init, [obj, ...args], kw)
    if (r !== None) throw typeError(`__init__() should return None, not '${typeOf(r).name}'`)
  }
  return obj
}
