// Running a native generator to its end on a thread of its own, outside any scheduler: the report of an exception
// that ended a thread, which may call Python code (`__str__`) but is not part of the program's interleaving.
import type { NativeGen } from '../runtime/native'
import type { PyValue } from '../runtime/object'
import { execute, startNativeThread } from './eval'
import type { Interpreter } from './interpreter'
import { Stop, ThreadState } from './thread-state'

/** Instructions a report may take before it is abandoned (a `__str__` that never returns). */
const reportBudget = 1_000_000

/** The generator's result, or undefined when it raised, blocked or ran out of budget. */
export function runDetached<T extends PyValue>(interp: Interpreter, gen: NativeGen<T>): T | undefined {
  const ts = new ThreadState(interp, 0)
  let stop = startNativeThread(ts, gen, 'report')
  while (stop !== Stop.FINISHED) {
    if (stop !== undefined && stop !== Stop.BUDGET && stop !== Stop.SWITCH) return undefined
    if (ts.steps >= reportBudget) return undefined
    stop = execute(ts, reportBudget - ts.steps)
  }
  return ts.uncaught === null ? (ts.result as T) : undefined
}
