import { describe, expect, it } from 'vitest'
import { floatFromHex, floatToHex } from './float-hex'
import {
  capture,
  compare,
  decodeFloat,
  encodeFloat,
  loadFixture,
  mismatches,
  type Outcome,
} from './test-support/fixtures'

interface FloatHex {
  hex: [string, string][]
  fromhex: [string, Outcome][]
}

// one object of vector lists rather than a list of vectors
const fixture = loadFixture<never>('float-hex.json') as unknown as FloatHex

describe('float.hex and float.fromhex match CPython 3.11', () => {
  it('hex', () => {
    const problems = mismatches(fixture.hex, ([x, expected]) =>
      compare(x, { ok: floatToHex(decodeFloat(x)) }, { ok: expected }),
    )
    expect(problems).toEqual([])
  })

  it('fromhex', () => {
    const problems = mismatches(fixture.fromhex, ([text, expected]) =>
      compare(
        text,
        capture(() => floatFromHex(text), encodeFloat),
        expected,
      ),
    )
    expect(problems).toEqual([])
  })
})
