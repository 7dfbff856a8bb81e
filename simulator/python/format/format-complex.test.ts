import { describe, expect, it } from 'vitest'
import { complexRepr, formatComplex } from './format-complex'
import { parseComplexLiteral } from './parse-complex'
import {
  capture,
  compare,
  decodeFloat,
  encodeFloat,
  loadFixture,
  mismatches,
  type Outcome,
} from './test-support/fixtures'

type Bits = [string, string]
interface ComplexText {
  repr: [Bits, string][]
  format: [Bits, string, Outcome][]
  parse: [string, Outcome][]
}

// one object of vector lists rather than a list of vectors
const fixture = loadFixture<never>('complex-text.json') as unknown as ComplexText

function parts([re, im]: Bits): [number, number] {
  return [decodeFloat(re), decodeFloat(im)]
}

describe('complex text matches CPython 3.11', () => {
  it('repr', () => {
    expect(
      mismatches(fixture.repr, ([z, expected]) => compare(z, { ok: complexRepr(...parts(z)) }, { ok: expected })),
    ).toEqual([])
  })

  it('format with a spec', () => {
    const problems = mismatches(fixture.format, ([z, spec, expected]) =>
      compare(
        [z, spec],
        capture(() => formatComplex(...parts(z), spec)),
        expected,
      ),
    )
    expect(problems).toEqual([])
  })

  it('complex() of a string', () => {
    const problems = mismatches(fixture.parse, ([text, expected]) =>
      compare(
        text,
        capture(
          () => parseComplexLiteral(text),
          (z) => [encodeFloat(z.real), encodeFloat(z.imag)],
        ),
        expected,
      ),
    )
    expect(problems).toEqual([])
  })
})
