// Parking a thread from a built-in: the kernel queues it on a waitable and wakes it when notified or timed out.
import { typeError, valueError } from '../../python/runtime/errors'
import { RequestKind, type NativeGen } from '../../python/runtime/native'
import { None, type PyValue } from '../../python/runtime/object'
import { typeName } from '../../python/runtime/type-of'
import { PyBool, True } from '../../python/runtime/types/bool'
import { PyFloat } from '../../python/runtime/types/float'
import { newException, OverflowErrorType } from '../../python/runtime/types/exceptions'
import type { Host, Wait, Waitable } from '../../python/vm/host'
import type { ThreadState } from '../../python/vm/thread-state'

/** threading.TIMEOUT_MAX on 64-bit Linux. */
export const timeoutMax = 9223372036.0
/** PY_TIMEOUT_MAX: the longest wait a lock accepts, in microseconds (LLONG_MAX / 1000). */
const timeoutMaxMicroseconds = Number((2n ** 63n - 1n) / 1000n)

export function hostOf(ts: ThreadState): Host {
  const host = ts.interp.host
  if (!host) throw new Error('interleave: threads and time need the kernel')
  return host
}

/** Parks the thread on `on`; true when notified, false when the timeout passed first. */
export function* waitOn(on: Waitable, timeoutNs: number | null): NativeGen<boolean> {
  const wait: Wait = { kind: 'wait', on, timeoutNs }
  const woken = yield { kind: RequestKind.BLOCK, on: wait }
  return woken === True
}

export function* sleepFor(ns: number): NativeGen<void> {
  const wait: Wait = { kind: 'sleep', ns }
  yield { kind: RequestKind.BLOCK, on: wait }
}

/** Seconds as a Python number (int, float, bool), or null for None. */
export function secondsArg(v: PyValue | undefined): number | null {
  if (v === undefined || v === None) return null
  if (typeof v === 'number') return v
  if (typeof v === 'bigint') return Number(v)
  if (v instanceof PyFloat) return v.value
  if (v instanceof PyBool) return v.value ? 1 : 0
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer or float`)
}

/** `Lock.acquire(blocking, timeout)` argument rules (`lock_acquire_parse_args`), on the timeout in ns (null: not
 * given): the wait in ns (null: forever), or 0 for non-blocking. -1 s is the "not given" default. */
export function lockTimeout(blocking: boolean, timeoutNs: number | null): number | null {
  const unset = -1e9
  const t = timeoutNs ?? unset
  if (!blocking && t !== unset) throw valueError("can't specify a timeout for a non-blocking call")
  if (t < 0 && t !== unset) throw valueError('timeout value must be positive')
  if (!blocking) return 0
  if (t === unset) return null
  if (Math.ceil(t / 1000) > timeoutMaxMicroseconds) throw newException(OverflowErrorType, 'timeout value is too large')
  return t
}
