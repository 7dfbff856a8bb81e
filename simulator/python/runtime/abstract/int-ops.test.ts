import { describe, expect, it } from 'vitest'
import { intFloorDiv, intMod, intTrueDiv, normInt } from './int-ops'
import { encodeFloat, numberOps, outcomeOf, problems } from './test-support/number-ops-fixture'

describe('int / int matches CPython 3.11', () => {
  it('rounds the exact quotient once, including subnormal and overflowing results', () => {
    const found = problems(numberOps.truediv, ([a, b]) =>
      outcomeOf(() => encodeFloat(intTrueDiv(normInt(BigInt(a)), normInt(BigInt(b))))),
    )
    expect(found).toEqual([])
  })
})

describe('// and % of safe integers', () => {
  // Operands around the limits of the float-quotient shortcut (2**52) and of safe integers, with every sign.
  const magnitudes = [1, 2, 3, 7, 97, 2 ** 31 + 1, 3 ** 30, 2 ** 52 - 1, 2 ** 52, 2 ** 52 + 1, 2 ** 53 - 1]
  const operands = magnitudes.flatMap((m) => [m, -m, m - 1, -(m - 1)])
  // A fixed linear congruential sequence adds operands of every size.
  let seed = 12345
  for (let i = 0; i < 400; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    operands.push(Math.floor((seed / 2 ** 31 - 0.5) * 2 ** ((i % 53) + 1)))
  }

  it('agree with the arbitrary-precision results', () => {
    const wrong: string[] = []
    for (const a of operands) {
      for (const b of operands) {
        if (b === 0) continue
        const mod = intMod(BigInt(a), BigInt(b))
        const div = intFloorDiv(BigInt(a), BigInt(b))
        if (!Object.is(intMod(a, b), mod) || !Object.is(intFloorDiv(a, b), div)) wrong.push(`${a}, ${b}`)
      }
    }
    expect(wrong).toEqual([])
  })
})
