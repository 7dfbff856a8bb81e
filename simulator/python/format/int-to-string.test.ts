import { describe, expect, it } from 'vitest'
import { intToString } from './int-to-string'
import { capture, compare, decodeInt, loadFixture, mismatches, type Outcome } from './test-support/fixtures'

describe('intToString', () => {
  const vectors = loadFixture<[string, 2 | 8 | 10 | 16, Outcome]>('int-to-string.json')

  it(`matches CPython's bin/oct/str/hex on ${vectors.length} vectors`, () => {
    const problems = mismatches(vectors, ([value, base, expected]) =>
      compare(
        [value, base],
        capture(() => intToString(decodeInt(value), base)),
        expected,
      ),
    )
    expect(problems).toEqual([])
  })

  it('puts the sign before the prefix', () => {
    expect(intToString(-31, 16)).toBe('-0x1f')
    expect(intToString(5n ** 40n, 2).startsWith('0b1')).toBe(true)
  })
})
