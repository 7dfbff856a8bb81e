// The text CPython prints for an uncaught exception, for callers outside the VM loop (the end of a thread, a
// SyntaxError from compiling the program).
import type { PyBaseException } from '../runtime/types/exceptions'
import { runDetached } from './detached-run'
import { reportException, reportWithoutPython } from './exception-report'
import type { Interpreter } from './interpreter'

export function formatException(exc: PyBaseException, interp: Interpreter): string {
  return runDetached(interp, reportException(interp, exc)) ?? reportWithoutPython(interp, exc)
}
