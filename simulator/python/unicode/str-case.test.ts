import { describe, expect, it } from 'vitest'
import { strCapitalize, strCasefold, strLower, strSwapcase, strTitle, strUpper } from './str-case'
import { CASE_METHODS, loadFixture, mismatches, type StrMethodVector } from './test-support/fixtures'

const implementations: Record<(typeof CASE_METHODS)[number], (s: string) => string> = {
  lower: strLower,
  upper: strUpper,
  title: strTitle,
  capitalize: strCapitalize,
  swapcase: strSwapcase,
  casefold: strCasefold,
}

describe('str case conversions match CPython 3.11', () => {
  const vectors = loadFixture<StrMethodVector>('str-methods.json')

  for (const [column, method] of CASE_METHODS.entries()) {
    it(`${method}() on ${vectors.length} strings`, () => {
      const problems = mismatches(vectors, (vector) => {
        const text = vector[0]
        const expected = vector[column + 1] ?? text
        const actual = implementations[method](text)
        return actual === expected
          ? null
          : `${JSON.stringify(text)}.${method}() = ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`
      })
      expect(problems).toEqual([])
    })
  }

  it('lowers a capital sigma to final sigma only at the end of a word', () => {
    expect(strLower('ΟΔΟΣ ΟΔΟΣ.')).toBe('οδος οδος.')
    expect(strLower('Σ')).toBe('σ')
    expect(strLower('AΣ\u0301b')).toBe('aσ\u0301b')
  })
})
