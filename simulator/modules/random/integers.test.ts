import { describe, expect, it } from 'vitest'
import { integralFloatArgument, randint, randrange } from './integers'
import { Random } from './random'
import { expectRaises } from './test-support/raises'

describe('randrange', () => {
  it('stays within a range whose bounds are beyond 2**53, returning normalised ints', () => {
    const rng = new Random({ kind: 'int', value: 5 })
    for (let i = 0; i < 200; i++) {
      const value = randrange(rng, 2 ** 53 - 3, 2n ** 53n + 3n)
      expect(value >= 2 ** 53 - 3 && value < 2n ** 53n + 3n).toBe(true)
      expect(typeof value === 'bigint' ? value > 2n ** 53n - 1n : Number.isSafeInteger(value)).toBe(true)
    }
  })

  it('takes negative steps down from start', () => {
    const rng = new Random({ kind: 'int', value: 5 })
    const values = Array.from({ length: 300 }, () => randrange(rng, 10, 0, -3))
    expect(new Set(values)).toEqual(new Set([10, 7, 4, 1]))
  })

  it('reports randint bounds as randrange(a, b + 1) does', () => {
    const rng = new Random({ kind: 'int', value: 5 })
    expectRaises(() => randint(rng, 5, 3), 'ValueError', 'empty range for randrange() (5, 4, -1)')
    expectRaises(() => randrange(rng, -3), 'ValueError', 'empty range for randrange()')
  })
})

describe('integralFloatArgument', () => {
  it('converts integral floats as int() does', () => {
    expect(integralFloatArgument(5, 'arg 1')).toBe(5)
    expect(integralFloatArgument(-0, 'stop')).toBe(0)
    expect(Object.is(integralFloatArgument(-0, 'stop'), -0)).toBe(false)
    expect(integralFloatArgument(1e20, 'step')).toBe(100000000000000000000n)
  })

  it('raises for fractional and non-finite floats', () => {
    expectRaises(() => integralFloatArgument(5.5, 'arg 1'), 'ValueError', 'non-integer arg 1 for randrange()')
    expectRaises(() => integralFloatArgument(0.5, 'stop'), 'ValueError', 'non-integer stop for randrange()')
    expectRaises(() => integralFloatArgument(1.5, 'step'), 'ValueError', 'non-integer step for randrange()')
    expectRaises(
      () => integralFloatArgument(Infinity, 'arg 1'),
      'OverflowError',
      'cannot convert float infinity to integer',
    )
    expectRaises(() => integralFloatArgument(NaN, 'arg 1'), 'ValueError', 'cannot convert float NaN to integer')
  })
})
