// `npm run interleave -- run FILE.py [options] [-- ARGS…]`: runs a program in the simulator with CPython's stdout,
// stderr and exit status (3 on a deadlock, 4 when --max-steps is reached). Nothing else is written to stdout.
// `npm run interleave -- replay TRACE.json`: re-runs a trace; 0 when the events are identical, 1 when they differ,
// 2 when the file is not a readable trace.
import { readFileSync, writeFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromeTrace, readTrace, replay, Simulation, TraceFileError, type Schedule } from '../simulator'

const usage = `usage: interleave run FILE.py [--seed N] [--schedule gil|round-robin|random|free-threaded]
                     [--switch-probability P] [--switch-interval SECONDS] [--cpus N] [--max-steps N]
                     [--trace OUT.json] [--chrome-trace OUT.json] [-- ARGS...]
       interleave replay TRACE.json
`

const schedules: Schedule[] = ['gil', 'round-robin', 'random', 'free-threaded']

class UsageError extends Error {}

function number(name: string, text: string | undefined, check: (n: number) => boolean): number | undefined {
  if (text === undefined) return undefined
  const n = Number(text)
  if (!Number.isFinite(n) || !check(n)) throw new UsageError(`interleave: invalid value for --${name}: ${text}`)
  return n
}

function run(argv: string[]): number {
  const separator = argv.indexOf('--')
  const own = separator < 0 ? argv : argv.slice(0, separator)
  const programArgs = separator < 0 ? [] : argv.slice(separator + 1)
  const { values, positionals } = parseArgs({
    args: own,
    allowPositionals: true,
    options: {
      seed: { type: 'string' },
      schedule: { type: 'string' },
      'switch-probability': { type: 'string' },
      'switch-interval': { type: 'string' },
      cpus: { type: 'string' },
      'max-steps': { type: 'string' },
      trace: { type: 'string' },
      'chrome-trace': { type: 'string' },
    },
  })
  const [command, file, ...extra] = positionals
  if (command === 'replay' && file && !extra.length && separator < 0) return replayFile(file)
  if (command !== 'run' || !file || extra.length) throw new UsageError(usage.trimEnd())
  const schedule = (values.schedule ?? 'gil') as Schedule
  if (!schedules.includes(schedule)) throw new UsageError(`interleave: unknown schedule: ${values.schedule}`)
  let source: string
  try {
    source = readFileSync(file, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'No such file or directory' : String(error)
    process.stderr.write(`python3: can't open file '${resolve(file)}': [Errno 2] ${reason}\n`)
    return 2
  }
  const out: string[] = []
  const err: string[] = []
  const record = values.trace !== undefined || values['chrome-trace'] !== undefined
  // A recorded run is run as from the program's own folder, so that the trace holds no path of this machine.
  const name = record ? basename(file) : file
  const simulation = new Simulation(source, name, {
    argv: [name, ...programArgs],
    record,
    schedule,
    seed: number('seed', values.seed, Number.isInteger),
    cpus: number('cpus', values.cpus, (n) => Number.isInteger(n) && n >= 1),
    switchInterval: number('switch-interval', values['switch-interval'], (n) => n > 0),
    switchProbability: number('switch-probability', values['switch-probability'], (n) => n >= 0 && n <= 1),
    maxSteps: number('max-steps', values['max-steps'], (n) => Number.isInteger(n) && n > 0),
    output: { write: (stream, text) => (stream === 'stdout' ? out : err).push(text) },
  })
  simulation.advance()
  process.stdout.write(out.join(''))
  process.stderr.write(err.join(''))
  if (simulation.outcome === 'out-of-steps')
    process.stderr.write(`interleave: stopped after ${simulation.steps} steps (--max-steps)\n`)
  if (values.trace !== undefined) writeFileSync(values.trace, simulation.traceText())
  if (values['chrome-trace'] !== undefined)
    writeFileSync(values['chrome-trace'], JSON.stringify(chromeTrace(simulation.log!)) + '\n')
  return simulation.status!
}

function replayFile(file: string): number {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    process.stderr.write(`interleave: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}\n`)
    return 2
  }
  try {
    const result = replay(readTrace(text))
    ;(result.identical ? process.stdout : process.stderr).write(`interleave: ${result.message}\n`)
    return result.identical ? 0 : 1
  } catch (error) {
    if (!(error instanceof TraceFileError)) throw error
    process.stderr.write(`interleave: ${file}: ${error.message}\n`)
    return 2
  }
}

try {
  process.exitCode = run(process.argv.slice(2))
} catch (error) {
  const parseError = String((error as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS')
  if (!(error instanceof UsageError) && !parseError) throw error
  process.stderr.write(`interleave: ${(error as Error).message}\n`)
  process.exitCode = 2
}
