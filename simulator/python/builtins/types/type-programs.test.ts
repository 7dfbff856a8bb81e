// Programs exercising str, bytes, bytearray, int, float, bool and complex beyond the conformance suite must print
// what CPython 3.11 printed for them (scripts/regenerate-type-programs.py).
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runConformanceProgram } from '../../../conformance/run-conformance'

const folder = new URL('./fixtures/type-programs/', import.meta.url)
const programs = readdirSync(folder).filter((name) => name.endsWith('.py'))

describe('built-in type programs print what CPython 3.11 prints', () => {
  it.each(programs)('%s', (name) => {
    const source = readFileSync(new URL(name, folder), 'utf8')
    const expected = readFileSync(new URL(name.replace(/\.py$/, '.stdout'), folder), 'utf8')
    const run = runConformanceProgram(source, name)
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(expected)
  })
})
