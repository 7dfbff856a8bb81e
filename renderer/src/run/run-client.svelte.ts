// The UI's side of a run: it sends requests to the simulation worker and mirrors what comes back — the events (an
// EventLog, extended as the run grows) and the state at the cursor. Components read its fields; nothing here
// computes simulation results.
import {
  EventLog,
  type BytecodeSnapshot,
  type RunSettings,
  type StateSnapshot,
  type StepKind,
  type StopReason,
  type SyntaxErrorPlace,
} from '../../../simulator'
import type { Request, Response, Update } from './protocol'

/** Requests the worker answers with exactly one update. */
const answered = new Set<Request['kind']>(['start', 'open-trace', 'step', 'step-back', 'goto', 'choose'])

export class RunClient {
  /** The events known on the current branch; `length` changes whenever it grows, for reactivity. */
  log = $state.raw(new EventLog())
  length = $state(0)
  cursor = $state(0)
  knownSteps = $state(0)
  running = $state(false)
  stop = $state<StopReason | null>(null)
  status = $state<number | null>(null)
  syntaxError = $state<SyntaxErrorPlace | null>(null)
  snapshot = $state.raw<StateSnapshot | null>(null)
  choices = $state<number[]>([])
  knownChoice = $state<number | null>(null)
  bytecode = $state.raw<BytecodeSnapshot | null>(null)
  error = $state<string | null>(null)
  /** A run is on screen (ended by editing the code). */
  active = $state(false)
  /** Requests sent that have not been answered yet (Play waits for each step before the next). */
  pending = $state(0)
  private readonly worker: Worker
  private fileWaiters: ((file: { name: string; text: string }) => void)[] = []

  constructor(createWorker: () => Worker) {
    this.worker = createWorker()
    this.worker.onmessage = (event: MessageEvent<Response>) => this.receive(event.data)
  }

  private send(request: Request): void {
    if (answered.has(request.kind)) this.pending++
    // Values from reactive state are proxies, which cannot be cloned into the worker.
    this.worker.postMessage($state.snapshot(request))
  }

  private receive(message: Response): void {
    if (message.kind === 'error') {
      this.error = message.message
      this.running = false
      this.pending = 0
      return
    }
    if (message.kind === 'file') {
      this.fileWaiters.shift()?.(message)
      return
    }
    this.apply(message)
  }

  private apply(u: Update): void {
    this.pending = Math.max(0, this.pending - 1)
    if (u.reset) this.log = new EventLog()
    this.log.extend(u.events, u.strings)
    this.length = this.log.length
    this.cursor = u.cursor
    this.knownSteps = u.knownSteps
    this.running = u.running
    this.stop = u.stop
    this.status = u.status
    this.syntaxError = u.syntaxError
    this.snapshot = u.snapshot
    this.choices = u.choices
    this.knownChoice = u.knownChoice
    this.bytecode = u.bytecode
    this.active = true
  }

  start(source: string, filename: string, settings: Partial<RunSettings>, breakpoints: number[]): void {
    this.error = null
    this.send({ kind: 'start', source, filename, settings, breakpoints })
  }

  openTrace(text: string): void {
    this.error = null
    this.send({ kind: 'open-trace', text })
  }

  run(): void {
    this.running = true
    this.send({ kind: 'run' })
  }

  pause(): void {
    this.send({ kind: 'pause' })
  }

  step(step: StepKind, thread: number | null): void {
    this.send({ kind: 'step', step, thread })
  }

  stepBack(thread: number | null): void {
    this.send({ kind: 'step-back', thread })
  }

  goto(step: number): void {
    this.send({ kind: 'goto', step })
  }

  choose(thread: number): void {
    this.send({ kind: 'choose', thread })
  }

  focus(thread: number | null, frame: number): void {
    this.send({ kind: 'focus', thread, frame })
  }

  setBreakpoints(lines: number[]): void {
    this.send({ kind: 'breakpoints', lines })
  }

  /** The run's trace file, or its Perfetto export. */
  exportFile(kind: 'export-trace' | 'export-chrome-trace'): Promise<{ name: string; text: string }> {
    return new Promise((resolve) => {
      this.fileWaiters.push(resolve)
      this.send({ kind })
    })
  }

  /** Editing the code ends the run on screen. */
  end(): void {
    this.send({ kind: 'pause' })
    this.active = false
    this.running = false
    this.snapshot = null
    this.syntaxError = null
    this.log = new EventLog()
    this.length = 0
    this.cursor = 0
  }
}
