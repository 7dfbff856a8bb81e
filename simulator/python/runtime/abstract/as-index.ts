// Integers from index-like values (`PyNumber_Index` and its C conversions): ints and bools directly, anything else
// through `__index__`.
import { overflowError, typeError } from '../errors'
import type { NativeGen } from '../native'
import type { PyValue } from '../object'
import { typeName } from '../type-of'
import { PyBool } from '../types/bool'
import { callSpecial, special } from './call'

const SSIZE_MAX = 2n ** 63n - 1n
const SSIZE_MIN = -(2n ** 63n)

/** An int or bool as an int; undefined for anything else. */
export function indexFast(v: PyValue): number | bigint | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v
  if (v instanceof PyBool) return v.value ? 1 : 0
  return undefined
}

/** `operator.index(v)`: TypeError `message` (by default CPython's) when `v` has no `__index__`. */
export function* asIndex(v: PyValue, message?: string): NativeGen<number | bigint> {
  const fast = indexFast(v)
  if (fast !== undefined) return fast
  if (special(v, '__index__') === undefined) {
    throw typeError(message ?? `'${typeName(v)}' object cannot be interpreted as an integer`)
  }
  const r = (yield* callSpecial(v, '__index__'))!
  const i = indexFast(r)
  if (i === undefined) throw typeError(`__index__ returned non-int (type ${typeName(r)})`)
  return i
}

/** `PyNumber_AsSsize_t(v, OverflowError)`: an index that must fit a C ssize_t. */
export function* asSsize(v: PyValue): NativeGen<number> {
  return ssize(yield* asIndex(v))
}

export function ssize(i: number | bigint): number {
  if (typeof i === 'number') return i
  if (i > SSIZE_MAX || i < SSIZE_MIN) throw overflowError('Python int too large to convert to C ssize_t')
  return Number(i)
}

/** `_PyEval_SliceIndex`: a slice bound or search position, clamped to the ssize_t range instead of overflowing. */
export function* asClampedIndex(v: PyValue): NativeGen<number> {
  const i = yield* asIndex(v, 'slice indices must be integers or have an __index__ method')
  return typeof i === 'number' ? i : i < 0n ? -Infinity : Infinity
}
