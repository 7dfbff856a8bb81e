import { describe, expect, it } from 'vitest'
import { timelineEn, timelinePl } from './messages'

describe('the timeline’s strings', () => {
  it('have the same keys in Polish as in English, each translated', () => {
    expect(Object.keys(timelinePl).sort()).toEqual(Object.keys(timelineEn).sort())
    for (const key of Object.keys(timelineEn) as (keyof typeof timelineEn)[]) {
      expect(timelinePl[key].length).toBeGreaterThan(0)
      if (key !== 'timelineGil') expect(timelinePl[key]).not.toBe(timelineEn[key])
    }
  })

  it('keep the placeholders of each template', () => {
    const placeholders = (s: string) => s.match(/\{\w+\}/g) ?? []
    for (const key of Object.keys(timelineEn) as (keyof typeof timelineEn)[])
      expect(placeholders(timelinePl[key])).toEqual(placeholders(timelineEn[key]))
  })
})
