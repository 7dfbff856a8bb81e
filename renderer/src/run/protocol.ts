// Messages between the UI and the simulation worker. The worker owns the run; the UI mirrors its events and
// shows the state at the cursor that the worker sends.
import type {
  BytecodeSnapshot,
  Columns,
  RunSettings,
  StateSnapshot,
  StepKind,
  StopReason,
  SyntaxErrorPlace,
} from '../../../simulator'

export type Request =
  | { kind: 'start'; source: string; filename: string; settings: Partial<RunSettings>; breakpoints: number[] }
  | { kind: 'open-trace'; text: string }
  | { kind: 'run' }
  | { kind: 'pause' }
  | { kind: 'step'; step: StepKind; thread: number | null }
  | { kind: 'step-back'; thread: number | null }
  | { kind: 'goto'; step: number }
  | { kind: 'choose'; thread: number }
  | { kind: 'breakpoints'; lines: number[] }
  /** The frame the bytecode view shows: a thread (null: the one holding the GIL) and its frame, innermost 0. */
  | { kind: 'focus'; thread: number | null; frame: number }
  | { kind: 'export-trace' }
  | { kind: 'export-chrome-trace' }

/** What the worker sends after every change: new events (or all of them, when the branch changed) and the state. */
export interface Update {
  kind: 'update'
  /** The events are a new log: drop the mirrored one first. */
  reset: boolean
  events: Columns
  strings: string[]
  cursor: number
  /** The furthest step known on this branch. */
  knownSteps: number
  running: boolean
  stop: StopReason | null
  status: number | null
  syntaxError: SyntaxErrorPlace | null
  snapshot: StateSnapshot
  choices: number[]
  knownChoice: number | null
  bytecode: BytecodeSnapshot | null
}

export type Response = Update | { kind: 'file'; name: string; text: string } | { kind: 'error'; message: string }
