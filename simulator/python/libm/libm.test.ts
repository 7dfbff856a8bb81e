import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { hypot, pow } from '.'

type Outcome = { ok: string } | { error: [string, string] }
interface Libm {
  pow: [string, string, Outcome][]
  hypot: [string, string, string][]
}

const fixture = JSON.parse(readFileSync(new URL('./fixtures/libm.json', import.meta.url), 'utf8')) as Libm

function decode(hexBits: string): number {
  const view = new DataView(new ArrayBuffer(8))
  view.setBigUint64(0, BigInt('0x' + hexBits))
  return view.getFloat64(0)
}

function bits(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, x)
  return view.getBigUint64(0)
}

describe('libm functions against the glibc CPython 3.11 calls', () => {
  it('hypot is bit-for-bit glibc’s', () => {
    const wrong = fixture.hypot.filter(([x, y, r]) => bits(hypot(decode(x), decode(y))) !== BigInt('0x' + r))
    expect(wrong).toEqual([])
  })

  it('pow is correctly rounded, so it matches glibc but for its rare near-tie misroundings', () => {
    const finite = fixture.pow.filter(([, , r]) => 'ok' in r)
    const distances = finite.map(([x, y, r]) => {
      const d = bits(pow(decode(x), decode(y))) - BigInt('0x' + (r as { ok: string }).ok)
      return d < 0n ? -d : d
    })
    expect(distances.every((d) => d <= 1n)).toBe(true)
    expect(distances.filter((d) => d === 0n).length).toBeGreaterThan(finite.length * 0.995)
  })

  it('keeps C’s special cases', () => {
    expect(pow(1, NaN)).toBe(1)
    expect(pow(-1, Infinity)).toBe(1)
    expect(pow(-8, 1 / 3)).toBeNaN()
    expect(pow(-2, 3)).toBe(-8)
    expect(pow(0, -1)).toBe(Infinity)
  })
})
