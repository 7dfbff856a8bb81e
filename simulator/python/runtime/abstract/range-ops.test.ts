import { describe, expect, it } from 'vitest'
import { None, type PyValue } from '../object'
import { PyRange } from '../types/range'
import { PySlice } from '../types/slice'
import { longSliceIndices, rangeIndex, rangeSlice } from './range-ops'

const slice = (start: PyValue, stop: PyValue, step: PyValue = None) => new PySlice(start, stop, step)
const bounds = (r: PyRange) => [r.start, r.stop, r.step]

// Expected values are CPython 3.11's.
describe('range indexing', () => {
  it('counts negative indexes from the end and refuses what lies outside', () => {
    const r = new PyRange(2, 20, 3)
    expect([rangeIndex(r, 0), rangeIndex(r, -1), rangeIndex(r, 6), rangeIndex(r, -7)]).toEqual([
      0,
      5,
      undefined,
      undefined,
    ])
    const big = new PyRange(0, 10n ** 20n, 1)
    expect(rangeIndex(big, -1)).toBe(10n ** 20n - 1n)
    expect(big.item(rangeIndex(big, -1)!)).toBe(99999999999999999999n)
    expect(rangeIndex(big, 10n ** 20n)).toBeUndefined()
  })
})

describe('slice indices', () => {
  it('clamps like slice.indices()', () => {
    expect(longSliceIndices(slice(1, 10, 2), 5)).toEqual([1n, 5n, 2n])
    expect(longSliceIndices(slice(None, None, -1), 0)).toEqual([-1n, -1n, -1n])
    expect(longSliceIndices(slice(-100, 100), 10n ** 20n)).toEqual([10n ** 20n - 100n, 100n, 1n])
    expect(longSliceIndices(slice(-3, None), 10)).toEqual([7n, 10n, 1n])
  })

  it('refuses a zero step and non-integer bounds', () => {
    expect(() => longSliceIndices(slice(1, 2, 0), 5)).toThrow()
    expect(() => longSliceIndices(slice('a', 2), 5)).toThrow()
  })
})

describe('range slicing', () => {
  it('keeps the bounds the slice reaches, as compute_slice does', () => {
    expect(bounds(rangeSlice(new PyRange(0, 10, 1), slice(1, None)))).toEqual([1, 10, 1])
    expect(bounds(rangeSlice(new PyRange(0, 10, 3), slice(None, None, -1)))).toEqual([9, -3, -3])
    expect(bounds(rangeSlice(new PyRange(0, 5, 1), slice(10, None)))).toEqual([5, 5, 1])
    expect(bounds(rangeSlice(new PyRange(5, -5, -2), slice(1, 3)))).toEqual([3, -1, -2])
  })

  it('slices ranges beyond 2**53', () => {
    const big = new PyRange(0, 10n ** 20n, 1)
    expect(bounds(rangeSlice(big, slice(10n ** 19n, 10n ** 19n + 3n)))).toEqual([10n ** 19n, 10n ** 19n + 3n, 1])
    expect(bounds(rangeSlice(big, slice(5, 2, -1)))).toEqual([5, 2, -1])
  })
})
