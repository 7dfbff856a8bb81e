import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { displayWidth } from './display-width'

// [text, columns as CPython 3.11 counts them], from scripts/regenerate-traceback-fixtures.py.
const cases = JSON.parse(readFileSync(new URL('./fixtures/display-widths.json', import.meta.url), 'utf8')) as [
  string,
  number,
][]

describe('displayWidth', () => {
  it('counts W and F characters as two columns, as unicodedata.east_asian_width says', () => {
    expect(cases.map(([text]) => displayWidth(text))).toEqual(cases.map(([, width]) => width))
  })
})
