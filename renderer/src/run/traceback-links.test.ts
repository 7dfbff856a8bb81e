import { describe, expect, it } from 'vitest'
import { programLine } from './traceback-links'

describe('lines of the console that point into the program', () => {
  it('finds the line of a traceback entry or a deadlock report for the program, and nothing else', () => {
    expect(programLine('  File "prog.py", line 12, in worker', 'prog.py')).toBe(12)
    expect(programLine('  one waits for Lock lock_b, held by two at prog.py, line 8', 'prog.py')).toBe(8)
    expect(programLine('  File "/usr/lib/python3.11/threading.py", line 1045, in _bootstrap', 'prog.py')).toBeNull()
    expect(programLine('  File "progXpy", line 3', 'prog.py')).toBeNull()
    expect(programLine('hello', 'prog.py')).toBeNull()
  })
})
