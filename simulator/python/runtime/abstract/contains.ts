// The `in` operator: built-in containers natively, `__contains__`, then iteration.
import { typeError } from '../errors'
import { callPy, type NativeGen } from '../native'
import type { PyObject, PyValue } from '../object'
import { typeName } from '../type-of'
import { PyDict } from '../types/dict'
import { PyList } from '../types/list'
import { PyRange } from '../types/range'
import { PyTuple } from '../types/tuple'
import { strOf } from '../types/str-subclass'
import { special } from './call'
import { equal, equalFast } from './compare'
import { dictGet, dictGetFast, NEEDS_HASH } from './dict-ops'
import { iter, next } from './iter'
import { asInt } from './numeric'
import { truth } from './truth'

/** Containers with a native `in` (sets, deques, dict views) register here. */
const nativeContains: ((item: PyValue, container: PyObject) => boolean | undefined | typeof NEEDS_HASH)[] = []

export function registerContains(
  fn: (item: PyValue, container: PyObject) => boolean | undefined | typeof NEEDS_HASH,
): void {
  nativeContains.push(fn)
}

/** `item in container` without Python code; undefined when Python code must decide or an error must be raised. */
export function containsBuiltin(item: PyValue, container: PyValue): boolean | undefined {
  if (typeof container === 'string') {
    if (typeof item !== 'string') return undefined
    return container.includes(item)
  }
  if (typeof container !== 'object' || !container.cls.builtin) return undefined
  if (container instanceof PyList || container instanceof PyTuple) {
    for (const x of container.items) {
      const eq = equalFast(x, item)
      if (eq === undefined) return undefined
      if (eq) return true
    }
    return false
  }
  if (container instanceof PyDict) {
    const v = dictGetFast(container, item)
    return v === NEEDS_HASH ? undefined : v !== undefined
  }
  if (container instanceof PyRange) {
    // Only ints and bools are found arithmetically; anything else is compared item by item.
    const i = asInt(item)
    return i === undefined ? undefined : container.indexOf(i) !== -1
  }
  for (const fn of nativeContains) {
    const r = fn(item, container)
    if (r === NEEDS_HASH) return undefined
    if (r !== undefined) return r
  }
  return undefined
}

export function* containsSlow(item: PyValue, container: PyValue): NativeGen<boolean> {
  if (typeof container === 'string') {
    const part = strOf(item)
    if (part === undefined) throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`)
    return container.includes(part)
  }
  if (container instanceof PyDict && container.cls.builtin) return (yield* dictGet(container, item)) !== undefined
  if ((container instanceof PyList || container instanceof PyTuple) && container.cls.builtin) {
    for (const x of [...container.items]) if (yield* equal(x, item)) return true
    return false
  }
  const method = special(container, '__contains__')
  if (method !== undefined) return yield* truth(yield* callPy(method, [container, item]))
  if (special(container, '__iter__') === undefined && special(container, '__getitem__') === undefined) {
    throw typeError(`argument of type '${typeName(container)}' is not iterable`)
  }
  const it = yield* iter(container)
  for (;;) {
    const x = yield* next(it)
    if (x === undefined) return false
    if (yield* equal(x, item)) return true
  }
}
