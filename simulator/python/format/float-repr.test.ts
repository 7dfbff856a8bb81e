import { describe, expect, it } from 'vitest'
import { floatRepr } from './float-repr'
import { decodeFloat, loadFixture, mismatches } from './test-support/fixtures'

describe('floatRepr', () => {
  const vectors = loadFixture<[string, string]>('float-repr.json')

  it(`matches CPython's repr() on ${vectors.length} floats`, () => {
    const problems = mismatches(vectors, ([hexBits, expected]) => {
      const actual = floatRepr(decodeFloat(hexBits))
      return actual === expected ? null : `${hexBits}: got ${actual}, expected ${expected}`
    })
    expect(problems).toEqual([])
  })

  it('writes the documented examples', () => {
    const cases: [number, string][] = [
      [Infinity, 'inf'],
      [-Infinity, '-inf'],
      [NaN, 'nan'],
      [-0, '-0.0'],
      [3, '3.0'],
      [0.1, '0.1'],
      [1e16, '1e+16'],
      [1e-5, '1e-05'],
      [1.5e-7, '1.5e-07'],
      [1e300, '1e+300'],
      [5e-324, '5e-324'],
      [123456789012345.6, '123456789012345.6'],
    ]
    for (const [x, text] of cases) expect(floatRepr(x)).toBe(text)
  })
})
