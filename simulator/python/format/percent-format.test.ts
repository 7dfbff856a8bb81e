import { describe, expect, it } from 'vitest'
import { formatPercent } from './percent-format'
import { parsePercentFormat } from './percent-spec'
import { capture, compare, loadFixture, mismatches, type Outcome } from './test-support/fixtures'
import { taggedHost, type Tagged } from './test-support/percent-host'

describe('fmt % args', () => {
  const vectors = loadFixture<[string, Tagged, Outcome]>('percent.json')

  it(`matches CPython on ${vectors.length} vectors`, () => {
    const problems = mismatches(vectors, ([format, args, expected]) =>
      compare(
        [format, args],
        capture(() => formatPercent(format, args, taggedHost)),
        expected,
      ),
    )
    expect(problems).toEqual([])
  })

  it('accepts pieces parsed once and reused', () => {
    const pieces = parsePercentFormat('%-6s|%5.2f|%%')
    const args: Tagged = {
      t: 'tuple',
      v: [
        { t: 'str', v: 'ab' },
        { t: 'int', v: '3' },
      ],
    }
    expect(formatPercent(pieces, args, taggedHost)).toBe('ab    | 3.00|%')
    expect(formatPercent(pieces, args, taggedHost)).toBe('ab    | 3.00|%')
  })

  it('merges literal text and %% into one piece', () => {
    expect(parsePercentFormat('a%%b%dc')).toEqual([
      { kind: 'literal', text: 'a%b' },
      expect.objectContaining({ kind: 'conversion', conversion: 'd', index: 5 }),
      { kind: 'literal', text: 'c' },
    ])
  })
})
