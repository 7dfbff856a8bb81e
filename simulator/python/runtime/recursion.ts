// CPython 3.11 counts C-level recursion against the same limit as Python frames: PyObject_Repr, PyObject_Str,
// rich comparisons, calls of built-ins and of classes each hold one unit of `sys.getrecursionlimit()` while they
// run (Py_EnterRecursiveCall). Native code charges the thread the VM is running.
import { newException, RecursionErrorType } from './types/exceptions'

/** What native code charges: a thread's depth (frames plus held units) and its interpreter's limit. */
export interface RecursionCounter {
  depth: number
  readonly interp: { readonly recursionLimit: number }
}

export const whileCalling = ' while calling a Python object'
export const whileRepr = ' while getting the repr of an object'
export const whileStr = ' while getting the str of an object'
export const inComparison = ' in comparison'

let current: RecursionCounter | null = null

/** Called by the VM when it starts running a thread; returns the previous one to restore. */
export function useRecursionCounter(counter: RecursionCounter | null): RecursionCounter | null {
  const previous = current
  current = counter
  return previous
}

/** _Py_EnterRecursiveCall: fails with RecursionError at the limit, else holds a unit until leaveRecursiveCall. */
export function enterRecursiveCall(where: string): void {
  if (current === null) return
  if (current.depth >= current.interp.recursionLimit) throw recursionError(where)
  current.depth++
}

export function leaveRecursiveCall(): void {
  if (current !== null) current.depth--
}

/** An operation that would enter and leave at once (it runs no Python code): only the check remains. */
export function checkRecursiveCall(where: string): void {
  if (current !== null && current.depth >= current.interp.recursionLimit) throw recursionError(where)
}

export function recursionError(where: string) {
  return newException(RecursionErrorType, `maximum recursion depth exceeded${where}`)
}
