import { describe, expect, it } from 'vitest'
import { exactDigits, fixedDigits, roundDigits, significantDigits } from './float-digits'
import { decodeFloat } from './test-support/fixtures'

// A fixed-seed generator, so the sample is the same on every run.
function* randomDoubles(count: number): Generator<number> {
  let state = 0x9e3779b97f4a7c15n
  const next = () => {
    state ^= state << 13n
    state &= 0xffffffffffffffffn
    state ^= state >> 7n
    state ^= state << 17n
    state &= 0xffffffffffffffffn
    return state
  }
  for (let produced = 0; produced < count;) {
    const pick = Number(next() % 4n)
    let x: number
    if (pick === 0) x = decodeFloat((next() & 0x7fffffffffffffffn).toString(16).padStart(16, '0'))
    else if (pick === 1) x = Number(next() % 2000000n) / 2 ** Number(next() % 14n)
    else if (pick === 2) x = Number(next() % 100000n) / 100
    else x = Number(next() % 1000n) * 10 ** Number(next() % 25n)
    if (!Number.isFinite(x) || x === 0) continue
    produced++
    yield x
  }
}

describe('float digits', () => {
  it('gives the exact expansion of a double', () => {
    expect(exactDigits(0.1)).toEqual({ digits: '1000000000000000055511151231257827021181583404541015625', decpt: 0 })
    expect(exactDigits(5e-324).digits.length).toBe(751)
    expect(exactDigits(2 ** 70)).toEqual({ digits: '1180591620717411303424', decpt: 22 })
  })

  it('rounds half to even, carrying into a new digit', () => {
    expect(roundDigits({ digits: '125', decpt: 0 }, 2)).toEqual({ digits: '12', decpt: 0 })
    expect(roundDigits({ digits: '135', decpt: 0 }, 2)).toEqual({ digits: '14', decpt: 0 })
    expect(roundDigits({ digits: '1251', decpt: 0 }, 2)).toEqual({ digits: '13', decpt: 0 })
    expect(roundDigits({ digits: '9996', decpt: 2 }, 3)).toEqual({ digits: '1', decpt: 3 })
    expect(roundDigits({ digits: '5', decpt: 0 }, 0)).toEqual({ digits: '', decpt: 0 })
    expect(roundDigits({ digits: '51', decpt: -1 }, 0)).toEqual({ digits: '1', decpt: 0 })
  })

  it('takes the engine shortcuts only where they agree with exact rounding', () => {
    for (const x of randomDoubles(4000)) {
      const exact = exactDigits(x)
      for (const places of [0, 1, 2, 3, 6, 17]) {
        expect(fixedDigits(x, places), `${x} to ${places} places`).toEqual(roundDigits(exact, exact.decpt + places))
      }
      for (const count of [1, 2, 3, 6, 12, 17, 25]) {
        expect(significantDigits(x, count), `${x} to ${count} digits`).toEqual(roundDigits(exact, count))
      }
    }
  })
})
