import { typeError } from '../errors'
import type { NativeGen } from '../native'
import { None, PyObject, type PyValue } from '../object'
import { typeOf } from '../type-of'
import { PyBool } from '../types/bool'
import { PyDict } from '../types/dict'
import { PyComplex } from '../types/complex'
import { PyFloat } from '../types/float'
import { PyList } from '../types/list'
import { PyTuple } from '../types/tuple'
import { callSpecial } from './call'
import { lengthOf, lengthResult } from './length'

/** Truthiness of built-in values; undefined when a `__bool__`/`__len__` written in Python decides. */
export function truthFast(v: PyValue): boolean | undefined {
  switch (typeof v) {
    case 'number':
      return v !== 0
    case 'bigint':
      return true
    case 'string':
      return v.length > 0
  }
  if (v instanceof PyBool) return v.value
  if (v === None) return false
  if (v.cls.builtin) {
    if (v instanceof PyFloat) return v.value !== 0
    if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0
    if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0
    if (v instanceof PyDict) return v.size > 0
    const n = lengthOf(v)
    if (n !== undefined) return n > 0
    return true
  }
  const t = v.cls
  if (t.lookup('__bool__') === undefined && t.lookup('__len__') === undefined) return true
  return undefined
}

export function* truth(v: PyValue): NativeGen<boolean> {
  const fast = truthFast(v)
  if (fast !== undefined) return fast
  const obj = v as PyObject
  if (obj.cls.lookup('__bool__') !== undefined) {
    const r = yield* callSpecial(v, '__bool__')
    if (r instanceof PyBool) return r.value
    throw typeError(`__bool__ should return bool, returned ${typeOf(r!).name}`)
  }
  return (yield* lengthResult((yield* callSpecial(v, '__len__'))!)) > 0
}
