// An interactive run, as the UI drives it: a cursor that moves forward by instructions, lines or calls, runs to a
// breakpoint, goes back (by re-running from the start: the run is deterministic), and, under the manual
// schedule, stops at each choice. The longest run known on the current branch is kept for the timeline; choosing
// differently at a past decision starts a new branch.
import { Simulation, type Outcome, type SimulationOptions } from './simulation'
import { snapshot, type StateSnapshot } from './snapshot'
import type { EventLog } from './trace/event-log'
import { EventKind } from './trace/event-kinds'
import type { SimThread } from './kernel/sim-thread'
import { displayLine, isLibraryFile, userDepth } from './kernel/user-line'
import type { Frame } from './python/vm/frame'

export type SessionOptions = Omit<SimulationOptions, 'record'>

/** Instruction: one step. Line: until a thread stands at another line. Over/out: for one thread, by calls. */
export type StepKind = 'instruction' | 'line' | 'over' | 'out'

/** Why the cursor stopped. */
export type StopReason = Outcome | 'breakpoint' | 'step'

/** A line step gives up after this many instructions (a one-line endless loop never changes line). */
export const maxStepInstructions = 1_000_000

interface Branch {
  log: EventLog
  decisions: number[]
  steps: number[]
}

/** Where one thread stands: its innermost frame of the program's own code and the line shown there. */
interface Position {
  frame: Frame | null
  line: number | null
  depth: number
}

const nowhere: Position = { frame: null, line: null, depth: 0 }

/** A frame that has not run its first instruction yet still stands, for stepping, at its caller's call. */
function positionOf(thread: SimThread): Position {
  if (!thread.alive) return nowhere
  let depth = userDepth(thread.ts)
  for (let f = thread.ts.frame; f; f = f.back) {
    if (f.kind !== 'python' || isLibraryFile(f.code.filename)) continue
    if (f.pc === 0 && depth > 1) {
      depth--
      continue
    }
    return { frame: f, line: displayLine(thread.ts, f), depth }
  }
  return nowhere
}

const samePosition = (a: Position, b: Position) => a.frame === b.frame && a.line === b.line

/** Whether any thread stands elsewhere (a thread missing from one side stands nowhere). */
function moved(a: Position[], b: Position[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if (!samePosition(a[i] ?? nowhere, b[i] ?? nowhere)) return true
  return false
}

export class Session {
  private sim: Simulation
  private known: Branch
  readonly breakpoints = new Set<number>()

  constructor(
    readonly source: string,
    readonly filename: string,
    readonly options: SessionOptions = {},
  ) {
    this.sim = this.fresh(options.decisions ?? [])
    this.known = this.branchOf(this.sim)
  }

  /** The trace file of the known run, to its furthest step. */
  traceText(): string {
    const sim = this.fresh(this.known.decisions)
    const log = this.known.log
    const ended = log.length > 0 && log.get(log.length - 1).kind === EventKind.exit
    sim.advance(ended ? Infinity : this.knownSteps)
    return sim.traceText()
  }

  /** The simulation at the cursor. */
  get simulation(): Simulation {
    return this.sim
  }

  get cursor(): number {
    return this.sim.steps
  }

  /** The events of the longest run known on this branch (the cursor may be before its end). */
  get log(): EventLog {
    return this.known.log
  }

  /** The step of the last event known: how far the timeline reaches. */
  get knownSteps(): number {
    const log = this.known.log
    return log.length ? log.get(log.length - 1).step : 0
  }

  get outcome(): Outcome {
    return this.sim.outcome
  }

  snapshot(): StateSnapshot {
    return snapshot(this.sim)
  }

  /** The threads offered now (manual schedule), by index. */
  choices(): number[] {
    return this.sim.choices().map((t) => this.sim.kernel.threads.indexOf(t))
  }

  /** The choice this branch made here before, when the cursor went back over it; else null. */
  knownChoice(): number | null {
    const kernel = this.sim.kernel
    const i = kernel.decisions.length
    if (this.sim.outcome !== 'decision' || this.known.steps[i] !== this.cursor) return null
    const choices = this.sim.choices()
    return kernel.threads.indexOf(choices[this.known.decisions[i] % choices.length])
  }

  /** Takes a manual decision; a choice other than the one known here starts a new branch. */
  choose(threadIndex: number): void {
    const known = this.knownChoice()
    this.sim.choose(this.sim.kernel.threads[threadIndex])
    if (known !== null && known !== threadIndex) this.known = this.branchOf(this.sim)
    this.sync()
  }

  /** Runs for up to `instructions`, stopping at a breakpoint line, a choice to make, or the end. */
  run(instructions: number): StopReason {
    const target = this.cursor + instructions
    if (this.breakpoints.size === 0) return this.forward(target)
    const before = this.positions()
    while (this.cursor < target) {
      const reason = this.forward(this.cursor + 1)
      if (reason !== 'paused') return reason
      const after = this.positions()
      const hit = after.some(
        (p, i) => !samePosition(p, before[i] ?? nowhere) && p.line !== null && this.breakpoints.has(p.line),
      )
      if (hit) return 'breakpoint'
      before.splice(0, before.length, ...after)
    }
    return 'paused'
  }

  /**
   * Steps forward. With no thread given, a line step ends when any thread stands at another line; with a thread,
   * when that thread does (`over`: not deeper in calls than it started; `out`: once it has returned). A step
   * stops at every manual choice, also one this branch made before (`knownChoice`).
   */
  step(kind: StepKind, threadIndex: number | null = null): StopReason {
    if (kind === 'instruction') return this.forward(this.cursor + 1, false)
    const threads = this.sim.kernel.threads
    const thread = threadIndex === null ? null : threads[threadIndex]
    const start = thread ? [positionOf(thread)] : this.positions()
    const limit = this.cursor + maxStepInstructions
    while (this.cursor < limit) {
      const reason = this.forward(this.cursor + 1, false)
      if (reason !== 'paused') return reason
      if (!thread) {
        if (moved(this.positions(), start)) return 'step'
        continue
      }
      const now = positionOf(thread)
      if (!thread.alive) return 'step'
      if (
        kind === 'out'
          ? now.depth < start[0].depth
          : !samePosition(now, start[0]) && (kind === 'line' || now.depth <= start[0].depth)
      )
        return 'step'
    }
    return 'step'
  }

  /** Goes back one line step: to where the last line step before the cursor would have started. */
  stepBack(threadIndex: number | null = null): void {
    if (this.cursor === 0) return
    const target = this.cursor
    const select = (sim: Simulation) => {
      const threads = sim.kernel.threads
      if (threadIndex === null) return threads.map(positionOf)
      return threads[threadIndex] ? [positionOf(threads[threadIndex])] : []
    }
    // Positions change at line starts. The cursor's line began at the last start; if that is the cursor itself,
    // the line before began at the start before it. Lines are short, so the search runs at full speed to a little
    // before the cursor and goes one instruction at a time from there, looking further back only when it must.
    for (let window = 256; ; window *= 8) {
      const from = Math.max(0, target - window)
      const replay = this.fresh(this.decisionsBefore(target))
      replay.advance(from)
      let previous = select(replay)
      const starts = from === 0 ? [0] : []
      while (replay.steps < target && !replay.done && replay.outcome !== 'decision') {
        replay.advance(replay.steps + 1)
        const now = select(replay)
        if (moved(now, previous)) starts.push(replay.steps)
        previous = now
      }
      const last = starts.at(-1)
      if (last !== undefined && last < target) return this.goto(last)
      if (starts.length >= 2) return this.goto(starts.at(-2)!)
      if (from === 0) return this.goto(0)
    }
  }

  /** Moves the cursor to instruction `step` of this branch. */
  goto(step: number): void {
    if (step >= this.cursor) {
      this.forward(step)
      return
    }
    this.sim = this.fresh(this.decisionsBefore(step))
    this.sim.advance(step)
  }

  /**
   * Advances to `target`, taking the choices this branch already made on the way (`follow`), or stopping at each
   * so that a step shows it and another choice can start a new branch.
   */
  private forward(target: number, follow = true): StopReason {
    for (;;) {
      const outcome = this.sim.advance(target)
      this.sync()
      const known = outcome === 'decision' && follow ? this.knownChoice() : null
      if (known === null) return outcome
      this.sim.choose(this.sim.kernel.threads[known])
      if (this.cursor >= target) return 'paused'
    }
  }

  private positions(): Position[] {
    return this.sim.kernel.threads.map(positionOf)
  }

  private decisionsBefore(step: number): number[] {
    const i = this.known.steps.findIndex((s) => s >= step)
    return this.known.decisions.slice(0, i < 0 ? undefined : i)
  }

  private fresh(decisions: number[]): Simulation {
    return new Simulation(this.source, this.filename, { ...this.options, decisions, record: true })
  }

  private branchOf(sim: Simulation): Branch {
    const kernel = sim.kernel
    return { log: sim.log!, decisions: [...kernel.decisions], steps: [...kernel.decisionSteps] }
  }

  /** The cursor's run has gone past the known one: it is the known one now. */
  private sync(): void {
    if (this.sim.log!.length >= this.known.log.length) this.known = this.branchOf(this.sim)
  }
}
