import { describe, expect, it } from 'vitest'
import { SeededRandom } from './rng'

describe('SeededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = new SeededRandom(42)
    const b = new SeededRandom(42)
    const c = new SeededRandom(43)
    const seqA = Array.from({ length: 20 }, () => a.nextUint32())
    expect(Array.from({ length: 20 }, () => b.nextUint32())).toEqual(seqA)
    expect(Array.from({ length: 20 }, () => c.nextUint32())).not.toEqual(seqA)
  })

  it('spreads below(n) evenly', () => {
    const rng = new SeededRandom(7)
    const counts = [0, 0, 0, 0]
    for (let i = 0; i < 40000; i++) counts[rng.below(4)]++
    for (const n of counts) expect(Math.abs(n - 10000)).toBeLessThan(400)
  })
})
