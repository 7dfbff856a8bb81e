// Condition, Semaphore, BoundedSemaphore, Event and Barrier with threading's semantics (FIFO wake-ups, timeouts,
// the barrier's filling/draining/resetting/broken states), written natively so that the simulator can show their
// state and waiters directly, and so that stepping never walks through library code.
import { truth } from '../../python/runtime/abstract/truth'
import { asInt } from '../../python/runtime/abstract/numeric'
import { runtimeError, typeError, valueError } from '../../python/runtime/errors'
import { callPy, type NativeGen } from '../../python/runtime/native'
import { builtinType, None, PyObject, type PyType, type PyValue } from '../../python/runtime/object'
import { typeName } from '../../python/runtime/type-of'
import { False, pyBool, True } from '../../python/runtime/types/bool'
import { PyGetSet } from '../../python/runtime/types/descriptors'
import { newException, RuntimeErrorType } from '../../python/runtime/types/exceptions'
import type { PrimitiveView, Waitable } from '../../python/vm/host'
import type { ThreadState } from '../../python/vm/thread-state'
import { method, resumableMethod } from '../../python/builtins/define'
import { acquireLock, acquireRLock, PyLock, PyRLock, releaseLock, releaseRLock } from './lock'
import { hostOf, secondsArg, waitOn } from './waiting'
import { callSpecial } from '../../python/runtime/abstract/call'
import { getAttr } from '../../python/runtime/abstract/attr'

function syncType(name: string, alloc: (cls: PyType) => PyObject): PyType {
  const t = builtinType(name, undefined, alloc)
  t.module = 'threading'
  return t
}

export const ConditionType = syncType('Condition', (cls) => new PyCondition(cls, new PyRLock()))
export const SemaphoreType = syncType('Semaphore', (cls) => new PySemaphore(cls, 1))
export const BoundedSemaphoreType = builtinType('BoundedSemaphore', SemaphoreType, (cls) => new PySemaphore(cls, 1))
BoundedSemaphoreType.module = 'threading'
export const EventType = syncType('Event', (cls) => new PyEvent(cls))
export const BarrierType = syncType('Barrier', (cls) => new PyBarrier(cls, 1, None, null))
export const BrokenBarrierErrorType = builtinType('BrokenBarrierError', RuntimeErrorType)
BrokenBarrierErrorType.module = 'threading'

function ns(seconds: number | null): number | null {
  return seconds === null ? null : Math.max(0, Math.round(seconds * 1e9))
}

/** Waits until `deadline` (absolute ns, null: forever): false when it has already passed. */
function* waitUntil(ts: ThreadState, on: Waitable, deadline: number | null): NativeGen<boolean> {
  if (deadline === null) return yield* waitOn(on, null)
  const remaining = deadline - hostOf(ts).now()
  if (remaining <= 0) return false
  return yield* waitOn(on, remaining)
}

// --- Condition ---

export class PyCondition extends PyObject implements Waitable {
  readonly waiters: ThreadState[] = []
  constructor(
    cls: PyType,
    public lock: PyValue,
  ) {
    super(cls)
  }

  describe(): string {
    return 'Condition'
  }

  view(): PrimitiveView {
    const lock = this.lock instanceof PyLock || this.lock instanceof PyRLock ? this.lock : undefined
    return { kind: 'Condition', lock, waiters: this.waiters }
  }
}

function isOwned(ts: ThreadState, lock: PyValue): boolean {
  if (lock instanceof PyRLock) return lock.owner === ts
  if (lock instanceof PyLock) return lock.locked
  return true
}

function* acquire(ts: ThreadState, lock: PyValue): NativeGen<void> {
  if (lock instanceof PyRLock) yield* acquireRLock(ts, lock, null)
  else if (lock instanceof PyLock) yield* acquireLock(ts, lock, null)
  else yield* callSpecial(lock, 'acquire')
}

function* release(ts: ThreadState, lock: PyValue): NativeGen<void> {
  if (lock instanceof PyRLock) releaseRLock(ts, lock)
  else if (lock instanceof PyLock) releaseLock(ts, lock)
  else yield* callSpecial(lock, 'release')
}

/** Condition.wait: release the lock completely, park until notified or timed out, then take the lock back. */
function* conditionWait(ts: ThreadState, cond: PyCondition, timeoutNs: number | null): NativeGen<boolean> {
  const lock = cond.lock
  if (!isOwned(ts, lock)) throw runtimeError('cannot wait on un-acquired lock')
  let savedCount = 0
  if (lock instanceof PyRLock) {
    savedCount = lock.count
    lock.count = 1
  }
  yield* release(ts, lock)
  hostOf(ts).changed(ts, cond, 'wait')
  let notified: boolean
  try {
    notified = timeoutNs !== null && timeoutNs <= 0 ? false : yield* waitOn(cond, timeoutNs)
  } finally {
    yield* acquire(ts, lock)
    if (lock instanceof PyRLock) {
      lock.count = savedCount
      hostOf(ts).changed(ts, lock, 'acquire')
    }
  }
  return notified
}

function installCondition(): void {
  const cond = (v: PyValue) => v as PyCondition
  method(ConditionType, '__init__', (_ts, a, kw) => {
    const lock = a[1] ?? kw?.get('lock') ?? None
    cond(a[0]).lock = lock === None ? new PyRLock() : lock
    return None
  })
  resumableMethod(ConditionType, '__enter__', function* (ts, a) {
    yield* acquire(ts, cond(a[0]).lock)
    return True
  })
  resumableMethod(ConditionType, '__exit__', function* (ts, a) {
    yield* release(ts, cond(a[0]).lock)
    return None
  })
  resumableMethod(ConditionType, 'acquire', function* (_ts, a, kw) {
    return yield* callPy(yield* getAttr(cond(a[0]).lock, 'acquire'), a.slice(1), kw)
  })
  resumableMethod(ConditionType, 'release', function* (ts, a) {
    yield* release(ts, cond(a[0]).lock)
    return None
  })
  resumableMethod(ConditionType, 'wait', function* (ts, a, kw) {
    const timeout = secondsArg(a[1] ?? kw?.get('timeout'))
    return pyBool(yield* conditionWait(ts, cond(a[0]), ns(timeout)))
  })
  resumableMethod(ConditionType, 'wait_for', function* (ts, a, kw) {
    const c = cond(a[0])
    const predicate = a[1] ?? kw?.get('predicate')
    if (predicate === undefined) {
      throw typeError("Condition.wait_for() missing 1 required positional argument: 'predicate'")
    }
    const host = hostOf(ts)
    let wait = ns(secondsArg(a[2] ?? kw?.get('timeout')))
    // As threading.py: the clock starts at the first wait, which happens even with a timeout of 0.
    let deadline: number | null = null
    let result = yield* callPy(predicate, [])
    while (!(yield* truth(result))) {
      if (wait !== null) {
        if (deadline === null) deadline = host.now() + wait
        else {
          wait = deadline - host.now()
          if (wait <= 0) break
        }
      }
      yield* conditionWait(ts, c, wait)
      result = yield* callPy(predicate, [])
    }
    return result
  })
  const notify = (ts: ThreadState, c: PyCondition, n: number) => {
    if (!isOwned(ts, c.lock)) throw runtimeError('cannot notify on un-acquired lock')
    const host = hostOf(ts)
    host.notify(c, n)
    host.changed(ts, c, n === Infinity ? 'notify_all' : 'notify')
    return None
  }
  method(ConditionType, 'notify', (ts, a, kw) => {
    const n = a[1] ?? kw?.get('n') ?? 1
    return notify(ts, cond(a[0]), Number(asInt(n) ?? 1))
  })
  const notifyAll = method(ConditionType, 'notify_all', (ts, a) => notify(ts, cond(a[0]), Infinity))
  ConditionType.ns.set('notifyAll', notifyAll)
}

// --- Semaphore ---

export class PySemaphore extends PyObject implements Waitable {
  readonly waiters: ThreadState[] = []
  initial: number
  constructor(
    cls: PyType,
    public value: number,
  ) {
    super(cls)
    this.initial = value
  }

  get bounded(): boolean {
    return this.cls.isSubtypeOf(BoundedSemaphoreType)
  }

  describe(): string {
    return this.bounded ? 'BoundedSemaphore' : 'Semaphore'
  }

  view(): PrimitiveView {
    const bound = this.bounded ? this.initial : undefined
    return { kind: this.describe(), value: this.value, bound, waiters: this.waiters }
  }
}

function installSemaphore(): void {
  const sem = (v: PyValue) => v as PySemaphore
  method(SemaphoreType, '__init__', (_ts, a, kw) => {
    const v = a[1] ?? kw?.get('value') ?? 1
    const n = asInt(v)
    if (n === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`)
    if (n < 0) throw valueError('semaphore initial value must be >= 0')
    sem(a[0]).value = Number(n)
    sem(a[0]).initial = Number(n)
    return None
  })
  function* acquireSem(ts: ThreadState, s: PySemaphore, blocking: boolean, timeout: number | null): NativeGen<boolean> {
    if (!blocking && timeout !== null) throw valueError("can't specify timeout for non-blocking acquire")
    const host = hostOf(ts)
    const deadline = timeout === null ? null : host.now() + Math.round(timeout * 1e9)
    while (s.value === 0) {
      if (!blocking) return false
      if (deadline !== null && deadline - host.now() <= 0) return false
      yield* waitUntil(ts, s, deadline)
    }
    s.value--
    hostOf(ts).changed(ts, s, 'acquire')
    return true
  }
  resumableMethod(SemaphoreType, 'acquire', function* (ts, a, kw) {
    const blocking = yield* truth(a[1] ?? kw?.get('blocking') ?? True)
    const timeout = secondsArg(a[2] ?? kw?.get('timeout'))
    return pyBool(yield* acquireSem(ts, sem(a[0]), blocking, timeout))
  })
  resumableMethod(SemaphoreType, '__enter__', function* (ts, a) {
    return pyBool(yield* acquireSem(ts, sem(a[0]), true, null))
  })
  const releaseSem = (ts: ThreadState, s: PySemaphore, n: number) => {
    if (n < 1) throw valueError('n must be one or more')
    if (s.bounded && s.value + n > s.initial) throw valueError('Semaphore released too many times')
    s.value += n
    hostOf(ts).changed(ts, s, 'release')
    hostOf(ts).notify(s, n)
    return None
  }
  method(SemaphoreType, 'release', (ts, a, kw) => releaseSem(ts, sem(a[0]), Number(asInt(a[1] ?? kw?.get('n') ?? 1))))
  method(SemaphoreType, '__exit__', (ts, a) => {
    releaseSem(ts, sem(a[0]), 1)
    return None
  })
  SemaphoreType.ns.set('_value', new PyGetSet('_value', (v) => sem(v).value))
  BoundedSemaphoreType.ns.set('_initial_value', new PyGetSet('_initial_value', (v) => sem(v).initial))
}

// --- Event ---

export class PyEvent extends PyObject implements Waitable {
  readonly waiters: ThreadState[] = []
  flag = false
  constructor(cls: PyType) {
    super(cls)
  }

  describe(): string {
    return 'Event'
  }

  view(): PrimitiveView {
    return { kind: 'Event', flag: this.flag, waiters: this.waiters }
  }
}

function installEvent(): void {
  const ev = (v: PyValue) => v as PyEvent
  method(EventType, '__init__', () => None)
  const isSet = method(EventType, 'is_set', (_ts, a) => pyBool(ev(a[0]).flag))
  EventType.ns.set('isSet', isSet)
  method(EventType, 'set', (ts, a) => {
    ev(a[0]).flag = true
    hostOf(ts).changed(ts, ev(a[0]), 'set')
    hostOf(ts).notify(ev(a[0]), Infinity)
    return None
  })
  method(EventType, 'clear', (ts, a) => {
    ev(a[0]).flag = false
    hostOf(ts).changed(ts, ev(a[0]), 'clear')
    return None
  })
  resumableMethod(EventType, 'wait', function* (_ts, a, kw) {
    const e = ev(a[0])
    if (e.flag) return True
    const timeout = ns(secondsArg(a[1] ?? kw?.get('timeout')))
    if (timeout === 0) return False
    return pyBool(yield* waitOn(e, timeout))
  })
}

// --- Barrier ---

const enum BarrierState {
  FILLING = 0,
  DRAINING = 1,
  RESETTING = -1,
  BROKEN = -2,
}

export class PyBarrier extends PyObject implements Waitable {
  readonly waiters: ThreadState[] = []
  state = BarrierState.FILLING
  count = 0
  constructor(
    cls: PyType,
    public parties: number,
    public action: PyValue,
    public timeout: number | null,
  ) {
    super(cls)
  }

  describe(): string {
    return 'Barrier'
  }

  view(): PrimitiveView {
    const waiting = this.state === BarrierState.FILLING ? this.count : 0
    return {
      kind: 'Barrier',
      parties: this.parties,
      waiting,
      broken: this.state === BarrierState.BROKEN,
      waiters: this.waiters,
    }
  }
}

function brokenBarrier() {
  return newException(BrokenBarrierErrorType)
}

function installBarrier(): void {
  const bar = (v: PyValue) => v as PyBarrier
  method(BarrierType, '__init__', (_ts, a, kw) => {
    const b = bar(a[0])
    const parties = a[1] ?? kw?.get('parties')
    if (parties === undefined) throw typeError("Barrier.__init__() missing 1 required positional argument: 'parties'")
    b.parties = Number(asInt(parties))
    b.action = a[2] ?? kw?.get('action') ?? None
    b.timeout = secondsArg(a[3] ?? kw?.get('timeout'))
    return None
  })
  const breakIt = (ts: ThreadState, b: PyBarrier) => {
    b.state = BarrierState.BROKEN
    hostOf(ts).changed(ts, b, 'abort')
    hostOf(ts).notify(b, Infinity)
  }
  resumableMethod(BarrierType, 'wait', function* (ts, a, kw) {
    const b = bar(a[0])
    const timeout = secondsArg(a[1] ?? kw?.get('timeout')) ?? b.timeout
    const host = hostOf(ts)
    // Block while the barrier drains or resets.
    while (b.state === BarrierState.DRAINING || b.state === BarrierState.RESETTING) yield* waitOn(b, null)
    if (b.state < 0) throw brokenBarrier()
    const index = b.count++
    host.changed(ts, b, 'wait')
    try {
      if (index + 1 === b.parties) {
        try {
          if (b.action !== None) yield* callPy(b.action, [])
          b.state = BarrierState.DRAINING
          host.changed(ts, b, 'pass')
          host.notify(b, Infinity)
        } catch (error) {
          breakIt(ts, b)
          throw error
        }
      } else {
        const deadline = timeout === null ? null : host.now() + Math.round(timeout * 1e9)
        while ((b.state as BarrierState) === BarrierState.FILLING) {
          if (deadline !== null && deadline - host.now() <= 0) {
            breakIt(ts, b)
            throw brokenBarrier()
          }
          yield* waitUntil(ts, b, deadline)
        }
        if (b.state < 0) throw brokenBarrier()
      }
      return index
    } finally {
      b.count--
      const state = b.state as BarrierState
      if (b.count === 0 && (state === BarrierState.RESETTING || state === BarrierState.DRAINING)) {
        b.state = BarrierState.FILLING
        host.notify(b, Infinity)
      }
    }
  })
  method(BarrierType, 'reset', (ts, a) => {
    const b = bar(a[0])
    if (b.count > 0) {
      if (b.state === BarrierState.FILLING || b.state === BarrierState.BROKEN) b.state = BarrierState.RESETTING
    } else {
      b.state = BarrierState.FILLING
    }
    hostOf(ts).changed(ts, b, 'reset')
    hostOf(ts).notify(b, Infinity)
    return None
  })
  method(BarrierType, 'abort', (ts, a) => {
    breakIt(ts, bar(a[0]))
    return None
  })
  BarrierType.ns.set('parties', new PyGetSet('parties', (v) => bar(v).parties))
  BarrierType.ns.set(
    'n_waiting',
    new PyGetSet('n_waiting', (v) => (bar(v).state === BarrierState.FILLING ? bar(v).count : 0)),
  )
  BarrierType.ns.set('broken', new PyGetSet('broken', (v) => pyBool(bar(v).state === BarrierState.BROKEN)))
}

installCondition()
installSemaphore()
installEvent()
installBarrier()
