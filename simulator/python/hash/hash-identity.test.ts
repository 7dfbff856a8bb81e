import { describe, expect, it } from 'vitest'
import { hashIdentity, hashNone } from './hash-identity'
import { hashToPython } from './py-hash'

// Real ids are 16-byte aligned (the fixtures cover those); the simulator may hand out any id, so the bits that the
// rotation moves to the top are checked here against the formula in Python/pyhash.c: (id >> 4) | (id << 60).
describe('hashIdentity', () => {
  it('rotates the id right by four bits', () => {
    expect(hashToPython(hashIdentity(16))).toBe(1)
    expect(hashToPython(hashIdentity(1))).toBe(2n ** 60n)
    expect(hashToPython(hashIdentity(0x1f))).toBe(-(2n ** 60n) + 1n)
    expect(hashToPython(hashIdentity(0xf))).toBe(-(2n ** 60n))
    expect(hashToPython(hashIdentity(2 ** 40 + 3))).toBe(2n ** 36n + 3n * 2n ** 60n)
  })

  it('accepts the id as a number or a bigint alike', () => {
    for (const id of [0, 1, 17, 2 ** 31, 2 ** 32 + 5, 2 ** 47 - 16, Number.MAX_SAFE_INTEGER]) {
      expect(hashIdentity(BigInt(id))).toEqual(hashIdentity(id))
    }
  })

  it('never returns -1', () => {
    expect(hashIdentity(2n ** 64n - 1n)).toBe(-2)
  })

  it('is what None hashes to in 3.11', () => {
    expect(hashNone(0x7f00_1234_5670)).toEqual(hashIdentity(0x7f00_1234_5670))
  })
})
