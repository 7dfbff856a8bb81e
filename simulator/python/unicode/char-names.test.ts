import { describe, expect, it } from 'vitest'
import { lookupCharacterName } from './char-names'
import { loadFixture, mismatches } from './test-support/fixtures'

describe('lookupCharacterName matches unicodedata.lookup in CPython 3.11', () => {
  it('resolves names, aliases and computed names, and rejects the rest', () => {
    const vectors = loadFixture<[string, number | null]>('names.json')
    const problems = mismatches(vectors, ([name, expected]) => {
      const actual = lookupCharacterName(name) ?? null
      return actual === expected ? null : `${JSON.stringify(name)} -> ${actual}, expected ${expected}`
    })
    expect(problems).toEqual([])
  })

  it('computes Hangul syllables and CJK ideographs', () => {
    expect(lookupCharacterName('HANGUL SYLLABLE GAG')).toBe(0xac01)
    expect(lookupCharacterName('HANGUL SYLLABLE HIH')).toBe(0xd7a3)
    expect(lookupCharacterName('CJK UNIFIED IDEOGRAPH-4E00')).toBe(0x4e00)
    expect(lookupCharacterName('cjk unified ideograph-4E00')).toBeUndefined()
    expect(lookupCharacterName('bullet')).toBe(0x2022)
  })
})
