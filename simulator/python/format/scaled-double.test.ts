import { describe, expect, it } from 'vitest'
import { scaledToDouble } from './scaled-double'

describe('scaledToDouble', () => {
  it('is exact when the value is representable', () => {
    expect(scaledToDouble(3n, -1)).toBe(1.5)
    expect(scaledToDouble(1n, -1074)).toBe(5e-324)
    expect(scaledToDouble((1n << 53n) - 1n, 971)).toBe(Number.MAX_VALUE)
  })

  it('rounds half to even, and up when a dropped remainder makes it inexact', () => {
    const tie = (1n << 53n) + 1n
    expect(scaledToDouble(tie, 0)).toBe(2 ** 53)
    expect(scaledToDouble(tie, 0, true)).toBe(2 ** 53 + 2)
    expect(scaledToDouble((1n << 53n) + 3n, 0)).toBe(2 ** 53 + 4)
  })

  it('rounds subnormal results once, at their own precision', () => {
    expect(scaledToDouble(1n, -1075)).toBe(0)
    expect(scaledToDouble(1n, -1075, true)).toBe(5e-324)
    expect(scaledToDouble(3n, -1076)).toBe(5e-324)
    expect(scaledToDouble(1n, -1076)).toBe(0)
  })

  it('overflows to Infinity past the largest double', () => {
    expect(scaledToDouble(1n, 1024)).toBe(Infinity)
    expect(scaledToDouble((1n << 54n) - 1n, 970)).toBe(Infinity)
  })
})
