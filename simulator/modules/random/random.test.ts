import { describe, expect, it } from 'vitest'
import { choiceIndex, choicesIndices } from './choice'
import { gauss, uniform } from './distributions'
import { randint, randrange } from './integers'
import { randbytes } from './randbytes'
import { Random } from './random'
import { sampleIndices } from './sample'
import { shuffle } from './shuffle'
import { expectRaises } from './test-support/raises'

const seeded = (value: number | bigint) => new Random({ kind: 'int', value })

describe('cpython-semantics.md §7.4 test vectors', () => {
  it.each([
    [0, 0.8444218515250481, 3255389356, 44651664552134903426n, 5, 56],
    [1, 0.13436424411240122, 3639700191, 87876131233047068208n, 5, 7],
    [42, 0.6394267984578837, 107420369, 281774556622676705531n, 4, 14],
    [2n ** 32n, 0.11299430095636409, 1794561286, 18754368855442318546n, 10, 98],
    [2n ** 64n + 5n, 0.5105783769365112, 3778534651, 120179366854154513395n, 6, 77],
    [-42, 0.6394267984578837, 107420369, 281774556622676705531n, 4, 14],
    [123456789, 0.6414006161858726, 2328685183, 1069785258352827147211n, 10, 42],
  ])('seed %s', (seed, random, bits32, bits70, randintResult, randrangeResult) => {
    const rng = seeded(typeof seed === 'bigint' && seed < 2n ** 53n ? Number(seed) : seed)
    expect(rng.random()).toBe(random)
    expect(rng.getrandbits(32)).toBe(bits32)
    expect(rng.getrandbits(70)).toBe(bits70)
    expect(randint(rng, 1, 10)).toBe(randintResult)
    expect(randrange(rng, 0, 100, 7)).toBe(randrangeResult)
  })

  it('fresh seed(42) for each method', () => {
    let rng = seeded(42)
    expect(Array.from({ length: 10 }, () => randint(rng, 1, 10))).toEqual([2, 1, 5, 4, 4, 3, 2, 9, 2, 10])
    rng = seeded(42)
    const items = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    shuffle(rng, items)
    expect(items).toEqual([7, 3, 2, 8, 5, 6, 9, 4, 0, 1])
    rng = seeded(42)
    expect(Array.from({ length: 5 }, () => 'abcdef'[choiceIndex(rng, 6)])).toEqual(['f', 'a', 'a', 'f', 'c'])
    expect(uniform(seeded(42), 1, 2)).toBe(1.6394267984578836)
    expect(sampleIndices(seeded(42), 100, 5)).toEqual([81, 14, 3, 94, 35])
    expect(choicesIndices(seeded(42), 3, { k: 5 }).map((i) => 'abc'[i])).toEqual(['b', 'a', 'a', 'a', 'c'])
  })
})

describe('Random', () => {
  it('getrandbits returns a number up to 53 bits and a bigint only when the value is not a safe integer', () => {
    const rng = seeded(7)
    for (let k = 0; k <= 53; k++) expect(typeof rng.getrandbits(k)).toBe('number')
    const values = Array.from({ length: 200 }, () => rng.getrandbits(54))
    expect(values.every((v) => (typeof v === 'number' ? Number.isSafeInteger(v) : v > 2n ** 53n - 1n))).toBe(true)
    expect(values.some((v) => typeof v === 'number')).toBe(true)
    expect(values.some((v) => typeof v === 'bigint')).toBe(true)
  })

  it('getrandbits rejects k outside a C int and negative k', () => {
    const rng = seeded(7)
    expectRaises(() => rng.getrandbits(2 ** 31), 'OverflowError', 'Python int too large to convert to C int')
    expectRaises(() => rng.getrandbits(-(2 ** 31) - 1), 'OverflowError', 'Python int too large to convert to C int')
    expectRaises(() => rng.getrandbits(2n ** 70n), 'OverflowError', 'Python int too large to convert to C int')
    expectRaises(() => rng.getrandbits(-1), 'ValueError', 'number of bits must be non-negative')
  })

  it('randbytes checks n * 8 as getrandbits would', () => {
    const rng = seeded(7)
    expectRaises(() => randbytes(rng, 2 ** 28), 'OverflowError', 'Python int too large to convert to C int')
    expectRaises(() => randbytes(rng, -1), 'ValueError', 'number of bits must be non-negative')
    expect(randbytes(rng, 0)).toEqual(new Uint8Array())
  })

  it('randbelow refuses n <= 0, where CPython would loop forever', () => {
    expect(() => seeded(1).randbelow(0)).toThrow(RangeError)
  })

  it('getstate/setstate round-trip the generator and gauss_next', () => {
    const rng = seeded(3)
    gauss(rng)
    const state = rng.getstate()
    expect(state[0]).toBe(3)
    expect(state[2]).not.toBeNull()
    const following = [gauss(rng), rng.random(), gauss(rng), rng.getrandbits(100)]
    rng.setstate(state)
    expect([gauss(rng), rng.random(), gauss(rng), rng.getrandbits(100)]).toEqual(following)
  })

  it('setstate accepts version 2 states of signed words', () => {
    const rng = seeded(3)
    const [, internal] = rng.getstate()
    const signed = internal.map((word, i) => (i < 624 && word >= 2 ** 31 ? word - 2 ** 32 : word))
    const following = rng.random()
    rng.random()
    rng.setstate([2, signed, null])
    expect(rng.random()).toBe(following)
  })

  it('setstate rejects other versions, and sets gauss_next before checking the vector as CPython does', () => {
    const rng = seeded(3)
    expectRaises(
      () => rng.setstate([4, [], null]),
      'ValueError',
      'state with version 4 passed to Random.setstate() of version 3',
    )
    expectRaises(() => rng.setstate([3, [1, 2], 0.25]), 'ValueError', 'state vector is the wrong size')
    expect(rng.gaussNext).toBe(0.25)
  })

  it('seed() clears gauss_next', () => {
    const rng = seeded(3)
    gauss(rng)
    rng.seed({ kind: 'int', value: 3 })
    expect(rng.gaussNext).toBeNull()
  })
})
