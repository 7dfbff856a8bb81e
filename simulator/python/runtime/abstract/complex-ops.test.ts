import { describe, expect, it } from 'vitest'
import * as C from './complex-ops'
import {
  decodeFloat,
  encodeFloat,
  numberOps,
  outcomeOf,
  relativeDistance,
  type Bits,
} from './test-support/number-ops-fixture'

const operations: Record<string, (a: C.Complex, b: C.Complex) => C.Complex> = {
  add: C.complexSum,
  sub: C.complexDifference,
  mul: C.complexProduct,
  truediv: C.complexQuotient,
  pow: C.complexPower,
  abs: (a) => ({ real: C.complexAbs(a), imag: 0 }),
}

function decode([re, im]: Bits): C.Complex {
  return { real: decodeFloat(re), imag: decodeFloat(im) }
}

/** complex_pow's polar form: any exponent but a small integral real one. */
function isPolar(name: string, [re, im]: Bits): boolean {
  const b = decode([re, im])
  return name === 'pow' && !(b.imag === 0 && Number.isInteger(b.real) && Math.abs(b.real) <= 100)
}

describe('complex arithmetic against CPython 3.11', () => {
  const results = numberOps.complex.map((vector) => {
    const [name, a, b] = vector
    const actual = outcomeOf(() => {
      const r = operations[name](decode(a), decode(b))
      return [encodeFloat(r.real), encodeFloat(r.imag)] as Bits
    })
    return [vector, actual] as const
  })

  it('+ - * /, abs() and integral powers exactly', () => {
    const exact = results.filter(([[name, , b]]) => !isPolar(name, b))
    const wrong = exact.filter(([vector, actual]) => JSON.stringify(vector[3]) !== JSON.stringify(actual))
    expect(wrong.map(([vector, actual]) => [vector, actual])).toEqual([])
  })

  it('other powers: the same errors, and values to within the engine’s exp/log/trigonometry', () => {
    const polar = results.filter(([[name, , b]]) => isPolar(name, b))
    expect(polar.length).toBeGreaterThan(50)
    for (const [[, , , expected], actual] of polar) {
      if ('error' in expected || 'error' in actual) expect(actual).toEqual(expected)
      else expect(relativeDistance(expected.ok, actual.ok)).toBeLessThan(1e-9)
    }
  })

  it('hypot is glibc’s, not the engine’s Math.hypot', () => {
    expect(C.complexAbs({ real: 42.60166883468628, imag: -120.64099311828613 })).toBe(127.94198454012914)
    expect(C.complexAbs({ real: 3, imag: 4 })).toBe(5)
  })
})
