import { describe, expect, it } from 'vitest'
import { PyRange } from './range'
import { rangeIterator, reversedRangeIterator } from './range-iterator'

function drain(it: { next(): unknown }): unknown[] {
  const out: unknown[] = []
  for (let v = it.next(); v !== undefined; v = it.next()) out.push(v)
  return out
}

describe('PyRange', () => {
  it('computes lengths like compute_range_length', () => {
    expect(new PyRange(2, 20, 3).length).toBe(6)
    expect(new PyRange(5, 0, -1).length).toBe(5)
    expect(new PyRange(0, -10, -4).length).toBe(3)
    expect(new PyRange(3, 3, 1).length).toBe(0)
    expect(new PyRange(0, 10n ** 20n, 1).length).toBe(10n ** 20n)
    expect(new PyRange(-(2 ** 53 - 1), 2 ** 53 - 1, 3).length).toBe(6004799503160661)
  })

  it('finds values arithmetically, in small and big ranges', () => {
    const r = new PyRange(2, 20, 3)
    expect([r.indexOf(14), r.indexOf(15), r.indexOf(20), r.indexOf(-1)]).toEqual([4, -1, -1, -1])
    const big = new PyRange(0, 10n ** 20n, 7)
    expect(big.indexOf(7n * 10n ** 18n)).toBe(10n ** 18n)
    expect(big.indexOf(7n * 10n ** 18n + 1n)).toBe(-1)
  })

  it('iterates forwards and backwards across 2**53', () => {
    const r = new PyRange(2 ** 53 - 2, 2n ** 53n + 2n, 1)
    expect(drain(rangeIterator(r))).toEqual([2 ** 53 - 2, 2 ** 53 - 1, 2n ** 53n, 2n ** 53n + 1n])
    expect(drain(reversedRangeIterator(r))).toEqual([2n ** 53n + 1n, 2n ** 53n, 2 ** 53 - 1, 2 ** 53 - 2])
    expect(drain(reversedRangeIterator(new PyRange(0, 10, 3)))).toEqual([9, 6, 3, 0])
  })

  it('names its iterators as CPython does', () => {
    expect(rangeIterator(new PyRange(0, 2n ** 60n, 1)).cls.name).toBe('range_iterator')
    expect(rangeIterator(new PyRange(0, 10n ** 20n, 1)).cls.name).toBe('longrange_iterator')
  })
})
