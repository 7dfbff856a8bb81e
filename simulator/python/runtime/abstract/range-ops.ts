// Indexing and slicing ranges of any size, as Objects/rangeobject.c computes them.
import { typeError, valueError } from '../errors'
import { None, type PyValue } from '../object'
import { PyBool } from '../types/bool'
import { normalizeInt, PyRange, type RangeInt } from '../types/range'
import type { PySlice } from '../types/slice'

/** `r[i]`'s position: `i` counted from the end when negative; undefined when out of range. */
export function rangeIndex(r: PyRange, i: RangeInt): RangeInt | undefined {
  const n = r.length
  if (typeof n === 'number' && typeof i === 'number') {
    const j = i < 0 ? i + n : i
    return j >= 0 && j < n ? j : undefined
  }
  const j = BigInt(i) < 0n ? BigInt(i) + BigInt(n) : BigInt(i)
  return j >= 0n && j < BigInt(n) ? normalizeInt(j) : undefined
}

function sliceIndex(v: PyValue): bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return BigInt(v)
  if (v instanceof PyBool) return v.value ? 1n : 0n
  throw typeError('slice indices must be integers or None or have an __index__ method')
}

/** `_PySlice_GetLongIndices`: a slice's start, stop and step against a sequence of `length` items, as bigints. */
export function longSliceIndices(s: PySlice, length: RangeInt): [bigint, bigint, bigint] {
  const n = BigInt(length)
  const step = s.step === None ? 1n : sliceIndex(s.step)
  if (step === 0n) throw valueError('slice step cannot be zero')
  const lower = step < 0n ? -1n : 0n
  const upper = step < 0n ? n - 1n : n
  const bound = (v: PyValue, missing: bigint): bigint => {
    if (v === None) return missing
    const i = sliceIndex(v)
    if (i < 0n) return i + n < lower ? lower : i + n
    return i > upper ? upper : i
  }
  return [bound(s.start, step < 0n ? upper : lower), bound(s.stop, step < 0n ? lower : upper), step]
}

/** `compute_slice`: the sub-range `r[s]`, its bounds left as the slice reaches them (`range(10)[1:]` ends at 10). */
export function rangeSlice(r: PyRange, s: PySlice): PyRange {
  const [start, stop, step] = longSliceIndices(s, r.length)
  const item = (i: bigint) => normalizeInt(BigInt(r.start) + i * BigInt(r.step))
  return new PyRange(item(start), item(stop), normalizeInt(BigInt(r.step) * step))
}
