import { describe, expect, it } from 'vitest'
import { intTrueDiv, normInt } from './int-ops'
import { encodeFloat, numberOps, outcomeOf, problems } from './test-support/number-ops-fixture'

describe('int / int matches CPython 3.11', () => {
  it('rounds the exact quotient once, including subnormal and overflowing results', () => {
    const found = problems(numberOps.truediv, ([a, b]) =>
      outcomeOf(() => encodeFloat(intTrueDiv(normInt(BigInt(a)), normInt(BigInt(b))))),
    )
    expect(found).toEqual([])
  })
})
