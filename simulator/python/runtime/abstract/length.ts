import { overflowError, typeError, valueError } from '../errors'
import type { NativeGen } from '../native'
import type { PyValue } from '../object'
import { typeOf } from '../type-of'
import { PyBytes } from '../types/bytes'
import { PyDict } from '../types/dict'
import { PyList } from '../types/list'
import { PyRange } from '../types/range'
import { strLen } from '../types/str-index'
import { PyTuple } from '../types/tuple'
import { PyBool } from '../types/bool'
import { callSpecial } from './call'

/** Objects with a native length register it here (sets, deques and the like), keeping this module acyclic. */
const nativeLengths: ((v: PyValue) => number | undefined)[] = []

export function registerLength(fn: (v: PyValue) => number | undefined): void {
  nativeLengths.push(fn)
}

/** The length of a built-in container, or undefined when it has none or Python code must compute it. */
export function lengthOf(v: PyValue): number | undefined {
  if (typeof v === 'string') return strLen(v)
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length
  if (v instanceof PyDict) return v.size
  if (v instanceof PyRange) return typeof v.length === 'number' ? v.length : undefined
  if (v instanceof PyBytes) return v.bytes.length
  for (const fn of nativeLengths) {
    const n = fn(v)
    if (n !== undefined) return n
  }
  return undefined
}

/** len(v) when no `__len__` written in Python is involved; undefined otherwise. */
export function lenFast(v: PyValue): number | undefined {
  const n = lengthOf(v)
  if (n !== undefined && (typeof v !== 'object' || v.cls.builtin || v.cls.lookup('__len__') === undefined)) return n
  return undefined
}

export function* len(v: PyValue): NativeGen<number> {
  const n = lenFast(v)
  if (n !== undefined) return n
  const r = yield* callSpecial(v, '__len__')
  if (r === undefined) throw typeError(`object of type '${typeOf(v).name}' has no len()`)
  return yield* lengthResult(r)
}

/** What `__len__` returned, as slot_sq_length checks it: an index-sized int that is not negative. */
export function* lengthResult(r: PyValue): NativeGen<number> {
  let i: PyValue | undefined = r instanceof PyBool ? (r.value ? 1 : 0) : r
  if (typeof i === 'object') i = (i as { intValue?: PyValue }).intValue ?? (yield* callSpecial(i, '__index__'))
  if (typeof i === 'bigint') throw overflowError("cannot fit 'int' into an index-sized integer")
  if (typeof i !== 'number') throw typeError(`'${typeOf(r).name}' object cannot be interpreted as an integer`)
  if (i < 0) throw valueError('__len__() should return >= 0')
  return i
}
