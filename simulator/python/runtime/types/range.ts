import { builtinType, plainAlloc, PyObject } from '../object'

export const RangeType = builtinType('range', undefined, plainAlloc)

/** A Python int as the simulator holds it: a number when safe, else a bigint. */
export type RangeInt = number | bigint

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)

export function normalizeInt(v: bigint): RangeInt {
  return v >= -MAX_SAFE && v <= MAX_SAFE ? Number(v) : v
}

/** `compute_range_length` (Objects/rangeobject.c). */
function rangeLength(start: RangeInt, stop: RangeInt, step: RangeInt): RangeInt {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    const span = step > 0 ? stop - start : start - stop
    if (span <= 0) return 0
    if (Number.isSafeInteger(span)) {
      const last = span - 1
      const stride = Math.abs(step)
      return (last - (last % stride)) / stride + 1
    }
  }
  const [lo, hi, stride] = BigInt(step) > 0n ? [start, stop, step] : [stop, start, -BigInt(step)]
  const span = BigInt(hi) - BigInt(lo)
  return span <= 0n ? 0 : normalizeInt((span - 1n) / BigInt(stride) + 1n)
}

/**
 * `range`, over ints of any size. Ranges whose bounds are a safe distance apart ("small": all values and offsets
 * are safe integers) take the fast paths with plain numbers; the others compute with bigints.
 */
export class PyRange extends PyObject {
  readonly length: RangeInt
  readonly small: boolean

  constructor(
    readonly start: RangeInt,
    readonly stop: RangeInt,
    readonly step: RangeInt,
  ) {
    super(RangeType)
    this.length = rangeLength(start, stop, step)
    this.small =
      typeof start === 'number' &&
      typeof stop === 'number' &&
      typeof step === 'number' &&
      Number.isSafeInteger(stop - start)
  }

  /** The item at index `i` of a small range. */
  at(i: number): number {
    return (this.start as number) + i * (this.step as number)
  }

  /** The item at index `i` (0 <= i < length), of any range. */
  item(i: RangeInt): RangeInt {
    if (this.small && typeof i === 'number') return this.at(i)
    return normalizeInt(BigInt(this.start) + BigInt(i) * BigInt(this.step))
  }

  /** The index of `value` in this range, or -1. */
  indexOf(value: RangeInt): RangeInt {
    if (this.small && typeof value === 'number') {
      const offset = value - (this.start as number)
      const step = this.step as number
      if (offset % step !== 0) return -1
      const k = offset / step
      return k >= 0 && k < (this.length as number) ? k : -1
    }
    const offset = BigInt(value) - BigInt(this.start)
    const step = BigInt(this.step)
    if (offset % step !== 0n) return -1
    const k = offset / step
    return k >= 0n && k < BigInt(this.length) ? normalizeInt(k) : -1
  }
}
