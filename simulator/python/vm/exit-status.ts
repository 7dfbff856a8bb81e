// How a program's main thread ending becomes the process's exit status (PyErr_Print): SystemExit gives the status,
// printing its code when that is not an int; any other exception is reported on stderr and gives status 1.
import { getAttr } from '../runtime/abstract/attr'
import { str } from '../runtime/abstract/repr'
import type { NativeGen } from '../runtime/native'
import { None } from '../runtime/object'
import { PyBool } from '../runtime/types/bool'
import { PyBaseException, SystemExitType } from '../runtime/types/exceptions'
import { runDetached } from './detached-run'
import { reportException, reportWithoutPython } from './exception-report'
import type { Interpreter } from './interpreter'
import type { ThreadState } from './thread-state'

export function exitStatus(uncaught: PyBaseException | null, interp: Interpreter, thread: ThreadState | null): number {
  if (uncaught === null) return 0
  const status = runDetached(interp, handleUncaught(interp, uncaught, thread))
  if (status !== undefined) return status
  interp.write('stderr', reportWithoutPython(interp, uncaught), thread)
  return 1
}

function* handleUncaught(interp: Interpreter, exc: PyBaseException, thread: ThreadState | null): NativeGen<number> {
  if (exc.cls.isSubtypeOf(SystemExitType)) return yield* systemExit(interp, exc, thread)
  interp.write('stderr', yield* reportException(interp, exc), thread)
  return 1
}

function* systemExit(interp: Interpreter, exc: PyBaseException, thread: ThreadState | null): NativeGen<number> {
  let code
  try {
    code = yield* getAttr(exc, 'code')
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error
    code = exc
  }
  if (code === None) return 0
  if (code instanceof PyBool) return code.value ? 1 : 0
  if (typeof code === 'number' || typeof code === 'bigint') return exitStatusOf(code)
  let text = ''
  try {
    text = yield* str(code)
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error
  }
  interp.write('stderr', text + '\n', thread)
  return 1
}

/** exit() gets the C int the code converts to (-1 when it overflows a C long) and keeps its low byte. */
function exitStatusOf(code: number | bigint): number {
  const big = BigInt(code)
  const asLong = BigInt.asIntN(64, big) === big ? big : -1n
  return Number(BigInt.asUintN(8, asLong))
}
