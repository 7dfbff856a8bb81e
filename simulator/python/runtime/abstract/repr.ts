// repr() and str(): built-in values natively, anything with `__repr__`/`__str__` in Python through the VM.
import { floatRepr, intToString, pyStrRepr } from '../../format'
import { typeError } from '../errors'
import { enterRecursiveCall, leaveRecursiveCall, whileRepr, whileStr } from '../recursion'
import { callPy, type NativeGen } from '../native'
import { Ellipsis, None, NotImplemented, ObjectType, PyObject, PyType, type PyValue } from '../object'
import { typeOf } from '../type-of'
import { PyBool } from '../types/bool'
import { PyBytes } from '../types/bytes'
import { PyDict } from '../types/dict'
import { BaseExceptionType, KeyErrorType, PyBaseException } from '../types/exceptions'
import { PyFloat } from '../types/float'
import { PyBoundMethod, PyBuiltin, PyFunction } from '../types/function'
import { PyList } from '../types/list'
import { PyModule } from '../types/module'
import { PyRange } from '../types/range'
import { PySlice } from '../types/slice'
import { PyTuple } from '../types/tuple'
import { boxedStr, strOf } from '../types/str-subclass'
import { PyGenerator } from '../types/generator'
import { address } from './identity'
import { bytesRepr } from './bytes-repr'

/** Native reprs of further built-in types (sets, deques, …), registered by their modules. */
/**
 * A native repr: the repr, undefined when `v` is not its type's, or null when it is but an item's repr needs Python
 * code (the slow repr registered beside it takes over).
 */
type NativeRepr = (v: PyObject, item: (x: PyValue) => string | undefined) => string | undefined | null
const nativeReprs: NativeRepr[] = []

export function registerRepr(fn: NativeRepr): void {
  nativeReprs.push(fn)
}

export function typeRepr(t: PyType): string {
  return t.module === 'builtins' ? `<class '${t.qualname}'>` : `<class '${t.module}.${t.qualname}'>`
}

/** A special method defined in Python by the value's class (a built-in one is handled natively here). */
export function pythonMethod(v: PyObject, name: string): PyValue | undefined {
  if (v.cls.builtin) return undefined
  const m = v.cls.lookup(name)
  return m === undefined || m instanceof PyBuiltin ? undefined : m
}

function hasPythonRepr(v: PyObject): boolean {
  return pythonMethod(v, '__repr__') !== undefined
}

/** The repr of a value whose repr needs no Python code; undefined otherwise. `seen` guards recursion. */
export function reprFast(v: PyValue, seen: Set<PyObject> = new Set()): string | undefined {
  switch (typeof v) {
    case 'number':
      return String(v)
    case 'bigint':
      return intToString(v, 10)
    case 'string':
      return pyStrRepr(v)
  }
  if (v instanceof PyFloat && v.cls.builtin) return floatRepr(v.value)
  if (v instanceof PyBool) return v.value ? 'True' : 'False'
  if (v === None) return 'None'
  if (hasPythonRepr(v)) return undefined
  // instances of subclasses of float, int and str (which hold their value boxed) print as the value
  if (v instanceof PyFloat) return floatRepr(v.value)
  const boxed = (v as { intValue?: PyValue }).intValue ?? boxedStr(v)
  if (boxed !== undefined) return reprFast(boxed)
  const item = (x: PyValue) => nestedRepr(() => reprFast(x, seen))
  // Registered first: some registered types (defaultdict, OrderedDict) are dicts with their own repr.
  for (const fn of nativeReprs) {
    const r = fn(v, item)
    if (r === null) return undefined
    if (r !== undefined) return r
  }
  if (v instanceof PyList) return container(v, seen, '[', ']', () => items(v.items, item))
  if (v instanceof PyTuple) {
    return container(v, seen, '(', ')', () => {
      const inner = items(v.items, item)
      return inner !== undefined && v.items.length === 1 ? inner + ',' : inner
    })
  }
  if (v instanceof PyDict) {
    return container(v, seen, '{', '}', () => {
      const parts: string[] = []
      for (const [k, x] of v.entries()) {
        const rk = item(k)
        const rv = item(x)
        if (rk === undefined || rv === undefined) return undefined
        parts.push(`${rk}: ${rv}`)
      }
      return parts.join(', ')
    })
  }
  return objectReprOf(v)
}

function items(values: PyValue[], item: (x: PyValue) => string | undefined): string | undefined {
  const parts: string[] = []
  for (const x of values) {
    const r = item(x)
    if (r === undefined) return undefined
    parts.push(r)
  }
  return parts.join(', ')
}

function container(
  v: PyObject,
  seen: Set<PyObject>,
  open: string,
  close: string,
  inner: () => string | undefined,
): string | undefined {
  if (seen.has(v)) return `${open}...${close}`
  seen.add(v)
  try {
    const body = inner()
    if (body === undefined) return undefined
    return `${open}${body}${close}`
  } finally {
    seen.delete(v)
  }
}

/** Default reprs of built-in objects without a value-based repr. */
export function objectReprOf(v: PyObject): string {
  if (v instanceof PyType) return typeRepr(v)
  if (v === Ellipsis) return 'Ellipsis'
  if (v === NotImplemented) return 'NotImplemented'
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${address(v)}>`
  if (v instanceof PyBuiltin) {
    if (v.self !== null) {
      const self = v.self
      if (self instanceof PyType) return `<built-in method ${v.name} of type object at ${address(self)}>`
      return `<built-in method ${v.name} of ${typeOf(self).name} object at ${address(self as PyObject)}>`
    }
    if (v.owner) return `<method '${v.name}' of '${v.owner.name}' objects>`
    return `<built-in function ${v.name}>`
  }
  if (v instanceof PyBoundMethod) {
    const f = v.func
    const name = f instanceof PyFunction ? f.qualname : f instanceof PyBuiltin ? f.name : '?'
    const selfRepr = reprFast(v.self) ?? `<${typeOf(v.self).name} object>`
    return `<bound method ${name} of ${selfRepr}>`
  }
  if (v instanceof PyModule) {
    const file = v.dict.getStr('__file__')
    return typeof file === 'string' ? `<module '${v.name}' from '${file}'>` : `<module '${v.name}' (built-in)>`
  }
  if (v instanceof PyBaseException) {
    const args = v.args.items
    const inner = args.length === 1 ? reprFast(args[0]) : items(args, (x) => reprFast(x))
    return `${v.cls.name}(${inner ?? '...'})`
  }
  if (v instanceof PyRange) {
    return v.step === 1 ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`
  }
  if (v instanceof PySlice) {
    return `slice(${reprFast(v.start)}, ${reprFast(v.stop)}, ${reprFast(v.step)})`
  }
  if (v instanceof PyBytes) return bytesRepr(v.bytes)
  if (v instanceof PyGenerator) {
    return `<${v.cls.name} object ${v.qualname} at ${address(v)}>`
  }
  const t = v.cls
  const name = t.module === 'builtins' ? t.qualname : `${t.module}.${t.qualname}`
  return `<${name} object at ${address(v)}>`
}

/** PyObject_Repr: it holds a unit of recursion depth while it runs (see runtime/recursion). */
export function* repr(v: PyValue): NativeGen<string> {
  enterRecursiveCall(whileRepr)
  try {
    const fast = reprFast(v)
    if (fast !== undefined) return fast
    return yield* reprSlow(v, new Set())
  } finally {
    leaveRecursiveCall()
  }
}

/** An item's repr inside a container's is PyObject_Repr again, one unit deeper. */
function nestedRepr<T>(compute: () => T): T {
  enterRecursiveCall(whileRepr)
  try {
    return compute()
  } finally {
    leaveRecursiveCall()
  }
}

function* reprSlow(v: PyValue, seen: Set<PyObject>): NativeGen<string> {
  const obj = v as PyObject
  if (hasPythonRepr(obj)) {
    const r = yield* callPy(obj.cls.lookup('__repr__')!, [v])
    const s = strOf(r)
    if (s === undefined) throw typeError(`__repr__ returned non-string (type ${typeOf(r).name})`)
    return s
  }
  return yield* reprBuiltinSlow(obj, seen)
}

/** The repr a built-in type gives `v` even when its class overrides `__repr__` (`list.__repr__(self)`). */
export function* builtinRepr(v: PyObject): NativeGen<string> {
  const seen = new Set<PyObject>()
  const item = (x: PyValue) => nestedRepr(() => reprFast(x, seen))
  for (const fn of nativeReprs) {
    const r = fn(v, item)
    if (typeof r === 'string') return r
    if (r === null) break
  }
  return yield* reprBuiltinSlow(v, seen)
}

function* reprBuiltinSlow(obj: PyObject, seen: Set<PyObject>): NativeGen<string> {
  const v: PyValue = obj
  const item = function* (x: PyValue): NativeGen<string> {
    enterRecursiveCall(whileRepr)
    try {
      return reprFast(x, seen) ?? (yield* reprSlow(x, seen))
    } finally {
      leaveRecursiveCall()
    }
  }
  for (const fn of nativeSlowReprs) {
    const r = yield* fn(obj, item)
    if (r !== undefined) return r
  }
  if (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict) {
    const [open, close] = v instanceof PyList ? '[]' : v instanceof PyTuple ? '()' : '{}'
    if (seen.has(v)) return `${open}...${close}`
    seen.add(v)
    const parts: string[] = []
    try {
      if (v instanceof PyDict) {
        for (const [k, x] of v.entries()) parts.push(`${yield* item(k)}: ${yield* item(x)}`)
      } else {
        for (const x of v.items) parts.push(yield* item(x))
      }
    } finally {
      seen.delete(v)
    }
    const trailing = v instanceof PyTuple && parts.length === 1 ? ',' : ''
    return `${open}${parts.join(', ')}${trailing}${close}`
  }
  if (v instanceof PyBaseException) {
    const args = v.args.items
    const parts: string[] = []
    for (const x of args) parts.push(yield* item(x))
    return `${v.cls.name}(${parts.join(', ')})`
  }
  return objectReprOf(obj)
}

type SlowRepr = (v: PyObject, item: (x: PyValue) => NativeGen<string>) => NativeGen<string | undefined>
const nativeSlowReprs: SlowRepr[] = []

/** Containers registered with registerRepr also register how to repr items that need Python. */
export function registerSlowRepr(fn: SlowRepr): void {
  nativeSlowReprs.push(fn)
}

/** str(): the string itself, `__str__` if the class defines one, an exception's message, else repr(). */
export function strFast(v: PyValue): string | undefined {
  if (typeof v === 'string') return v
  if (typeof v === 'object') {
    if (pythonMethod(v, '__str__') !== undefined) return undefined
    const boxed = boxedStr(v)
    if (boxed !== undefined) return boxed
    if (hasPythonRepr(v)) return undefined
    if (v instanceof PyBaseException) return exceptionStr(v)
    // A built-in type with a `__str__` of its own (mappingproxy) answers through it.
    const own = v.cls.lookup('__str__')
    if (own !== undefined && own !== ObjectType.ns.get('__str__') && !(v instanceof PyBytes)) return undefined
  }
  return reprFast(v)
}

/** The message of an exception whose class keeps BaseException's (or KeyError's) `__str__`; undefined otherwise. */
function exceptionStr(e: PyBaseException): string | undefined {
  const method = e.cls.lookup('__str__')
  const args = e.args.items
  if (method === KeyErrorType.ns.get('__str__') && args.length === 1) return reprFast(args[0])
  if (method !== BaseExceptionType.ns.get('__str__') && method !== KeyErrorType.ns.get('__str__')) return undefined
  if (args.length === 0) return ''
  if (args.length === 1) return strFast(args[0])
  return reprFast(e.args)
}

/** PyObject_Str: a str is itself; anything else holds a unit of recursion depth while it is converted. */
export function* str(v: PyValue): NativeGen<string> {
  if (typeof v === 'string') return v
  enterRecursiveCall(whileStr)
  try {
    const fast = strFast(v)
    if (fast !== undefined) return fast
    const method = (v as PyObject).cls.lookup('__str__')
    if (method === undefined || method === ObjectType.ns.get('__str__')) return yield* reprUnchecked(v)
    const r = yield* callPy(method, [v])
    const s = strOf(r)
    if (s === undefined) throw typeError(`__str__ returned non-string (type ${typeOf(r).name})`)
    return s
  } finally {
    leaveRecursiveCall()
  }
}

/** object.__str__ calls the type's repr directly, without PyObject_Repr's check. */
export function* reprUnchecked(v: PyValue): NativeGen<string> {
  return reprFast(v) ?? (yield* reprSlow(v, new Set()))
}
