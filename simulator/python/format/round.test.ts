import { describe, expect, it } from 'vitest'
import { roundFloat, roundInt } from './round'
import {
  capture,
  compare,
  decodeFloat,
  decodeInt,
  encodeFloat,
  encodeInt,
  loadFixture,
  mismatches,
  type Outcome,
} from './test-support/fixtures'

type Vector = ['float' | 'int', string, string | null, Outcome]

function run([kind, value, ndigits]: Vector): Outcome {
  if (kind === 'int') return capture(() => roundInt(decodeInt(value), decodeInt(ndigits!)), encodeInt)
  const x = decodeFloat(value)
  if (ndigits === null) return capture(() => roundFloat(x, null), encodeInt)
  return capture(() => roundFloat(x, decodeInt(ndigits)), encodeFloat)
}

describe('round()', () => {
  const vectors = loadFixture<Vector>('round.json')

  it(`matches CPython on ${vectors.length} vectors`, () => {
    expect(mismatches(vectors, (vector) => compare(vector.slice(0, 3), run(vector), vector[3]))).toEqual([])
  })

  it('rounds half to even on the exact value', () => {
    expect(roundFloat(2.675, 2)).toBe(2.67)
    expect(roundFloat(0.5, null)).toBe(0)
    expect(roundFloat(1.5, null)).toBe(2)
    expect(roundInt(1234, -2)).toBe(1200)
    expect(roundInt(1250, -2)).toBe(1200)
    expect(roundInt(1350, -2)).toBe(1400)
    expect(roundInt(12345, -(10n ** 30n))).toBe(0)
    expect(() => roundFloat(1.7976931348623157e308, -308)).toThrow('rounded value too large to represent')
  })
})
