// The reprs of the locks and primitives, as CPython 3.11's _thread and threading.py write them. Registered with
// repr() (which does not look up a built-in type's own __repr__) and installed as each type's __repr__.
import { address } from '../../python/runtime/abstract/identity'
import { registerRepr, registerSlowRepr, str } from '../../python/runtime/abstract/repr'
import type { PyObject, PyType, PyValue } from '../../python/runtime/object'
import { method, resumableMethod } from '../../python/builtins/define'
import { LockType, PyLock, PyRLock, RLockType } from './lock'
import {
  BarrierType,
  ConditionType,
  EventType,
  PyBarrier,
  PyCondition,
  PyEvent,
  PySemaphore,
  SemaphoreType,
} from './sync'

function lockRepr(l: PyLock): string {
  return `<${l.locked ? 'locked' : 'unlocked'} _thread.lock object at ${address(l)}>`
}

function rlockRepr(l: PyRLock): string {
  const owner = l.owner ? (l.owner.interp.host?.identOf(l.owner) ?? 0) : 0
  return `<${l.owner ? 'locked' : 'unlocked'} _thread.RLock object owner=${owner} count=${l.count} at ${address(l)}>`
}

/** threading's classes name themselves by the instance's class (a subclass shows its own module and name). */
function classPrefix(v: PyObject): string {
  const cls: PyType = v.cls
  return `<${cls.module}.${cls.qualname} at ${address(v)}:`
}

function semaphoreRepr(s: PySemaphore): string {
  return `${classPrefix(s)} value=${s.bounded ? `${s.value}/${s.initial}` : s.value}>`
}

function eventRepr(e: PyEvent): string {
  return `${classPrefix(e)} ${e.flag ? 'set' : 'unset'}>`
}

function barrierRepr(b: PyBarrier): string {
  const state = b.view()
  return state.broken ? `${classPrefix(b)} broken>` : `${classPrefix(b)} waiters=${state.waiting}/${b.parties}>`
}

function conditionRepr(c: PyCondition, lock: string): string {
  return `<Condition(${lock}, ${c.waiters.length})>`
}

/** The repr of a primitive that needs no Python code; null for a Condition whose lock is a Python object. */
function primitiveRepr(v: PyValue): string | null | undefined {
  if (v instanceof PyLock) return lockRepr(v)
  if (v instanceof PyRLock) return rlockRepr(v)
  if (v instanceof PySemaphore) return semaphoreRepr(v)
  if (v instanceof PyEvent) return eventRepr(v)
  if (v instanceof PyBarrier) return barrierRepr(v)
  if (v instanceof PyCondition) {
    const lock = v.lock instanceof PyLock || v.lock instanceof PyRLock ? primitiveRepr(v.lock) : null
    return lock === null || lock === undefined ? null : conditionRepr(v, lock)
  }
  return undefined
}

registerRepr((v) => primitiveRepr(v))
registerSlowRepr(function* (v) {
  // threading.py formats the lock with %s: its str().
  return v instanceof PyCondition ? conditionRepr(v, yield* str(v.lock)) : undefined
})
for (const type of [LockType, RLockType, SemaphoreType, EventType, BarrierType]) {
  method(type, '__repr__', (_ts, a) => primitiveRepr(a[0]) as string)
}
resumableMethod(ConditionType, '__repr__', function* (_ts, a) {
  const c = a[0] as PyCondition
  return conditionRepr(c, yield* str(c.lock))
})
