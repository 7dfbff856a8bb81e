import { describe, expect, it } from 'vitest'
import { floatToIntExact } from './float-to-int'
import {
  capture,
  compare,
  decodeFloat,
  encodeInt,
  loadFixture,
  mismatches,
  type Outcome,
} from './test-support/fixtures'

describe('floatToIntExact', () => {
  const vectors = loadFixture<[string, Outcome]>('float-to-int.json')

  it(`matches CPython's int(x) on ${vectors.length} floats`, () => {
    const problems = mismatches(vectors, ([hexBits, expected]) =>
      compare(
        hexBits,
        capture(() => floatToIntExact(decodeFloat(hexBits)), encodeInt),
        expected,
      ),
    )
    expect(problems).toEqual([])
  })

  it('returns safe integers as numbers, never -0, and larger values as bigints', () => {
    expect(Object.is(floatToIntExact(-0.5), 0)).toBe(true)
    expect(floatToIntExact(2 ** 53 - 1)).toBe(2 ** 53 - 1)
    expect(floatToIntExact(2 ** 53)).toBe(2n ** 53n)
    expect(() => floatToIntExact(NaN)).toThrow('cannot convert float NaN to integer')
  })
})
