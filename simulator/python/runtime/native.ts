// Built-ins written in TypeScript that may need to run Python code (a key function, a `__repr__`, a generator's
// next value) are JS generator functions: they `yield` a request to the VM and receive its result. The VM keeps the
// suspended JS generator on the thread's frame stack, so such a built-in can be interrupted like any Python frame.
import type { PyObject, PyValue } from './object'

export const enum RequestKind {
  CALL,
  RESUME,
  BLOCK,
}

export type KwArgs = Map<string, PyValue>

export interface CallRequest {
  kind: RequestKind.CALL
  callable: PyValue
  args: PyValue[]
  kw: KwArgs | null
  /** Runs a class body (or exec'd code) with this namespace as its locals. */
  locals?: PyObject
}

export interface ResumeRequest {
  kind: RequestKind.RESUME
  /** A generator or coroutine object. */
  gen: PyObject
  value: PyValue
  /** An exception to throw into the generator instead of sending a value. */
  exc: PyObject | null
}

/** Parks the thread until the kernel wakes it; the wake value is the yield's result. */
export interface BlockRequest {
  kind: RequestKind.BLOCK
  on: unknown
}

export type Request = CallRequest | ResumeRequest | BlockRequest

/** What a generator resumed through a ResumeRequest did: yielded a value or returned one. */
export interface ResumeResult {
  done: boolean
  value: PyValue
}

export type NativeGen<T = PyValue> = Generator<Request, T, unknown>

export function* callPy(callable: PyValue, args: PyValue[], kw: KwArgs | null = null): NativeGen {
  return (yield { kind: RequestKind.CALL, callable, args, kw }) as PyValue
}

export function* resumePy(gen: PyObject, value: PyValue, exc: PyObject | null = null): NativeGen<ResumeResult> {
  return (yield { kind: RequestKind.RESUME, gen, value, exc }) as ResumeResult
}
