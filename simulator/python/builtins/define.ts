// Small helpers for installing built-in methods and checking their arguments with CPython's messages.
import { typeError } from '../runtime/errors'
import type { KwArgs } from '../runtime/native'
import type { PyType, PyValue } from '../runtime/object'
import { typeName } from '../runtime/type-of'
import { PyBuiltin, type BuiltinOptions, type NativeImpl, type ResumableImpl } from '../runtime/types/function'
import { strOf } from '../runtime/types/str-subclass'

/** Installs a method on a built-in type: it receives self as args[0]. */
export function method(type: PyType, name: string, impl: NativeImpl, options: BuiltinOptions = {}): PyBuiltin {
  const fn = new PyBuiltin(name, impl, false, { method: true, ...options }, type)
  type.ns.set(name, fn)
  return fn
}

export function resumableMethod(
  type: PyType,
  name: string,
  impl: ResumableImpl,
  options: BuiltinOptions = {},
): PyBuiltin {
  const fn = new PyBuiltin(name, impl, true, { method: true, ...options }, type)
  type.ns.set(name, fn)
  return fn
}

/** A method found on the class but bound to the class (dict.fromkeys, int.from_bytes). */
export function classMethod(
  type: PyType,
  name: string,
  impl: NativeImpl | ResumableImpl,
  resumable = false,
): PyBuiltin {
  const fn = new PyBuiltin(name, impl, resumable, { classMethod: true }, type)
  type.ns.set(name, fn)
  return fn
}

/** Checks a positional argument count: `name() takes exactly one argument (2 given)` and friends. */
export function arity(name: string, args: PyValue[], min: number, max = min, offset = 0): void {
  const n = args.length - offset
  if (n >= min && n <= max) return
  if (min === max) {
    if (min === 0) throw typeError(`${name}() takes no arguments (${n} given)`)
    if (min === 1) throw typeError(`${name}() takes exactly one argument (${n} given)`)
    throw typeError(`${name} expected ${min} arguments, got ${n}`)
  }
  if (n < min) throw typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`)
  throw typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`)
}

export function noKeywords(name: string, kw: KwArgs | null): void {
  if (kw && kw.size) throw typeError(`${name}() takes no keyword arguments`)
}

/** Reads a keyword-or-positional argument. */
export function argument(args: PyValue[], kw: KwArgs | null, index: number, name: string): PyValue | undefined {
  if (index < args.length) return args[index]
  return kw?.get(name)
}

export function expectStr(fn: string, v: PyValue, what = 'argument'): string {
  const s = strOf(v)
  if (s === undefined) throw typeError(`${fn}() ${what} must be str, not ${typeName(v)}`)
  return s
}
