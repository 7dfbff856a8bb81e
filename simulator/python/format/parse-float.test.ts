import { describe, expect, it } from 'vitest'
import { parseFloatLiteral } from './parse-float'
import { capture, compare, encodeFloat, loadFixture, mismatches, type Outcome } from './test-support/fixtures'

describe('parseFloatLiteral', () => {
  const vectors = loadFixture<[string, Outcome]>('parse-float.json')

  it(`matches CPython's float(text) on ${vectors.length} vectors`, () => {
    const problems = mismatches(vectors, ([text, expected]) =>
      compare(
        text,
        capture(() => parseFloatLiteral(text), encodeFloat),
        expected,
      ),
    )
    expect(problems).toEqual([])
  })

  it('reads the special values', () => {
    expect(parseFloatLiteral(' -Infinity ')).toBe(-Infinity)
    expect(parseFloatLiteral('nan')).toBeNaN()
    expect(() => parseFloatLiteral('x')).toThrow("could not convert string to float: 'x'")
  })
})
