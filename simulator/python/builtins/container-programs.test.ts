// Runs the programs in container-programs/ (lists, tuples, dicts and their views, sets, ranges, slices, iteration
// built-ins, unpacking) and compares what they print with CPython 3.11's output, recorded by
// scripts/regenerate-container-programs.py.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lastLine, runPython } from '../../modules/test-support/run-python'

interface Expected {
  stdout: string
  status: number
  error: string
}

const folder = new URL('./container-programs/', import.meta.url)
const expected = JSON.parse(readFileSync(new URL('expected.json', folder), 'utf8')) as Record<string, Expected>
const programs = readdirSync(folder)
  .filter((f) => f.endsWith('.py'))
  .map((f) => f.slice(0, -3))
  .sort()

describe('container programs match CPython 3.11', () => {
  it('has an expected output for every program', () => {
    expect(Object.keys(expected).sort()).toEqual(programs)
  })

  it.each(programs)('%s', (name) => {
    const run = runPython(readFileSync(new URL(`${name}.py`, folder), 'utf8'))
    expect({ stdout: run.stdout, status: run.status, error: run.status ? lastLine(run.stderr) : '' }).toEqual(
      expected[name],
    )
  })
})
