import { builtinType, plainAlloc, type PyType, type PyValue } from '../object'
import { NativeIterator, nativeIteratorTypes, RangeIterator, RangeIteratorType } from './iterators'
import { normalizeInt, type PyRange, type RangeInt } from './range'

const LongRangeIteratorType = builtinType('longrange_iterator', undefined, plainAlloc)
nativeIteratorTypes.push(LongRangeIteratorType)

const LONG_MAX = 2n ** 63n - 1n
const LONG_MIN = -(2n ** 63n)

/** Steps through a range with bigint arithmetic. */
class LongRangeIterator extends NativeIterator {
  private index = 0n

  constructor(
    private readonly start: bigint,
    private readonly step: bigint,
    private readonly length: bigint,
    cls: PyType,
  ) {
    super(cls)
  }

  next(): PyValue | undefined {
    if (this.index >= this.length) return undefined
    const v = this.start + this.index * this.step
    this.index++
    return normalizeInt(v)
  }

  override lengthHint(): number {
    return Number(this.length - this.index)
  }
}

function fitsLong(...values: RangeInt[]): boolean {
  return values.every((v) => typeof v === 'number' || (v >= LONG_MIN && v <= LONG_MAX))
}

function iterate(start: RangeInt, step: RangeInt, length: RangeInt, small: boolean): NativeIterator {
  if (small) return new RangeIterator(start as number, step as number, length as number)
  // CPython's type name tells whether the values fit a C long (range_iterator) or not (longrange_iterator).
  const cls = fitsLong(start, step, length) ? RangeIteratorType : LongRangeIteratorType
  return new LongRangeIterator(BigInt(start), BigInt(step), BigInt(length), cls)
}

/** `iter(r)`. */
export function rangeIterator(r: PyRange): NativeIterator {
  return iterate(r.start, r.step, r.length, r.small)
}

/** `reversed(r)`: from the last item back, by the opposite step. */
export function reversedRangeIterator(r: PyRange): NativeIterator {
  const last = r.length === 0 ? r.start : r.item(typeof r.length === 'number' ? r.length - 1 : r.length - 1n)
  const step = typeof r.step === 'number' ? -r.step : normalizeInt(-r.step)
  return iterate(last, step, r.length, r.small)
}
