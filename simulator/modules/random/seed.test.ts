import { describe, expect, it } from 'vitest'
import { hashFloat } from './float-hash'
import { Random } from './random'
import { noneSeedEntropy, type SeedValue } from './seed'
import { decodeSeed, type EncodedSeed, float, readFixture } from './test-support/fixtures'
import { expectRaises } from './test-support/raises'

const draws = (seed: SeedValue, version?: number) => {
  const rng = new Random({ kind: 'int', value: 0 })
  rng.seed(seed, version)
  return Array.from({ length: 5 }, () => rng.random())
}

describe('hashFloat', () => {
  it("equals CPython's hash(float) on 64-bit builds", () => {
    for (const [value, hash] of readFixture<[number | string, string][]>('float-hashes.json')) {
      expect(String(hashFloat(float(value))), `hash(${value})`).toBe(hash)
    }
  })
})

describe('seedTwister', () => {
  it('seeds str and 2**64-1 as in cpython-semantics.md §7.4', () => {
    expect(draws({ kind: 'str', value: 'hello' })[0]).toBe(0.3537754404730722)
    expect(draws({ kind: 'int', value: 2n ** 64n - 1n })[0]).toBe(0.021825695401270107)
  })

  it('uses |a| for ints, so seed(-42) is seed(42)', () => {
    expect(draws({ kind: 'int', value: -42 })).toEqual(draws({ kind: 'int', value: 42 }))
    expect(draws({ kind: 'int', value: -(2n ** 80n) })).toEqual(draws({ kind: 'int', value: 2n ** 80n }))
  })

  it('seeds a bool as its int and a float through its hash cast to unsigned', () => {
    expect(draws({ kind: 'bool', value: true })).toEqual(draws({ kind: 'int', value: 1 }))
    expect(draws({ kind: 'float', value: 1.0 })).toEqual(draws({ kind: 'int', value: 1 }))
    const hashOfMinusOnePointFive = -1152921504606846977n
    expect(draws({ kind: 'float', value: -1.5 })).toEqual(
      draws({ kind: 'int', value: hashOfMinusOnePointFive + 2n ** 64n }),
    )
    expect(draws({ kind: 'hash', hash: -2 })).toEqual(draws({ kind: 'float', value: -1.0 }))
  })

  it('raises what CPython raises for unencodable and unhashable seeds', () => {
    const fixture = readFixture<{
      seedErrors: { seed: EncodedSeed; error: string; message: string }[]
    }>('streams.json')
    expect(fixture.seedErrors.length).toBeGreaterThan(0)
    for (const { seed, error, message } of fixture.seedErrors) {
      const rng = new Random({ kind: 'int', value: 0 })
      expectRaises(() => rng.seed(decodeSeed(seed), seed.version), error, message)
    }
  })

  it('refuses str under a version whose seed is the str hash, which only the binding can compute', () => {
    expect(() => draws({ kind: 'str', value: 'abc' }, 3)).toThrow(RangeError)
  })

  it('seeds None from the run seed and the draw count, deterministically', () => {
    const first = draws({ kind: 'none', entropy: noneSeedEntropy(1234, 0) })
    expect(draws({ kind: 'none', entropy: noneSeedEntropy(1234, 0) })).toEqual(first)
    expect(draws({ kind: 'none', entropy: noneSeedEntropy(1234, 1) })).not.toEqual(first)
    expect(draws({ kind: 'none', entropy: noneSeedEntropy(4321, 0) })).not.toEqual(first)
    expect(noneSeedEntropy(2n ** 64n + 5n, 3)).toEqual([5, 0, 1, 3])
  })
})
