import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runConformanceProgram } from '../../conformance/run-conformance'
import { caretAnchors } from './caret-anchors'

interface Case {
  name: string
  source: string
  stdout: string
  stderr: string
  status: number
}

// Programs ending in an uncaught exception and what `python3 <name>.py` printed, from
// scripts/regenerate-traceback-fixtures.py.
const cases = JSON.parse(readFileSync(new URL('./fixtures/tracebacks.json', import.meta.url), 'utf8')) as Case[]

describe('uncaught exception reports', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const actual = runConformanceProgram(c.source, `${c.name}.py`)
    expect(actual).toEqual({ status: c.status, stdout: c.stdout, stderr: c.stderr })
  })
})

describe('caretAnchors', () => {
  it('finds the operator of a binary operation, past closing parentheses', () => {
    expect(caretAnchors('a + b')).toEqual({ left: 2, right: 3, primary: '~', secondary: '^' })
    expect(caretAnchors('(a) // b')).toEqual({ left: 4, right: 6, primary: '~', secondary: '^' })
  })

  it('finds the brackets of a subscript', () => {
    expect(caretAnchors('d [ "k" ]')).toEqual({ left: 2, right: 9, primary: '~', secondary: '^' })
  })

  it('counts code points, not UTF-16 units', () => {
    expect(caretAnchors('"😀" + 1')).toEqual({ left: 4, right: 5, primary: '~', secondary: '^' })
  })

  it('has nothing to say about other expressions or statements', () => {
    expect(caretAnchors('f(x)')).toBeNull()
    expect(caretAnchors('x += 1')).toBeNull()
    expect(caretAnchors('a +')).toBeNull()
  })
})
