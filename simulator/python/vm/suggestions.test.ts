import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { utf8Encode } from '../runtime/utf8'
import { closestName, levenshteinDistance } from './suggestions'

// [name, dir() of the object, what CPython 3.11's printer suggests], from scripts/regenerate-traceback-fixtures.py.
const cases = JSON.parse(readFileSync(new URL('./fixtures/suggestions.json', import.meta.url), 'utf8')) as [
  string,
  string[],
  string | null,
][]

const distance = (a: string, b: string, max = 1000) => levenshteinDistance(utf8Encode(a), utf8Encode(b), max)

describe('closestName', () => {
  it('picks what CPython suggests for every fixture case', () => {
    const wrong = cases
      .map(([name, candidates, expected]) => ({ name, expected, actual: closestName(name, candidates) }))
      .filter((c) => c.actual !== c.expected)
    expect(wrong).toEqual([])
  })

  it('offers nothing from 750 candidates or more', () => {
    const many = Array.from({ length: 749 }, (_, i) => `name${i}`)
    expect(closestName('cout', ['count', ...many.slice(1)])).toBe('count')
    expect(closestName('cout', ['count', ...many])).toBeNull()
  })
})

describe('levenshteinDistance', () => {
  it('charges 2 for an insertion, deletion or substitution and 1 for a case flip', () => {
    expect(distance('abc', 'abc')).toBe(0)
    expect(distance('abc', 'abd')).toBe(2)
    expect(distance('abc', 'ab')).toBe(2)
    expect(distance('abc', 'aBc')).toBe(1)
    expect(distance('kitten', 'sitting')).toBe(6)
  })

  it('gives up past the cost limit or on names longer than 40 bytes once affixes are trimmed', () => {
    expect(distance('abcdef', 'uvwxyz', 3)).toBeGreaterThan(3)
    expect(distance(`${'a'.repeat(41)}b`, `${'a'.repeat(41)}c`)).toBe(2)
    expect(distance(`x${'a'.repeat(41)}`, `y${'a'.repeat(40)}b`, 10)).toBe(11)
  })
})
