// BEFORE_WITH without a generator: a context manager whose `__enter__` is a built-in with a synchronous shortcut
// (a free lock's acquire) and whose `__exit__` is a built-in method enters right in the evaluation loop.
import type { PyValue } from '../runtime/object'
import { PyBuiltin } from '../runtime/types/function'
import type { ThreadState } from './thread-state'

/**
 * Enters `mgr` as BEFORE_WITH does: the bound `__exit__` goes at `stack[at]`, `__enter__`'s result above it. False,
 * having done nothing, when the general path (a generator) is needed.
 */
export function enterFast(ts: ThreadState, stack: (PyValue | undefined)[], at: number, mgr: PyValue): boolean {
  // A call this deep may raise RecursionError (the slot call's check): the general path decides.
  if (typeof mgr !== 'object' || ts.depth >= ts.interp.recursionLimit) return false
  const type = mgr.cls
  const enter = type.lookup('__enter__')
  if (!(enter instanceof PyBuiltin) || enter.fast === null || !enter.method || enter.self !== null) return false
  const exit = type.lookup('__exit__')
  if (!(exit instanceof PyBuiltin) || !exit.method || exit.self !== null) return false
  const result = enter.fast(ts, [mgr], null)
  if (result === undefined) return false
  stack[at] = exit.bind(mgr)
  stack[at + 1] = result
  return true
}
