// Argument checks shared by the str methods, with CPython 3.11's messages.
import { asInt } from '../../runtime/abstract/numeric'
import { typeError } from '../../runtime/errors'
import type { KwArgs } from '../../runtime/native'
import { None, type PyValue } from '../../runtime/object'
import { typeName } from '../../runtime/type-of'
import { boxedStr, strOf } from '../../runtime/types/str-subclass'

/** The str a method runs on, or the error calling `str.name` on something else gives. */
export function selfStr(name: string, v: PyValue | undefined): string {
  if (typeof v === 'string') return v
  const boxed = typeof v === 'object' ? boxedStr(v) : undefined
  if (boxed !== undefined) return boxed
  if (v === undefined) throw typeError(`unbound method str.${name}() needs an argument`)
  throw typeError(`descriptor '${name}' for 'str' objects doesn't apply to a '${typeName(v)}' object`)
}

/** A str argument; anything else raises `message` followed by the type's name. */
export function strArg(v: PyValue, message = 'must be str'): string {
  const s = strOf(v)
  if (s === undefined) throw typeError(`${message}, not ${typeName(v)}`)
  return s
}

/** An int argument (a C Py_ssize_t): huge values saturate, as the length checks that follow treat them alike. */
export function intArg(v: PyValue): number {
  const i = asInt(v)
  if (i === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`)
  return typeof i === 'bigint' ? (i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : i
}

/** A start/end argument (_PyEval_SliceIndex): None or missing gives `fallback`. */
export function sliceIndexArg(v: PyValue | undefined, fallback: number): number {
  if (v === undefined || v === None) return fallback
  const i = asInt(v)
  if (i === undefined) throw typeError('slice indices must be integers or None or have an __index__ method')
  return typeof i === 'bigint' ? (i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : i
}

/** ADJUST_INDICES: negative indexes count from the end; `end` is clamped to the length, `start` only below. */
export function adjustIndices(start: number, end: number, length: number): [number, number] {
  if (end > length) end = length
  else if (end < 0) end = Math.max(0, end + length)
  if (start < 0) start = Math.max(0, start + length)
  return [start, end]
}

/** Positional arguments after self, with `name() takes at least/at most N argument(s) (K given)` checks. */
export function positional(name: string, args: PyValue[], min: number, max: number): void {
  const n = args.length - 1
  const plural = (k: number) => `${k} argument${k === 1 ? '' : 's'}`
  if (n < min) throw typeError(`${name}() takes at least ${plural(min)} (${n} given)`)
  if (n > max) throw typeError(`${name}() takes at most ${plural(max)} (${n} given)`)
}

/** Methods implemented with METH_VARARGS refuse keywords: `str.find() takes no keyword arguments`. */
export function noKeywordArgs(qualname: string, kw: KwArgs | null): void {
  if (kw && kw.size) throw typeError(`${qualname}() takes no keyword arguments`)
}

/** Keyword-or-positional arguments of an Argument Clinic method: the values in parameter order. */
export function clinicArgs(
  name: string,
  args: PyValue[],
  kw: KwArgs | null,
  params: string[],
  required = 0,
): (PyValue | undefined)[] {
  const given = args.slice(1)
  if (given.length > params.length) {
    const most = params.length
    throw typeError(`${name}() takes at most ${most} argument${most === 1 ? '' : 's'} (${given.length} given)`)
  }
  const values: (PyValue | undefined)[] = params.map((_, i) => given[i])
  if (kw) {
    for (const [key, value] of kw) {
      const at = params.indexOf(key)
      if (at < 0) throw typeError(`'${key}' is an invalid keyword argument for ${name}()`)
      if (values[at] !== undefined) {
        throw typeError(`argument for ${name}() given by name ('${key}') and position (${at + 1})`)
      }
      values[at] = value
    }
  }
  for (let i = 0; i < required; i++) {
    if (values[i] === undefined) {
      throw typeError(`${name}() missing required argument '${params[i]}' (pos ${i + 1})`)
    }
  }
  return values
}
