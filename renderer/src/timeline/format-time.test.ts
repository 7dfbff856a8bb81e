import { describe, expect, it } from 'vitest'
import { formatTime, tickFormat } from './format-time'

describe('times in words', () => {
  it('use the unit that suits them, with three significant digits', () => {
    expect(formatTime(1_200_000, 'en')).toBe('1.20 ms')
    expect(formatTime(3_450_000, 'en')).toBe('3.45 ms')
    expect(formatTime(250_000_000, 'en')).toBe('250 ms')
    expect(formatTime(2_500_000_000, 'en')).toBe('2.50 s')
    expect(formatTime(12_000, 'en')).toBe('12.0 µs')
    expect(formatTime(25, 'en')).toBe('25 ns')
    expect(formatTime(0, 'en')).toBe('0 ns')
  })

  it('write Polish decimals with a comma', () => {
    expect(formatTime(1_200_000, 'pl')).toBe('1,20 ms')
  })

  it('add decimals to tell apart times closer than three digits show', () => {
    expect(formatTime(10_024_225, 'en', 7.5)).toBe('10.024225 ms')
    expect(formatTime(10_024_225, 'en', 100_000)).toBe('10.0 ms')
  })

  it('label axis ticks in one unit with the decimals their step needs', () => {
    const label = tickFormat(500_000, 5_000_000, 'en')
    expect([0, 500_000, 1_000_000].map(label)).toEqual(['0.0 ms', '0.5 ms', '1.0 ms'])
    expect(tickFormat(2_000_000, 10_000_000, 'pl')(4_000_000)).toBe('4 ms')
    expect(tickFormat(20_000, 100_000, 'pl')(60_000)).toBe('60 µs')
    expect(tickFormat(200, 1000, 'pl')(600)).toBe('0,6 µs')
  })
})
