import { describe, expect, it } from 'vitest'
import { accumulate, bisectRight, choiceIndex, choicesIndices, type PyReal } from './choice'
import { Random } from './random'
import { sampleIndices, sampleIndicesWithCounts } from './sample'
import { shuffle, shuffleSwaps } from './shuffle'
import { expectRaises } from './test-support/raises'

const seeded = () => new Random({ kind: 'int', value: 11 })
const int = (value: number | bigint): PyReal => ({ kind: 'int', value })
const float = (value: number): PyReal => ({ kind: 'float', value })

describe('choice and choices', () => {
  it('choiceIndex raises on an empty sequence', () => {
    expectRaises(() => choiceIndex(seeded(), 0), 'IndexError', 'Cannot choose from an empty sequence')
  })

  it('an unweighted empty population draws once and yields the out-of-range index 0', () => {
    const rng = seeded()
    const reference = seeded()
    expect(choicesIndices(rng, 0, { k: 3 })).toEqual([0])
    reference.random()
    expect(rng.random()).toBe(reference.random())
  })

  it('checks the weight totals', () => {
    expectRaises(
      () => choicesIndices(seeded(), 1, { cumWeights: [int(2n ** 1024n)] }),
      'OverflowError',
      'int too large to convert to float',
    )
    expectRaises(
      () => choicesIndices(seeded(), 1, { cumWeights: [float(Infinity)] }),
      'ValueError',
      'Total of weights must be finite',
    )
    expectRaises(
      () => choicesIndices(seeded(), 2, { weights: [int(0), float(-0.0)] }),
      'ValueError',
      'Total of weights must be greater than zero',
    )
  })

  it('accumulate adds ints exactly and switches to floats at the first float', () => {
    expect(accumulate([int(2 ** 53 - 1), int(2), float(0.5), int(1)])).toEqual([
      int(2 ** 53 - 1),
      int(2n ** 53n + 1n),
      float(2 ** 53),
      float(2 ** 53),
    ]) // as list(accumulate([2**53 - 1, 2, 0.5, 1])) in CPython
  })

  it('bisectRight compares floats with bigints exactly', () => {
    const bounds = [1, 2n ** 60n, 2n ** 60n + 1n]
    expect(bisectRight(bounds, 2 ** 60, 3)).toBe(2)
    expect(bisectRight(bounds, 0.5, 3)).toBe(0)
  })
})

describe('shuffle', () => {
  it('shuffleSwaps draws what shuffle draws', () => {
    const items = Array.from({ length: 30 }, (_, i) => i)
    shuffle(seeded(), items)
    const swapped = Array.from({ length: 30 }, (_, i) => i)
    shuffleSwaps(seeded(), 30).forEach((j, k) => {
      const i = 29 - k
      ;[swapped[i], swapped[j]] = [swapped[j], swapped[i]]
    })
    expect(swapped).toEqual(items)
  })
})

describe('sample', () => {
  it('fails before drawing for k that cannot be a list length', () => {
    expectRaises(() => sampleIndices(seeded(), 2n ** 62n, 2n ** 60n), 'MemoryError', '')
    expectRaises(
      () => sampleIndices(seeded(), 2n ** 63n, 1),
      'OverflowError',
      'Python int too large to convert to C ssize_t',
    )
  })

  it('maps a sample of range(sum(counts)) back to population indices', () => {
    const picks = sampleIndicesWithCounts(seeded(), 3, [int(0), int(2), int(3)], 5)
    expect([...picks].sort()).toEqual([1, 1, 2, 2, 2])
  })
})
