// Every program of the suite runs in our VM and must print what CPython 3.11 printed, with the same exit status.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runConformanceProgram } from './run-conformance'

const root = import.meta.dirname
const programs = readdirSync(join(root, 'programs'))
  .filter((f) => f.endsWith('.py'))
  .sort()

describe('conformance with CPython 3.11', () => {
  for (const file of programs) {
    it(file, () => {
      const expected = JSON.parse(readFileSync(join(root, 'expected', file.replace(/\.py$/, '.json')), 'utf8'))
      expect(runConformanceProgram(readFileSync(join(root, 'programs', file), 'utf8'), file)).toEqual(expected)
    })
  }
})
