// One run of a program on the simulated machine, advanced in pieces: the CLI runs it to the end, the UI's worker
// runs it in time slices (so that Pause always works), the manual schedule stops it at each choice, and a trace
// replays it. Source, options and decisions determine every event.
import { PyBaseException } from './python/runtime/types/exceptions'
import { Interpreter, type ModuleDefinition, type OutputSink, type Stream } from './python/vm/interpreter'
import { exitStatus } from './python/vm/exit-status'
import { formatException } from './python/vm/traceback'
import type { ThreadState } from './python/vm/thread-state'
import { deadlockReport } from './kernel/deadlock-report'
import { Kernel } from './kernel/kernel'
import type { SimThread } from './kernel/sim-thread'
import { TraceRecorder } from './trace/recorder'
import type { EventLog } from './trace/event-log'
import { standardModules } from './modules'
import { defaultSettings, type RunSettings } from './run-settings'
import { writeTrace, type TraceFile } from './trace/trace-file'

export interface SimulationOptions extends Partial<RunSettings> {
  /** Replayed decisions (a trace's, or a branch's up to where the user chose differently). */
  decisions?: number[]
  /** Record the run's events (the trace). */
  record?: boolean
  /** Where output goes as it is written (besides the trace). */
  output?: OutputSink
  modules?: ReadonlyMap<string, ModuleDefinition>
}

/** Where a program's syntax error is, for the editor to underline (1-based lines and columns). */
export interface SyntaxErrorPlace {
  type: string
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
}

export type Outcome = 'finished' | 'deadlock' | 'out-of-steps' | 'decision' | 'paused'

export const deadlockStatus = 3
export const outOfStepsStatus = 4

export class Simulation {
  readonly settings: RunSettings
  readonly kernel: Kernel
  readonly interp: Interpreter
  readonly recorder: TraceRecorder | null
  /** The exit status once the run has ended, else null. */
  status: number | null = null
  outcome: Outcome = 'paused'
  /** The program's syntax error, when it has one (the run then ends at once with status 1). */
  syntaxError: SyntaxErrorPlace | null = null
  private main: ThreadState | null = null
  private mainStatus = 0

  constructor(
    readonly source: string,
    readonly filename: string,
    options: SimulationOptions = {},
  ) {
    const settings = { ...defaultSettings }
    for (const key of Object.keys(defaultSettings) as (keyof RunSettings)[])
      if (options[key] !== undefined) Object.assign(settings, { [key]: options[key] })
    if (settings.argv.length === 0) settings.argv = [filename]
    this.settings = settings
    this.kernel = new Kernel({ ...settings, decisions: options.decisions })
    this.recorder = options.record ? new TraceRecorder(this.kernel) : null
    const recorder = this.recorder
    const output = options.output
    this.interp = new Interpreter({
      argv: settings.argv,
      seed: settings.seed,
      modules: options.modules ?? standardModules(),
      output: {
        write(stream: Stream, text: string, thread: ThreadState | null) {
          output?.write(stream, text, thread)
          recorder?.output(thread, stream, text)
        },
      },
    })
    if (recorder) this.interp.fs.onWrite = (path, text) => recorder.fileWrite(this.kernel.runningThread(), path, text)
    const code = this.interp.compile(source, filename)
    if (code instanceof PyBaseException) {
      this.syntaxError = syntaxErrorPlace(code)
      this.interp.write('stderr', formatException(code, this.interp), null)
      this.end('finished', 1)
      return
    }
    this.main = this.interp.mainThread(code)
    this.kernel.addProcess(this.interp, this.main)
  }

  get done(): boolean {
    return this.status !== null
  }

  get steps(): number {
    return this.kernel.totalSteps
  }

  get log(): EventLog | null {
    return this.recorder?.log ?? null
  }

  /**
   * Runs until instruction `untilStep` (in all threads), the end of the run, or a pending manual choice. The
   * run's own step limit ends it with status 4.
   */
  advance(untilStep = Infinity): Outcome {
    if (this.done) return this.outcome
    const limit = this.settings.maxSteps ?? Infinity
    const result = this.kernel.run(Math.min(untilStep, limit), (thread) => this.threadEnded(thread))
    switch (result.kind) {
      case 'finished':
        this.end('finished', this.mainStatus)
        break
      case 'deadlock': {
        const report = deadlockReport(result.blocked)
        this.interp.write('stderr', report, null)
        this.recorder?.deadlock(report)
        this.end('deadlock', deadlockStatus)
        break
      }
      case 'out-of-steps':
        if (this.kernel.totalSteps >= limit) this.end('out-of-steps', outOfStepsStatus)
        else this.outcome = 'paused'
        break
      case 'decision':
        this.outcome = 'decision'
        break
    }
    return this.outcome
  }

  /** The threads the manual schedule offers now (empty when no choice is pending). */
  choices(): readonly SimThread[] {
    return this.kernel.choices() ?? []
  }

  choose(thread: SimThread): void {
    this.kernel.choose(thread)
    this.outcome = 'paused'
  }

  private threadEnded(thread: SimThread): void {
    const ts = thread.ts
    if (ts === this.main) this.mainStatus = exitStatus(ts.uncaught, this.interp, ts)
    else if (ts.uncaught) this.interp.write('stderr', formatException(ts.uncaught, this.interp), ts)
  }

  /** The run so far as a trace (needs `record`). */
  trace(): TraceFile {
    if (!this.recorder) throw new Error('interleave: the simulation was not recorded')
    return {
      filename: this.filename,
      source: this.source,
      settings: this.settings,
      decisions: [...this.kernel.decisions],
      outcome: { outcome: this.outcome, status: this.status, steps: this.kernel.totalSteps, time: this.kernel.time },
      log: this.recorder.log,
    }
  }

  /** The trace file's text. */
  traceText(): string {
    return writeTrace(this.trace())
  }

  private end(outcome: Outcome, status: number): void {
    // A finished program stops its daemon threads; a deadlock or the step limit leaves every thread where it is.
    if (outcome === 'finished') this.kernel.stopDaemons()
    this.outcome = outcome
    this.status = status
    this.recorder?.exit(status, outcome)
  }
}

function syntaxErrorPlace(exc: PyBaseException): SyntaxErrorPlace {
  const number = (name: string, fallback: number) => {
    const v = exc.attrs?.get(name)
    return typeof v === 'number' ? v : fallback
  }
  const line = number('lineno', 1)
  const column = number('offset', 1)
  const message = exc.attrs?.get('msg')
  return {
    type: exc.cls.name,
    message: typeof message === 'string' ? message : '',
    line,
    column,
    endLine: number('end_lineno', line),
    endColumn: number('end_offset', column + 1),
  }
}
