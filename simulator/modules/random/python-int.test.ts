import { describe, expect, it } from 'vitest'
import { bitLength, intAdd, intFloorDiv, intMul, intSub, intToFloat, normalizeInt } from './python-int'
import { expectRaises } from './test-support/raises'

describe('Python ints as number | bigint', () => {
  it('normalises: a bigint never holds a safe integer', () => {
    expect(normalizeInt(2n ** 53n - 1n)).toBe(2 ** 53 - 1)
    expect(normalizeInt(2n ** 53n)).toBe(2n ** 53n)
    expect(intAdd(2 ** 53 - 1, 1)).toBe(2n ** 53n)
    expect(intSub(2n ** 53n, 1)).toBe(2 ** 53 - 1)
    expect(Object.is(intMul(0, -5), 0)).toBe(true)
  })

  it('floor-divides towards negative infinity', () => {
    expect(intFloorDiv(7, -2)).toBe(-4)
    expect(intFloorDiv(-7, 2)).toBe(-4)
    expect(Object.is(intFloorDiv(0, -3), 0)).toBe(true)
    expect(intFloorDiv(-(10n ** 30n) - 1n, 10n ** 20n)).toBe(-10000000001)
    expect(intFloorDiv(10n ** 30n, -3)).toBe(-333333333333333333333333333334n)
  })

  it('bit_length', () => {
    expect([0, 1, 2, 255, 256, 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1].map(bitLength)).toEqual([0, 1, 2, 8, 9, 32, 33, 53])
    expect(bitLength(2n ** 100n)).toBe(101)
  })

  it('float() rounds half to even and overflows past the largest double', () => {
    expect(intToFloat(2n ** 53n + 1n)).toBe(2 ** 53)
    expect(intToFloat(2n ** 53n + 3n)).toBe(2 ** 53 + 4)
    expectRaises(() => intToFloat(2n ** 1024n), 'OverflowError', 'int too large to convert to float')
  })
})
