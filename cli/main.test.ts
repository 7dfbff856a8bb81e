import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
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

const abba = `import threading, time
lock_a = threading.Lock()
lock_b = threading.Lock()
def one():
    with lock_a:
        time.sleep(0.01)
        with lock_b:
            pass
def two():
    with lock_b:
        time.sleep(0.01)
        with lock_a:
            pass
t1 = threading.Thread(target=one)
t2 = threading.Thread(target=two)
t1.start(); t2.start(); t1.join(); t2.join()
`

describe('exit statuses of the simulator', () => {
  it('exits 3 on a deadlock, with the report on stderr', () => {
    const result = interleave('run', program(abba))
    expect(result.status).toBe(3)
    expect(result.stdout).toBe('')
    expect(result.stderr.split('\n')[0]).toBe('Deadlock detected: every thread is waiting and nothing can wake one.')
    expect(result.stderr).toMatch(
      /Thread-1 \(one\) waits for Lock lock_b, held by Thread-2 \(two\) at .*prog\.py, line 7/,
    )
  })

  it('exits 4 when --max-steps ends the run', () => {
    const result = interleave('run', program('while True:\n    pass\n'), '--max-steps', '1000')
    expect(result.status).toBe(4)
    expect(result.stderr).toBe('interleave: stopped after 1000 steps (--max-steps)\n')
  })
})

describe('npm run interleave -- replay', () => {
  it('writes a trace and a Perfetto export, and replays the trace: 0 same, 1 different, 2 not a trace', () => {
    const file = program(abba)
    const dir = join(file, '..')
    const trace = join(dir, 'trace.json')
    const perfetto = join(dir, 'perfetto.json')
    const run = interleave(
      'run',
      file,
      '--schedule',
      'random',
      '--seed',
      '4',
      '--trace',
      trace,
      '--chrome-trace',
      perfetto,
    )
    expect(run.status).toBe(3)
    expect(readFileSync(trace, 'utf8')).not.toContain(dir)
    expect(JSON.parse(readFileSync(perfetto, 'utf8')).traceEvents.length).toBeGreaterThan(10)
    expect(interleave('replay', trace)).toMatchObject({ status: 0, stdout: expect.stringMatching(/identical/) })

    const changed = JSON.parse(readFileSync(trace, 'utf8'))
    changed.source = changed.source.replace('0.01', '0.02')
    writeFileSync(trace, JSON.stringify(changed))
    const differs = interleave('replay', trace)
    expect(differs.status).toBe(1)
    expect(differs.stderr).toMatch(/^interleave: events differ from event \d+ \(step \d+\)/)

    writeFileSync(trace, readFileSync(trace, 'utf8').slice(0, 500))
    const corrupt = interleave('replay', trace)
    expect(corrupt.status).toBe(2)
    expect(corrupt.stderr).toBe(`interleave: ${trace}: the trace file is truncated or corrupt (invalid JSON)\n`)
    expect(interleave('replay', file)).toMatchObject({ status: 2, stderr: `interleave: ${file}: not a trace file\n` })
  })
})
