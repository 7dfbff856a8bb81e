import { describe, expect, it } from 'vitest'
import { formatFloat } from './format-float'
import { formatInt } from './format-int'
import { formatStr } from './format-str'
import {
  capture,
  compare,
  decodeFloat,
  decodeInt,
  loadFixture,
  mismatches,
  type Outcome,
} from './test-support/fixtures'

type Vector = ['int' | 'float' | 'str', string, string | boolean, string, Outcome]

function run([kind, typeName, value, spec]: Vector): Outcome {
  switch (kind) {
    case 'float':
      return capture(() => formatFloat(decodeFloat(value as string), spec))
    case 'str':
      return capture(() => formatStr(value as string, spec))
    case 'int':
      if (typeName === 'bool') {
        // format(True, '') is str(True), which is the caller's part
        if (spec === '') return { ok: value ? 'True' : 'False' }
        return capture(() => formatInt(value ? 1 : 0, spec, 'bool'))
      }
      return capture(() => formatInt(decodeInt(value as string), spec))
  }
}

describe('format(value, spec)', () => {
  const vectors = loadFixture<Vector>('format.json')

  for (const kind of ['float', 'int', 'str'] as const) {
    const ofKind = vectors.filter((vector) => vector[0] === kind)
    it(`matches CPython on ${ofKind.length} ${kind} vectors`, () => {
      expect(mismatches(ofKind, (vector) => compare(vector.slice(0, 4), run(vector), vector[4]))).toEqual([])
    })
  }

  it('rounds exactly from the binary value', () => {
    expect(formatFloat(2.675, '.2f')).toBe('2.67')
    expect(formatFloat(0.125, '.2f')).toBe('0.12')
    expect(formatFloat(0.375, '.2f')).toBe('0.38')
    expect(formatFloat(1e22, 'f')).toBe('10000000000000000000000.000000')
    expect(formatFloat(0.1, '.30f')).toBe('0.100000000000000005551115123126')
    expect(formatFloat(5e-324, '.3e')).toBe('4.941e-324')
  })

  it('accepts a pre-parsed spec and reports the type name it is given', () => {
    expect(formatStr('ab', '>5')).toBe('   ab')
    expect(() => formatInt(1, 's', 'bool')).toThrow("Unknown format code 's' for object of type 'bool'")
  })
})
