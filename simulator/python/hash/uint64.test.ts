import { describe, expect, it } from 'vitest'
import { SeededRandom } from './test-support/seeded-random'
import { Uint64 } from './uint64'

const MASK = (1n << 64n) - 1n
const value = (r: Uint64): bigint => BigInt.asUintN(64, (BigInt(r.hi) << 32n) | BigInt(r.lo >>> 0))
const load = (v: bigint): Uint64 => new Uint64().set(Number(BigInt.asIntN(32, v >> 32n)), Number(BigInt.asIntN(32, v)))

describe('Uint64', () => {
  it('wraps like C unsigned 64-bit arithmetic', () => {
    const random = new SeededRandom(777)
    for (let i = 0; i < 3000; i++) {
      const a = BigInt.asUintN(64, random.nextInt64())
      const b = BigInt.asUintN(64, random.nextInt64())
      const n = random.nextUint32() % 64
      const bHi = Number(BigInt.asIntN(32, b >> 32n))
      const bLo = Number(BigInt.asIntN(32, b))
      expect(value(load(a).add(bHi, bLo))).toBe((a + b) & MASK)
      expect(value(load(a).mul(bHi, bLo))).toBe((a * b) & MASK)
      expect(value(load(a).xor(bHi, bLo))).toBe(a ^ b)
      expect(value(load(a).shl(n))).toBe((a << BigInt(n)) & MASK)
      expect(value(load(a).shr(n))).toBe(a >> BigInt(n))
      if (n > 0) expect(value(load(a).rotl(n))).toBe(((a << BigInt(n)) | (a >> BigInt(64 - n))) & MASK)
      expect(value(load(a).negate())).toBe(-a & MASK)
      expect(load(a).isAllOnes()).toBe(a === MASK)
    }
  })

  it('keeps both halves as int32 bit patterns', () => {
    const r = new Uint64().set(-1, -1).shr(32)
    expect([r.hi, r.lo]).toEqual([0, -1])
  })
})
