import { describe, expect, it } from 'vitest'
import { moduleNotFoundMessage } from './not-simulated'
import { lastLine, runPython } from './test-support/run-python'

const note = '(Interleave does not simulate this module yet)'

describe('moduleNotFoundMessage', () => {
  it('says that a standard module is not simulated yet', () => {
    for (const name of ['multiprocessing', 'concurrent', 'asyncio', 'socket']) {
      expect(moduleNotFoundMessage(name)).toBe(`No module named '${name}' ${note}`)
    }
  })

  it("keeps CPython's message for names that are not standard modules", () => {
    for (const name of ['xyz', 'numpy', 'Queue', 'os.nothing']) {
      expect(moduleNotFoundMessage(name)).toBe(`No module named '${name}'`)
    }
  })
})

describe('importing a module that is not simulated', () => {
  it('ends the program with ModuleNotFoundError saying so', () => {
    const run = runPython('import multiprocessing\n')
    expect(run.status).toBe(1)
    expect(lastLine(run.stderr)).toBe(`ModuleNotFoundError: No module named 'multiprocessing' ${note}`)
  })

  it('names the missing package of a dotted import, as CPython does', () => {
    const run = runPython('from concurrent.futures import ThreadPoolExecutor\n')
    expect(lastLine(run.stderr)).toBe(`ModuleNotFoundError: No module named 'concurrent' ${note}`)
  })

  it('keeps the name attribute a program can test', () => {
    const run = runPython('try:\n    import asyncio\nexcept ImportError as e:\n    print(type(e).__name__, e.name)\n')
    expect(run.stdout).toBe('ModuleNotFoundError asyncio\n')
  })

  it('says nothing more for a module that is not in the standard library', () => {
    expect(lastLine(runPython('import xyz\n').stderr)).toBe("ModuleNotFoundError: No module named 'xyz'")
  })
})
