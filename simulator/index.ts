// The simulator's public entry point: the renderer, the CLI and the tests import from here only.
export { runProgram, deadlockStatus, outOfStepsStatus, type RunOptions, type RunResult } from './kernel/run-program'
export type { Schedule } from './kernel/kernel'
export { Interpreter, type OutputSink, type Stream, type ModuleDefinition } from './python/vm/interpreter'
export { standardModules } from './modules'
