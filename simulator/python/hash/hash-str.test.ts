import { describe, expect, it } from 'vitest'
import { canonicalWidth, computeStrHash, hashStr, writeCanonical } from './hash-str'

describe('the canonical (PEP 393) representation of a str', () => {
  it('is as wide as its widest code point needs', () => {
    expect(canonicalWidth('')).toBe(1)
    expect(canonicalWidth('abc\u00ff')).toBe(1)
    expect(canonicalWidth('ą')).toBe(2)
    expect(canonicalWidth('\ud800')).toBe(2)
    expect(canonicalWidth('\udc00\ud800')).toBe(2)
    expect(canonicalWidth('a😀')).toBe(4)
  })

  it('holds code points little-endian, a surrogate pair being one code point', () => {
    const out = new Uint8Array(16)
    expect([...out.subarray(0, writeCanonical('a😀', 4, out))]).toEqual([0x61, 0, 0, 0, 0x00, 0xf6, 0x01, 0])
    expect([...out.subarray(0, writeCanonical('\ud800ą', 4, out))]).toEqual([0x00, 0xd8, 0, 0, 0x05, 0x01, 0, 0])
    expect([...out.subarray(0, writeCanonical('aą', 2, out))]).toEqual([0x61, 0, 0x05, 0x01])
  })
})

describe('hashStr', () => {
  it('gives the same hash cached or not, for strings of any length', () => {
    const strings = Array.from({ length: 6000 }, (_, i) => 'k'.repeat(i % 100) + String(i))
    for (const s of strings) expect(hashStr(s)).toEqual(computeStrHash(s))
    for (const s of strings) expect(hashStr(s)).toEqual(computeStrHash(s))
    const long = 'ą'.repeat(70000)
    expect(hashStr(long)).toEqual(computeStrHash(long))
  })
})
