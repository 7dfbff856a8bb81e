import { describe, expect, it } from 'vitest'
import { panelsEn, panelsPl } from './messages'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('the panels’ messages', () => {
  it('have the same keys in Polish as in English', () => {
    expect(Object.keys(panelsPl).sort()).toEqual(Object.keys(panelsEn).sort())
  })

  it('have the same placeholders in both languages', () => {
    for (const key of Object.keys(panelsEn) as (keyof typeof panelsEn)[])
      expect([key, placeholders(panelsPl[key])]).toEqual([key, placeholders(panelsEn[key])])
  })

  it('are never empty', () => {
    for (const messages of [panelsEn, panelsPl])
      expect(Object.values(messages).filter((m) => m.trim() === '')).toEqual([])
  })
})
