// Running a whole program on the kernel, as `python3 file.py` runs it: compile, run every thread, report the
// exit status (3 on a deadlock, 4 when the step limit ends the run).
import { Interpreter, type InterpreterOptions } from '../python/vm/interpreter'
import { exitStatus } from '../python/vm/exit-status'
import { PyBaseException } from '../python/runtime/types/exceptions'
import { formatException } from '../python/vm/traceback'
import { deadlockReport } from './deadlock-report'
import { Kernel, type KernelOptions, type RunOutcome } from './kernel'

export interface RunOptions extends InterpreterOptions, KernelOptions {
  maxSteps?: number
}

export interface RunResult {
  /** The process exit status CPython would give; 3 for a deadlock, 4 when the step limit was reached. */
  status: number
  steps: number
  outcome: RunOutcome['kind']
  /** Virtual nanoseconds the run took. */
  time: number
  kernel: Kernel
}

export const deadlockStatus = 3
export const outOfStepsStatus = 4

export function runProgram(source: string, filename: string, options: RunOptions): RunResult {
  const kernel = new Kernel(options)
  const interp = new Interpreter(options)
  const code = interp.compile(source, filename)
  if (code instanceof PyBaseException) {
    interp.write('stderr', formatException(code, interp), null)
    return { status: 1, steps: 0, outcome: 'finished', time: 0, kernel }
  }
  const ts = interp.mainThread(code)
  kernel.addProcess(interp, ts)
  let status = 0
  const outcome = kernel.run(options.maxSteps ?? Infinity, (thread) => {
    if (thread.ts === ts) status = exitStatus(ts.uncaught, interp, ts)
    else if (thread.ts.uncaught) interp.write('stderr', formatException(thread.ts.uncaught, interp), thread.ts)
  })
  if (outcome.kind === 'deadlock') {
    interp.write('stderr', deadlockReport(outcome.blocked), null)
    status = deadlockStatus
  } else if (outcome.kind === 'out-of-steps') {
    status = outOfStepsStatus
  }
  return { status, steps: kernel.totalSteps, outcome: outcome.kind, time: kernel.time, kernel }
}
