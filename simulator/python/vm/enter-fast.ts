// BEFORE_WITH without a generator: a context manager whose `__enter__` is a built-in with a synchronous shortcut
// (a free lock's acquire) and whose `__exit__` is a built-in method enters right in the evaluation loop.
import type { CodeObject } from '../runtime/code'
import { typeEpoch, type PyType, type PyValue } from '../runtime/object'
import { PyBuiltin } from '../runtime/types/function'
import type { ThreadState } from './thread-state'

/** One BEFORE_WITH's cache, as the attribute caches: what the last manager type it saw holds (within a type epoch). */
export class WithCache {
  type: PyType | null = null
  epoch = 0
  /** The type's `__enter__` when it has a synchronous shortcut and `__exit__` is a built-in method; else null. */
  enter: PyBuiltin | null = null
  exit: PyBuiltin | null = null
  /**
   * `exit` bound to the last manager entered here. Only the block's exit call sees the bound `__exit__` and a bound
   * built-in cannot change, so entering the same manager again (a lock in a loop) pushes the same one.
   */
  bound: PyBuiltin | null = null
}

function refresh(c: WithCache, type: PyType): void {
  c.type = type
  c.epoch = typeEpoch()
  c.enter = null
  c.exit = null
  c.bound = null
  const enter = type.lookup('__enter__')
  if (!(enter instanceof PyBuiltin) || enter.fast === null || !enter.method || enter.self !== null) return
  const exit = type.lookup('__exit__')
  if (!(exit instanceof PyBuiltin) || !exit.method || exit.self !== null) return
  c.enter = enter
  c.exit = exit
}

/**
 * Enters `mgr` as BEFORE_WITH (instruction `at` of `code`) does: the bound `__exit__` goes at `stack[sp]`,
 * `__enter__`'s result above it. False, having done nothing, when the general path (a generator) is needed.
 */
export function enterFast(
  ts: ThreadState,
  code: CodeObject,
  at: number,
  stack: (PyValue | undefined)[],
  sp: number,
  mgr: PyValue,
): boolean {
  // A call this deep may raise RecursionError (the slot call's check): the general path decides.
  if (typeof mgr !== 'object' || ts.depth >= ts.interp.recursionLimit) return false
  const caches = (code.withCaches ??= [])
  const c = (caches[at] ??= new WithCache())
  if (c.type !== mgr.cls || c.epoch !== typeEpoch()) refresh(c, mgr.cls)
  const enter = c.enter
  if (enter === null) return false
  const result = enter.fast!(ts, [mgr], null)
  if (result === undefined) return false
  let bound = c.bound
  if (bound === null || bound.self !== mgr) bound = c.bound = c.exit!.bind(mgr)
  stack[sp] = bound
  stack[sp + 1] = result
  return true
}
