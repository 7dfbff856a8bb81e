import { describe, expect, it } from 'vitest'
import { parseIntLiteral } from './parse-int'
import { capture, compare, encodeInt, loadFixture, mismatches, type Outcome } from './test-support/fixtures'

describe('parseIntLiteral', () => {
  const vectors = loadFixture<[string, number, Outcome]>('parse-int.json')

  it(`matches CPython's int(text, base) on ${vectors.length} vectors`, () => {
    const problems = mismatches(vectors, ([text, base, expected]) =>
      compare(
        [text, base],
        capture(() => parseIntLiteral(text, base), encodeInt),
        expected,
      ),
    )
    expect(problems).toEqual([])
  })

  it('normalizes: safe integers are numbers, others bigints', () => {
    expect(parseIntLiteral('9007199254740991', 10)).toBe(9007199254740991)
    expect(parseIntLiteral('9007199254740992', 10)).toBe(9007199254740992n)
    expect(Object.is(parseIntLiteral('-0', 10), 0)).toBe(true)
  })
})
