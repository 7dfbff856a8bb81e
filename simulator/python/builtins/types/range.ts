// range: construction from any ints, and its methods, as Objects/rangeobject.c defines them.
import { hashTuple } from '../../hash'
import { checkRecursiveCall, inComparison } from '../../runtime/recursion'
import { asIndex, ssize } from '../../runtime/abstract/as-index'
import { equal } from '../../runtime/abstract/compare'
import { hashFast, registerHash } from '../../runtime/abstract/hash'
import { iter, next } from '../../runtime/abstract/iter'
import { asInt } from '../../runtime/abstract/numeric'
import { repr } from '../../runtime/abstract/repr'
import { valueError } from '../../runtime/errors'
import type { NativeGen } from '../../runtime/native'
import { None, NotImplemented, type PyValue } from '../../runtime/object'
import { pyBool } from '../../runtime/types/bool'
import { PyGetSet } from '../../runtime/types/descriptors'
import { PyRange, RangeType } from '../../runtime/types/range'
import { rangeIterator, reversedRangeIterator } from '../../runtime/types/range-iterator'
import { arity, method, noKeywords, resumableMethod } from '../define'

/** `range_equals`: the same items, whatever the bounds (`range(0) == range(2, 2)`). */
function rangesEqual(a: PyRange, b: PyRange): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  if (a.length === 0) return true
  if (a.start !== b.start) return false
  return a.length === 1 || a.step === b.step
}

/** `range_hash`: the hash of (len, start, step), with None for what the length makes irrelevant. */
function rangeHash(r: PyRange) {
  const parts: PyValue[] =
    r.length === 0 ? [0, None, None] : r.length === 1 ? [1, r.start, None] : [r.length, r.start, r.step]
  return hashTuple(parts.map((v) => hashFast(v)!))
}

/** `_PySequence_IterSearch` over a range's items, for values that are not ints. */
function* search(r: PyRange, value: PyValue, countAll: boolean): NativeGen<number> {
  const it = yield* iter(r)
  let found = 0
  for (let i = 0; ; i++) {
    const x = yield* next(it)
    if (x === undefined) return countAll ? found : -1
    if (yield* equal(x, value)) {
      if (!countAll) return i
      found++
    }
  }
}

export function installRange(): void {
  const self = (v: PyValue) => v as PyRange
  resumableMethod(RangeType, '__new__', function* (_ts, a, kw) {
    noKeywords('range', kw)
    arity('range', a, 1, 3, 1)
    // Computing the length compares the bounds with PyObject_RichCompare, and its recursion check.
    if (a.length === 2) {
      const stop = yield* asIndex(a[1])
      checkRecursiveCall(inComparison)
      return new PyRange(0, stop, 1)
    }
    const start = yield* asIndex(a[1])
    const stop = yield* asIndex(a[2])
    const step = a.length > 3 ? yield* asIndex(a[3]) : 1
    if (step === 0 || step === 0n) throw valueError('range() arg 3 must not be zero')
    checkRecursiveCall(inComparison)
    return new PyRange(start, stop, step)
  })
  method(RangeType, '__len__', (_ts, a) => {
    const n = self(a[0]).length
    ssize(n)
    return n
  })
  method(RangeType, '__bool__', (_ts, a) => pyBool(self(a[0]).length !== 0))
  method(RangeType, '__iter__', (_ts, a) => rangeIterator(self(a[0])))
  method(RangeType, '__reversed__', (_ts, a) => reversedRangeIterator(self(a[0])))
  resumableMethod(RangeType, '__contains__', function* (_ts, a) {
    const i = asInt(a[1])
    if (i !== undefined) return pyBool(self(a[0]).indexOf(i) !== -1)
    return pyBool((yield* search(self(a[0]), a[1], false)) >= 0)
  })
  resumableMethod(RangeType, 'index', function* (_ts, a) {
    arity('range.index', a, 1, 1, 1)
    const i = asInt(a[1])
    if (i === undefined) {
      const found = yield* search(self(a[0]), a[1], false)
      if (found < 0) throw valueError('sequence.index(x): x not in sequence')
      return found
    }
    const k = self(a[0]).indexOf(i)
    if (k === -1) throw valueError(`${yield* repr(a[1])} is not in range`)
    return k
  })
  resumableMethod(RangeType, 'count', function* (_ts, a) {
    arity('range.count', a, 1, 1, 1)
    const i = asInt(a[1])
    if (i !== undefined) return self(a[0]).indexOf(i) === -1 ? 0 : 1
    return yield* search(self(a[0]), a[1], true)
  })
  for (const name of ['start', 'stop', 'step'] as const) {
    RangeType.ns.set(name, new PyGetSet(name, (v) => self(v)[name]))
  }
  const compare = (name: string, equalWhen: boolean) =>
    method(RangeType, name, (_ts, a) =>
      a[1] instanceof PyRange ? pyBool(rangesEqual(self(a[0]), a[1]) === equalWhen) : NotImplemented,
    )
  compare('__eq__', true)
  compare('__ne__', false)
  registerHash((v) => (v instanceof PyRange ? rangeHash(v) : undefined))
}
