import { describe, expect, it } from 'vitest'
import {
  strIsAlnum,
  strIsAlpha,
  strIsAscii,
  strIsDecimal,
  strIsDigit,
  strIsIdentifier,
  strIsLower,
  strIsNumeric,
  strIsPrintable,
  strIsSpace,
  strIsTitle,
  strIsUpper,
} from './str-predicates'
import { loadFixture, mismatches, PREDICATES, type StrMethodVector } from './test-support/fixtures'

const implementations: Record<(typeof PREDICATES)[number], (s: string) => boolean> = {
  isalpha: strIsAlpha,
  isdigit: strIsDigit,
  isdecimal: strIsDecimal,
  isnumeric: strIsNumeric,
  isalnum: strIsAlnum,
  isupper: strIsUpper,
  islower: strIsLower,
  istitle: strIsTitle,
  isidentifier: strIsIdentifier,
  isspace: strIsSpace,
  isprintable: strIsPrintable,
}

describe('str predicates match CPython 3.11', () => {
  const vectors = loadFixture<StrMethodVector>('str-methods.json')

  for (const [column, method] of PREDICATES.entries()) {
    it(`${method}() on ${vectors.length} strings`, () => {
      const problems = mismatches(vectors, (vector) => {
        const text = vector[0]
        const expected = (vector[vector.length - 1] as string)[column] === '1'
        const actual = implementations[method](text)
        return actual === expected ? null : `${JSON.stringify(text)}.${method}() = ${actual}`
      })
      expect(problems).toEqual([])
    })
  }

  it('isascii() accepts exactly the code points below 128', () => {
    expect(strIsAscii('')).toBe(true)
    expect(strIsAscii('\x00~\x7f')).toBe(true)
    expect(strIsAscii('é')).toBe(false)
  })
})
