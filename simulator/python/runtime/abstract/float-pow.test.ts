import { describe, expect, it } from 'vitest'
import { floatPower } from './float-pow'
import {
  decodeFloat,
  encodeFloat,
  numberOps,
  outcomeOf,
  relativeDistance,
  ulpDistance,
  type Bits,
  type Outcome,
} from './test-support/number-ops-fixture'

function power([x, y]: [string, string, unknown]): Outcome<string | Bits> {
  return outcomeOf(() => {
    const r = floatPower(decodeFloat(x), decodeFloat(y))
    return typeof r === 'number' ? encodeFloat(r) : [encodeFloat(r.real), encodeFloat(r.imag)]
  })
}

describe('float ** float against CPython 3.11', () => {
  const results = numberOps.floatpow.map((vector) => [vector, power(vector)] as const)

  it('raises the same errors and gives a complex exactly where CPython does', () => {
    const kinds = results.filter(([[, , expected], actual]) => {
      if ('error' in expected || 'error' in actual) return JSON.stringify(expected) !== JSON.stringify(actual)
      return typeof expected.ok !== typeof actual.ok
    })
    expect(kinds.map(([vector]) => vector)).toEqual([])
  })

  it('rounds real results like glibc except on rare near-ties (within one ulp)', () => {
    const real = results.filter(([[, , e], a]) => 'ok' in e && 'ok' in a && typeof e.ok === 'string')
    const distances = real.map(([[, , e], a]) => ulpDistance((e as { ok: string }).ok, (a as { ok: string }).ok))
    expect(Math.max(...distances)).toBeLessThanOrEqual(1)
    expect(distances.filter((d) => d === 0).length).toBeGreaterThan(real.length * 0.99)
  })

  it('gives complex results of negative bases to within the engine’s trigonometry', () => {
    const complex = results.filter(([[, , e], a]) => 'ok' in e && 'ok' in a && typeof e.ok !== 'string')
    expect(complex.length).toBeGreaterThan(10)
    for (const [[, , e], a] of complex) {
      expect(relativeDistance((e as { ok: Bits }).ok, (a as { ok: Bits }).ok)).toBeLessThan(1e-12)
    }
  })

  it('agrees with CPython on powers Math.pow misrounds', () => {
    expect(floatPower(7.67, 5)).toBe(26544.638774860698)
    expect(floatPower(1.05, 10)).toBe(1.628894626777442)
    expect(floatPower(2, 0.5)).toBe(Math.SQRT2)
  })
})
