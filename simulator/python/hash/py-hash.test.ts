import { describe, expect, it } from 'vitest'
import { hashEquals, hashFromBigInt, hashFromHalves, hashHigh, hashLow, hashToPython, WideHash } from './py-hash'
import { SeededRandom } from './test-support/seeded-random'

const halvesOf = (v: bigint): [number, number] => [Number(BigInt.asIntN(32, v >> 32n)), Number(BigInt.asIntN(32, v))]

describe('PyHash', () => {
  it('is a number exactly when the value is a safe integer', () => {
    expect(hashFromHalves(0x1fffff, -1)).toBe(2 ** 53 - 1)
    expect(hashFromHalves(0x200000, 0)).toEqual(new WideHash(0x200000, 0))
    expect(hashFromHalves(-0x200000, 1)).toBe(-(2 ** 53) + 1)
    expect(hashFromHalves(-0x200000, 0)).toEqual(new WideHash(-0x200000, 0))
    expect(hashFromHalves(-1, -1)).toBe(-1)
    expect(hashFromHalves(0, 0xffffffff)).toBe(0xffffffff)
    expect(hashFromBigInt(2n ** 53n)).toEqual(new WideHash(0x200000, 0))
    expect(hashFromBigInt(-(2n ** 63n))).toEqual(new WideHash(-0x80000000, 0))
    expect(hashFromBigInt(-5n)).toBe(-5)
  })

  it('round-trips through halves and back to a Python int', () => {
    const random = new SeededRandom(12345)
    for (let i = 0; i < 5000; i++) {
      const value = random.nextInt64()
      const [hi, lo] = halvesOf(value)
      const h = hashFromHalves(hi, lo)
      expect(typeof h === 'number').toBe(value >= -(2n ** 53n) + 1n && value <= 2n ** 53n - 1n)
      expect(BigInt(hashToPython(h))).toBe(value)
      expect([hashHigh(h), hashLow(h)]).toEqual([hi, lo])
      expect(hashEquals(h, hashFromBigInt(value))).toBe(true)
      expect(hashEquals(h, hashFromBigInt(BigInt.asIntN(64, value + 1n)))).toBe(false)
    }
  })
})
