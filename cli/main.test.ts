import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')

function interleave(...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'interleave', '--', ...args], { cwd: root, encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function program(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'interleave-cli-'))
  const file = join(dir, 'prog.py')
  writeFileSync(file, source)
  return file
}

describe('npm run interleave -- run', () => {
  it('writes only the program output to stdout, passes arguments, and exits 0', () => {
    const file = program('import sys\nprint("args:", sys.argv[1:])\nprint(sum(range(10)))\n')
    expect(interleave('run', file, '--', 'a', 'b c')).toEqual({
      status: 0,
      stdout: "args: ['a', 'b c']\n45\n",
      stderr: '',
    })
  })

  it('prints a traceback on stderr and exits 1 for an uncaught exception', () => {
    const file = program('def f(x):\n    return 1 / x\n\nf(0)\n')
    const result = interleave('run', file)
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      `Traceback (most recent call last):\n  File "${file}", line 4, in <module>\n    f(0)\n  File "${file}", line 2, in f\n    return 1 / x\n           ~~^~~\nZeroDivisionError: division by zero\n`,
    )
  })

  it('exits with sys.exit status and reports syntax errors as CPython does', () => {
    expect(interleave('run', program('import sys\nsys.exit(7)\n')).status).toBe(7)
    const file = program('if True\n    pass\n')
    expect(interleave('run', file)).toEqual({
      status: 1,
      stdout: '',
      stderr: `  File "${file}", line 1\n    if True\n           ^\nSyntaxError: expected ':'\n`,
    })
  })

  it('reports a missing file as python3 does', () => {
    const result = interleave('run', '/nonexistent/prog.py')
    expect(result.status).toBe(2)
    expect(result.stderr).toBe("python3: can't open file '/nonexistent/prog.py': [Errno 2] No such file or directory\n")
  })
})
