import { describe, expect, it } from 'vitest'
import { escapeNonAscii } from './ascii-escape'
import { pyStrRepr } from './str-repr'
import { loadFixture, mismatches } from './test-support/fixtures'

describe('pyStrRepr and escapeNonAscii', () => {
  const vectors = loadFixture<[string, string, string]>('str-repr.json')

  it(`match CPython's repr() and ascii() on ${vectors.length} strings`, () => {
    const problems = mismatches(vectors, ([text, repr, ascii]) => {
      const actualRepr = pyStrRepr(text)
      const actualAscii = escapeNonAscii(actualRepr)
      if (actualRepr === repr && actualAscii === ascii) return null
      return `${JSON.stringify(text)}: got ${actualRepr} / ${actualAscii}, expected ${repr} / ${ascii}`
    })
    expect(problems).toEqual([])
  })

  it('picks the quote that needs no escape', () => {
    expect(pyStrRepr("it's")).toBe(`"it's"`)
    expect(pyStrRepr(`'"`)).toBe(`'\\'"'`)
    expect(pyStrRepr('a\nb\t\\')).toBe(`'a\\nb\\t\\\\'`)
  })
})
