import { describe, expect, it } from 'vitest'
import { MersenneTwister } from './mt19937'
import { Random } from './random'
import { decodeSeed, type EncodedSeed, readFixture } from './test-support/fixtures'
import { expectRaises } from './test-support/raises'

describe('MersenneTwister', () => {
  it('matches the MT19937 reference outputs for init_genrand(5489)', () => {
    const twister = new MersenneTwister()
    twister.initGenrand(5489)
    const outputs = Array.from({ length: 5 }, () => twister.genrandUint32())
    expect(outputs).toEqual([3499211612, 581869302, 3890346734, 3586334585, 545404204])
    for (let i = 5; i < 9999; i++) twister.genrandUint32()
    expect(twister.genrandUint32()).toBe(4123659995) // the 10000th output, the C++11 std::mt19937 check value
  })

  it('init_by_array([61731, 24903, 614, 42143]) gives the 53-bit values test_random.py checks', () => {
    // Lib/test/test_random.py test_strong_reference_implementation: the last ten of 2000 random() * 2**53.
    const expected = [
      0x0eab3258d2231f, 0x1b89db315277a5, 0x1db622a5518016, 0x0b7f9af0d575bf, 0x029e4c4db82240, 0x04961892f5d673,
      0x02b291598e4589, 0x11388382c15694, 0x02dad977c9e1fe, 0x191d96d4d334c6,
    ]
    const rng = new Random({ kind: 'int', value: 0 })
    rng.twister.initByArray([61731, 24903, 614, 42143])
    const values = Array.from({ length: 2000 }, () => rng.random() * 2 ** 53)
    expect(values.slice(-10)).toEqual(expected)
  })

  it('seeding with the int 61731 + (24903<<32) + (614<<64) + (42143<<96) is that same init_by_array', () => {
    const fixture = readFixture<{ referenceImplementation: { seed: EncodedSeed; last10: string[] } }>('streams.json')
    const rng = new Random(decodeSeed(fixture.referenceImplementation.seed))
    const values = Array.from({ length: 2000 }, () => String(rng.random() * 2 ** 53))
    expect(values.slice(-10)).toEqual(fixture.referenceImplementation.last10)
  })

  it('getState returns 624 words and the index, and setState restores them', () => {
    const twister = new MersenneTwister()
    twister.initByArray([1, 2, 3])
    twister.genrandUint32()
    const state = twister.getState()
    expect(state).toHaveLength(625)
    expect(state[624]).toBe(1)
    const following = Array.from({ length: 700 }, () => twister.genrandUint32())
    twister.setState(state)
    expect(Array.from({ length: 700 }, () => twister.genrandUint32())).toEqual(following)
  })

  it('setState truncates words to 32 bits like C unsigned long, and accepts index 624', () => {
    const twister = new MersenneTwister()
    const words: (number | bigint)[] = Array.from({ length: 624 }, (_, i) => i)
    words[0] = 2n ** 64n - 1n
    words[1] = 2 ** 40 + 7
    twister.setState([...words, 624])
    expect(twister.getState().slice(0, 3)).toEqual([4294967295, 7, 2])
  })

  it.each([
    [Array.from({ length: 624 }, () => 0), 'ValueError', 'state vector is the wrong size'],
    [[-1, ...Array.from({ length: 624 }, () => 0)], 'OverflowError', "can't convert negative value to unsigned int"],
    [
      [2n ** 64n, ...Array.from({ length: 624 }, () => 0)],
      'OverflowError',
      'Python int too large to convert to C unsigned long',
    ],
    [[...Array.from({ length: 624 }, () => 0), 625], 'ValueError', 'invalid state'],
    [[...Array.from({ length: 624 }, () => 0), -1], 'ValueError', 'invalid state'],
    [
      [...Array.from({ length: 624 }, () => 0), 2n ** 63n],
      'OverflowError',
      'Python int too large to convert to C long',
    ],
  ])('setState rejects a bad vector without changing the state (%#)', (values, type, message) => {
    const twister = new MersenneTwister()
    twister.initGenrand(1)
    const before = twister.getState()
    expectRaises(() => twister.setState(values), type, message)
    expect(twister.getState()).toEqual(before)
  })
})
