// format(value, spec): the mini-language for str, int, bool and float natively; `__format__` otherwise.
import { formatFloat, formatInt, formatStr, intToString } from '../../format'
import { typeError } from '../errors'
import { checkRecursiveCall, whileCalling, whileStr } from '../recursion'
import { callPy, type NativeGen } from '../native'
import type { PyValue } from '../object'
import { typeOf } from '../type-of'
import { PyBool } from '../types/bool'
import { PyFloat } from '../types/float'
import { PyBuiltin } from '../types/function'
import { strOf } from '../types/str-subclass'
import { reprFast, strFast } from './repr'
import { asciiOf } from './ascii'

/** f-string/format() result without Python code; undefined when a `__str__`/`__repr__`/`__format__` must run. */
export function formatValueFast(v: PyValue, conversion: number, spec: string): string | undefined {
  let value: PyValue | undefined = v
  if (conversion === 1) value = strFast(v)
  else if (conversion === 2) value = reprFast(v)
  else if (conversion === 3) value = asciiFast(v)
  if (value === undefined) return undefined
  return formatBuiltin(value, spec)
}

function asciiFast(v: PyValue): string | undefined {
  const r = reprFast(v)
  return r === undefined ? undefined : asciiOf(r)
}

/** Formats a built-in str/int/bool/float; undefined for anything else. */
export function formatBuiltin(value: PyValue, spec: string): string | undefined {
  if (typeof value === 'string') return spec === '' ? value : formatStr(value, spec)
  if (typeof value === 'number' || typeof value === 'bigint')
    return spec === '' ? intToString(value, 10) : formatInt(value, spec)
  if (typeof value !== 'object' || !value.cls.builtin)
    return hasNativeFormat(value) && spec === '' ? strFast(value) : undefined
  if (value instanceof PyBool)
    return spec === '' ? (value.value ? 'True' : 'False') : formatInt(value.value ? 1 : 0, spec)
  if (value instanceof PyFloat) return formatFloat(value.value, spec)
  if (spec === '') return strFast(value)
  return undefined
}

function hasNativeFormat(v: PyValue): boolean {
  return typeOf(v).lookup('__format__') instanceof PyBuiltin
}

/**
 * The recursion check PyObject_Format meets first: none for a str without a spec, str()'s for an int without one,
 * else the call of a built-in `__format__` method (a Python one is checked when its frame is pushed).
 */
export function formatRecursionCheck(v: PyValue, spec: string): string | null {
  if (spec === '' && typeof v === 'string') return null
  if (spec === '' && (typeof v === 'number' || typeof v === 'bigint')) return whileStr
  return typeOf(v).lookup('__format__') instanceof PyBuiltin ? whileCalling : null
}

export function* formatValue(v: PyValue, spec: string): NativeGen<string> {
  const where = formatRecursionCheck(v, spec)
  if (where !== null) checkRecursiveCall(where)
  const fast = formatBuiltin(v, spec)
  if (fast !== undefined) return fast
  const method = typeOf(v).lookup('__format__')!
  const r = yield* callPy(method, [v, spec])
  const s = strOf(r)
  if (s === undefined) throw typeError(`__format__ must return a str, not ${typeOf(r).name}`)
  return s
}
