// Reading numeric arguments as CPython's C functions do: PyNumber_Index for integers, PyFloat_AsDouble for reals.
// Both may call `__index__`/`__float__` written in Python, so they are resumable.
import { intToFloat, type PyInt } from '../../python/runtime/abstract/int-ops'
import { callSpecial, special } from '../../python/runtime/abstract/call'
import { asInt } from '../../python/runtime/abstract/numeric'
import { typeError } from '../../python/runtime/errors'
import type { NativeGen } from '../../python/runtime/native'
import type { PyValue } from '../../python/runtime/object'
import { typeName } from '../../python/runtime/type-of'
import { PyFloat } from '../../python/runtime/types/float'

/** PyNumber_Index: an int (bools count as 0 and 1), or the int that `__index__` returns. */
export function* indexOf(v: PyValue): NativeGen<PyInt> {
  const i = asInt(v)
  if (i !== undefined) return i
  if (special(v, '__index__') === undefined) {
    throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`)
  }
  const r = (yield* callSpecial(v, '__index__'))!
  const ri = asInt(r)
  if (ri === undefined) throw typeError(`__index__ returned non-int (type ${typeName(r)})`)
  return ri
}

/** PyFloat_AsDouble: floats, ints (OverflowError past the float range), `__float__`, then `__index__`. */
export function* realOf(v: PyValue): NativeGen<number> {
  if (v instanceof PyFloat) return v.value
  const i = asInt(v)
  if (i !== undefined) return intToFloat(i)
  if (special(v, '__float__') !== undefined) {
    const r = (yield* callSpecial(v, '__float__'))!
    if (!(r instanceof PyFloat)) throw typeError(`${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`)
    return r.value
  }
  if (special(v, '__index__') !== undefined) return intToFloat(yield* indexOf(v))
  throw typeError(`must be real number, not ${typeName(v)}`)
}
