// _thread.lock and _thread.RLock: the kernel's own locks. acquire() first tries without giving up the GIL; only a
// lock that is taken parks the thread (releasing the GIL). release() wakes one waiter, which then competes for the
// lock again (no hand-off, as CPython 3.11's locks).
import { runtimeError } from '../../python/runtime/errors'
import type { NativeGen } from '../../python/runtime/native'
import { builtinType, None, PyObject, type PyType, type PyValue } from '../../python/runtime/object'
import { False, pyBool, True } from '../../python/runtime/types/bool'
import type { PrimitiveView, Waitable } from '../../python/vm/host'
import type { ThreadState } from '../../python/vm/thread-state'
import { method, resumableMethod } from '../../python/builtins/define'
import { hostOf, lockTimeout, waitOn } from './waiting'
import { secondsToNs } from './pytime'
import { truth } from '../../python/runtime/abstract/truth'

export const LockType = builtinType('lock', undefined, (cls) => new PyLock(cls))
LockType.module = '_thread'
export const RLockType = builtinType('RLock', undefined, (cls) => new PyRLock(cls))
RLockType.module = '_thread'

export class PyLock extends PyObject implements Waitable {
  locked = false
  /** Who took it last (a plain lock has no owner; kept for reports and the UI). */
  holder: ThreadState | null = null
  readonly waiters: ThreadState[] = []
  /** A queue whose state changes under this lock (its mutex): traced whenever the lock is released. */
  companion: Waitable | null = null
  constructor(cls: PyType = LockType) {
    super(cls)
  }

  describe(): string {
    return 'Lock'
  }

  view(): PrimitiveView {
    return { kind: 'Lock', owner: this.locked ? this.holder : null, waiters: this.waiters }
  }
}

export class PyRLock extends PyObject implements Waitable {
  owner: ThreadState | null = null
  count = 0
  readonly waiters: ThreadState[] = []
  constructor(cls: PyType = RLockType) {
    super(cls)
  }

  describe(): string {
    return 'RLock'
  }

  view(): PrimitiveView {
    return { kind: 'RLock', owner: this.owner, count: this.count, waiters: this.waiters }
  }
}

/** Takes `lock` for `ts`, waiting at most `timeoutNs` (null: forever, 0: don't wait). */
export function* acquireLock(ts: ThreadState, lock: PyLock, timeoutNs: number | null): NativeGen<boolean> {
  if (!lock.locked) {
    take(ts, lock)
    return true
  }
  if (timeoutNs === 0) return false
  const host = hostOf(ts)
  const deadline = timeoutNs === null ? null : host.now() + timeoutNs
  for (;;) {
    const remaining = deadline === null ? null : deadline - host.now()
    if (remaining !== null && remaining <= 0) return false
    yield* waitOn(lock, remaining)
    if (!lock.locked) {
      take(ts, lock)
      return true
    }
  }
}

function take(ts: ThreadState, lock: PyLock): void {
  lock.locked = true
  lock.holder = ts
  hostOf(ts).changed(ts, lock, 'acquire')
}

export function releaseLock(ts: ThreadState, lock: PyLock): void {
  if (!lock.locked) throw runtimeError('release unlocked lock')
  lock.locked = false
  lock.holder = null
  const host = hostOf(ts)
  host.changed(ts, lock, 'release')
  if (lock.companion) host.changed(ts, lock.companion, 'update')
  host.notify(lock, 1)
}

export function* acquireRLock(ts: ThreadState, lock: PyRLock, timeoutNs: number | null): NativeGen<boolean> {
  if (lock.owner === ts || lock.owner === null) {
    ownOrCount(ts, lock)
    return true
  }
  if (timeoutNs === 0) return false
  const host = hostOf(ts)
  const deadline = timeoutNs === null ? null : host.now() + timeoutNs
  for (;;) {
    const remaining = deadline === null ? null : deadline - host.now()
    if (remaining !== null && remaining <= 0) return false
    yield* waitOn(lock, remaining)
    if (lock.owner === null) {
      own(ts, lock)
      return true
    }
  }
}

/** Takes a free RLock, or counts one more acquisition by its owner. */
function ownOrCount(ts: ThreadState, lock: PyRLock): void {
  if (lock.owner === ts) {
    lock.count++
    hostOf(ts).changed(ts, lock, 'acquire')
  } else own(ts, lock)
}

function own(ts: ThreadState, lock: PyRLock): void {
  lock.owner = ts
  lock.count = 1
  hostOf(ts).changed(ts, lock, 'acquire')
}

export function releaseRLock(ts: ThreadState, lock: PyRLock): void {
  if (lock.owner !== ts || lock.count === 0) throw runtimeError('cannot release un-acquired lock')
  const host = hostOf(ts)
  if (--lock.count === 0) lock.owner = null
  host.changed(ts, lock, 'release')
  if (lock.owner === null) host.notify(lock, 1)
}

/**
 * How acquire(...) may run without a generator: 'take' a free lock at once, 'refuse' a taken one to a non-blocking
 * call; 'wait' when the arguments need parsing or the thread may have to wait (the generator decides).
 */
function acquireShortcut(args: PyValue[], kw: Map<string, PyValue> | null, free: boolean): 'take' | 'refuse' | 'wait' {
  if (args.length > 2 || (kw !== null && kw.size > 0)) return 'wait'
  const blocking = args[1] ?? True
  if (blocking !== True && blocking !== False) return 'wait'
  if (free) return 'take'
  return blocking === False ? 'refuse' : 'wait'
}

function fastAcquireLock(ts: ThreadState, args: PyValue[], kw: Map<string, PyValue> | null): PyValue | undefined {
  const lock = args[0] as PyLock
  const shortcut = acquireShortcut(args, kw, !lock.locked)
  if (shortcut === 'take') take(ts, lock)
  return shortcut === 'wait' ? undefined : pyBool(shortcut === 'take')
}

function fastAcquireRLock(ts: ThreadState, args: PyValue[], kw: Map<string, PyValue> | null): PyValue | undefined {
  const lock = args[0] as PyRLock
  const shortcut = acquireShortcut(args, kw, lock.owner === null || lock.owner === ts)
  if (shortcut === 'take') ownOrCount(ts, lock)
  return shortcut === 'wait' ? undefined : pyBool(shortcut === 'take')
}

/** `with lock:` without a generator: a free lock is taken at once; a taken one needs the waiting generator. */
function fastEnterLock(ts: ThreadState, args: PyValue[]): PyValue | undefined {
  const lock = args[0] as PyLock
  if (lock.locked) return undefined
  take(ts, lock)
  return True
}

function fastEnterRLock(ts: ThreadState, args: PyValue[]): PyValue | undefined {
  const lock = args[0] as PyRLock
  if (lock.owner !== null && lock.owner !== ts) return undefined
  ownOrCount(ts, lock)
  return True
}

function* parseAcquire(args: PyValue[], kw: Map<string, PyValue> | null): NativeGen<number | null> {
  const blocking = args[1] ?? kw?.get('blocking') ?? True
  const timeout = args[2] ?? kw?.get('timeout')
  return lockTimeout(yield* truth(blocking), timeout === undefined ? null : yield* secondsToNs(timeout))
}

function installLock(): void {
  const lock = (v: PyValue) => v as PyLock
  const acquire = resumableMethod(
    LockType,
    'acquire',
    function* (ts, a, kw) {
      return pyBool(yield* acquireLock(ts, lock(a[0]), yield* parseAcquire(a, kw)))
    },
    { fast: fastAcquireLock },
  )
  LockType.ns.set('acquire_lock', acquire)
  resumableMethod(
    LockType,
    '__enter__',
    function* (ts, a) {
      return pyBool(yield* acquireLock(ts, lock(a[0]), null))
    },
    { fast: fastEnterLock },
  )
  const release = method(LockType, 'release', (ts, a) => {
    releaseLock(ts, lock(a[0]))
    return None
  })
  LockType.ns.set('release_lock', release)
  method(LockType, '__exit__', (ts, a) => {
    releaseLock(ts, lock(a[0]))
    return None
  })
  method(LockType, 'locked', (_ts, a) => pyBool(lock(a[0]).locked))
}

function installRLock(): void {
  const rlock = (v: PyValue) => v as PyRLock
  method(RLockType, '__new__', (_ts, a) => new PyRLock(a[0] as PyType))
  resumableMethod(
    RLockType,
    'acquire',
    function* (ts, a, kw) {
      return pyBool(yield* acquireRLock(ts, rlock(a[0]), yield* parseAcquire(a, kw)))
    },
    { fast: fastAcquireRLock },
  )
  resumableMethod(
    RLockType,
    '__enter__',
    function* (ts, a) {
      return pyBool(yield* acquireRLock(ts, rlock(a[0]), null))
    },
    { fast: fastEnterRLock },
  )
  method(RLockType, 'release', (ts, a) => {
    releaseRLock(ts, rlock(a[0]))
    return None
  })
  method(RLockType, '__exit__', (ts, a) => {
    releaseRLock(ts, rlock(a[0]))
    return None
  })
  method(RLockType, '_is_owned', (ts, a) => pyBool(rlock(a[0]).owner === ts))
}

installLock()
installRLock()
