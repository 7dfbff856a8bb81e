// The simulator's public entry point: the renderer, the CLI and the tests import from here only.
export { runProgram, type RunOptions, type RunResult } from './run-program'
export {
  Simulation,
  deadlockStatus,
  outOfStepsStatus,
  type SimulationOptions,
  type Outcome,
  type SyntaxErrorPlace,
} from './simulation'
export { defaultSettings, type RunSettings } from './run-settings'
export type { Schedule } from './kernel/kernel'
export { Interpreter, type OutputSink, type Stream, type ModuleDefinition } from './python/vm/interpreter'
export { standardModules } from './modules'
export { readTrace, writeTrace, TraceFileError, traceFormat, traceVersion, type TraceFile } from './trace/trace-file'
export { replay, rerun, firstDifference, stateAt, type ReplayResult } from './trace/replay'
export {
  snapshot,
  bytecodeOf,
  type BytecodeSnapshot,
  type StateSnapshot,
  type ThreadSnapshot,
  type FrameSnapshot,
  type VariableSnapshot,
} from './snapshot'
export type { PrimitiveSnapshot } from './trace/recorder'
export { chromeTrace, type ChromeEvent } from './trace/chrome-trace'
export { decodeEvent, decodeAll, type TraceEvent, type PrimitiveState } from './trace/decode'
export { EventLog, type Columns } from './trace/event-log'
export { Session, maxStepInstructions, type SessionOptions, type StepKind, type StopReason } from './session'
export { EventKind, eventKinds, threadStates, type EventKindName, type ThreadStateName } from './trace/event-kinds'
export type { Instruction } from './python/compiler/disassemble'
