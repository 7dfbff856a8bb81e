// Runs a Python snippet in the simulator with the standard library modules, capturing what it prints.
import { runProgram, standardModules } from '../../index'
import { isException } from '../../python/runtime/errors'

export interface PythonRun {
  stdout: string
  stderr: string
  status: number
}

export function runPython(source: string): PythonRun {
  let stdout = ''
  let stderr = ''
  const result = runProgram(source, 'snippet.py', {
    modules: standardModules(),
    maxSteps: 10_000_000,
    output: {
      write: (stream, text) => {
        if (stream === 'stdout') stdout += text
        else stderr += text
      },
    },
  })
  return { stdout, stderr, status: result.status }
}

/** The last line of a traceback: `Type: message`. */
export function lastLine(text: string): string {
  return text.trimEnd().split('\n').at(-1) ?? ''
}

/** What a program prints, then `!! Type: message` when it ends with an uncaught exception. */
export function programOutput(source: string): string {
  const run = runPython(source)
  return run.stdout + (run.status ? `!! ${lastLine(run.stderr)}\n` : '')
}

export interface ProgramCase {
  name: string
  source: string
  /** What CPython 3.11 prints for the program. */
  output: string
}

/**
 * `Type: message` of the Python exception that `fn` raises from TypeScript. The message is read from the args
 * directly: type lookups made before any interpreter has installed the builtins would be cached stale.
 */
export function raised(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    if (isException(error)) return `${error.cls.name}: ${error.args.items.join(', ')}`
    throw error
  }
  throw new Error('nothing was raised')
}
