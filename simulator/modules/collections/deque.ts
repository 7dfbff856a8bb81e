// collections.deque: a double-ended queue with an optional maximum length. Its methods run natively (atomic
// between thread switches, as in CPython) except where items are compared through Python.
import { method, resumableMethod } from '../../python/builtins/define'
import { CompareOp } from '../../python/compiler/opcodes'
import { equal, equalFast, richCompare } from '../../python/runtime/abstract/compare'
import { registerContains } from '../../python/runtime/abstract/contains'
import { registerIterable, toArray } from '../../python/runtime/abstract/iter'
import { registerLength } from '../../python/runtime/abstract/length'
import { asInt } from '../../python/runtime/abstract/numeric'
import { indexError, runtimeError, typeError, valueError } from '../../python/runtime/errors'
import { callPy, type NativeGen } from '../../python/runtime/native'
import { None, NotImplemented, plainAlloc, PyObject, type PyType, type PyValue } from '../../python/runtime/object'
import { typeName } from '../../python/runtime/type-of'
import { pyBool } from '../../python/runtime/types/bool'
import { PyGetSet } from '../../python/runtime/types/descriptors'
import { NativeIterator } from '../../python/runtime/types/iterators'
import { installNativeIterator } from '../../python/builtins/types/iterators'
import { repr } from '../../python/runtime/abstract/repr'
import { bindArguments, unpackTuple } from '../common/call-args'
import { noArgsMethod, oneArgMethod } from '../common/method-args'
import { moduleType, shortTypeName } from '../common/module-type'
import { registerNativeRepr } from '../common/native-repr'
import { indexOf } from '../common/number-args'
import { DequeStorage } from './deque-storage'

export class PyDeque extends PyObject {
  readonly items = new DequeStorage()
  maxlen: number | null = null
  /** Bumped by every change of length or order, so iterators notice. */
  state = 0

  get length(): number {
    return this.items.length
  }

  append(v: PyValue): void {
    if (this.maxlen === 0) return
    this.items.pushBack(v)
    if (this.maxlen !== null && this.items.length > this.maxlen) this.items.popFront()
    this.state++
  }

  appendLeft(v: PyValue): void {
    if (this.maxlen === 0) return
    this.items.pushFront(v)
    if (this.maxlen !== null && this.items.length > this.maxlen) this.items.popBack()
    this.state++
  }

  /** Rotates n steps to the right (to the left when n < 0). */
  rotate(n: number): void {
    const len = this.items.length
    if (len <= 1) return
    let k = n % len
    if (k < 0) k += len
    for (let i = 0; i < k; i++) this.items.pushFront(this.items.popBack()!)
    this.state++
  }

  replaceAll(values: PyValue[]): void {
    this.items.assign(values)
    this.state++
  }
}

export const DequeType = moduleType('collections', 'deque', undefined, (cls) => new PyDeque(cls))
const DequeIteratorType = moduleType('_collections', '_deque_iterator', undefined, plainAlloc)
const DequeReverseIteratorType = moduleType('_collections', '_deque_reverse_iterator', undefined, plainAlloc)
installNativeIterator(DequeIteratorType)
installNativeIterator(DequeReverseIteratorType)

class DequeIterator extends NativeIterator {
  private readonly state: number
  private index = 0
  constructor(
    readonly deque: PyDeque,
    readonly reverse: boolean,
  ) {
    super(reverse ? DequeReverseIteratorType : DequeIteratorType)
    this.state = deque.state
  }

  next(): PyValue | undefined {
    const d = this.deque
    if (d.state !== this.state) throw runtimeError('deque mutated during iteration')
    if (this.index >= d.length) return undefined
    const i = this.index++
    return d.items.at(this.reverse ? d.length - 1 - i : i)
  }

  override lengthHint(): number {
    return Math.max(0, this.deque.length - this.index)
  }
}

const self = (v: PyValue) => v as PyDeque

function isDeque(v: PyValue): v is PyDeque {
  return v instanceof PyDeque
}

/** An index into the deque, normalised; IndexError when out of range. */
function* position(d: PyDeque, key: PyValue): NativeGen<number> {
  if (asInt(key) === undefined && !(key instanceof PyObject && key.cls.lookup('__index__') !== undefined)) {
    throw typeError(`sequence index must be integer, not '${typeName(key)}'`)
  }
  const i = yield* indexOf(key)
  const j = i < 0 ? Number(i) + d.length : Number(i)
  if (j < 0 || j >= d.length) throw indexError('deque index out of range')
  return j
}

/** The first index in [start, stop) holding an item equal to v, or -1. Fails if the deque changes meanwhile. */
function* find(d: PyDeque, v: PyValue, start: number, stop: number): NativeGen<number> {
  const state = d.state
  for (let i = start; i < Math.min(stop, d.length); i++) {
    const x = d.items.at(i)
    const eq = equalFast(x, v) ?? (yield* equal(x, v))
    if (d.state !== state) throw runtimeError('deque mutated during iteration')
    if (eq) return i
  }
  return -1
}

/** A new deque of the same type and maxlen: built natively for deque itself, through the subclass otherwise. */
function* copyOf(d: PyDeque): NativeGen<PyDeque> {
  if (d.cls === DequeType) {
    const copy = new PyDeque(DequeType)
    copy.maxlen = d.maxlen
    copy.replaceAll(d.items.toArray())
    return copy
  }
  const args = d.maxlen === null ? [d] : [d, d.maxlen]
  return (yield* callPy(d.cls, args)) as PyDeque
}

function* extend(d: PyDeque, iterable: PyValue, left: boolean): NativeGen<void> {
  const values = iterable === d ? d.items.toArray() : yield* toArray(iterable)
  for (const v of values) {
    if (left) d.appendLeft(v)
    else d.append(v)
  }
}

function repeat(d: PyDeque, n: number): void {
  const values = d.items.toArray()
  d.replaceAll([])
  for (let i = 0; i < n; i++) for (const v of values) d.append(v)
}

function* maxlenArg(v: PyValue | undefined): NativeGen<number | null> {
  if (v === undefined || v === None) return null
  const n = asInt(v)
  if (n === undefined) throw typeError('an integer is required')
  if (n < 0) throw valueError('maxlen must be non-negative')
  return Number(n)
}

method(DequeType, '__new__', (_ts, a, _kw) => new PyDeque(a[0] as PyType))
resumableMethod(DequeType, '__init__', function* (_ts, a, kw) {
  const [iterable, maxlen] = bindArguments(
    { name: 'deque', positional: ['iterable', 'maxlen'], required: 0 },
    a.slice(1),
    kw,
  )
  const d = self(a[0])
  d.maxlen = yield* maxlenArg(maxlen)
  d.replaceAll([])
  if (iterable !== undefined) yield* extend(d, iterable, false)
  return None
})
DequeType.ns.set('maxlen', new PyGetSet('maxlen', (v) => self(v).maxlen ?? None))
DequeType.ns.set('__hash__', None)

oneArgMethod(DequeType, 'append', function* (d, v) {
  self(d).append(v)
  return None
})
oneArgMethod(DequeType, 'appendleft', function* (d, v) {
  self(d).appendLeft(v)
  return None
})
oneArgMethod(DequeType, 'extend', function* (d, v) {
  yield* extend(self(d), v, false)
  return None
})
oneArgMethod(DequeType, 'extendleft', function* (d, v) {
  yield* extend(self(d), v, true)
  return None
})
for (const [name, left] of [
  ['pop', false],
  ['popleft', true],
] as const) {
  noArgsMethod(DequeType, name, function* (v) {
    const d = self(v)
    const item = left ? d.items.popFront() : d.items.popBack()
    if (item === undefined) throw indexError('pop from an empty deque')
    d.state++
    return item
  })
}
noArgsMethod(DequeType, 'clear', function* (d) {
  self(d).replaceAll([])
  return None
})
noArgsMethod(DequeType, 'reverse', function* (d) {
  self(d).replaceAll(self(d).items.toArray().reverse())
  return None
})
for (const name of ['copy', '__copy__']) noArgsMethod(DequeType, name, (d) => copyOf(self(d)))
resumableMethod(DequeType, 'rotate', function* (_ts, a) {
  unpackTuple('deque.rotate', a.slice(1), 0, 1)
  self(a[0]).rotate(a.length > 1 ? Number(yield* indexOf(a[1])) : 1)
  return None
})
oneArgMethod(DequeType, 'count', function* (v, x) {
  const d = self(v)
  let n = 0
  for (let i = 0; i < d.length;) {
    const at = yield* find(d, x, i, d.length)
    if (at < 0) break
    n++
    i = at + 1
  }
  return n
})
oneArgMethod(DequeType, 'remove', function* (v, x) {
  const d = self(v)
  const i = yield* find(d, x, 0, d.length)
  if (i < 0) throw valueError(`${yield* repr(x)} is not in deque`)
  d.items.remove(i)
  d.state++
  return None
})
resumableMethod(DequeType, 'index', function* (_ts, a) {
  const n = a.length - 1
  if (n < 1) throw typeError(`index() takes at least 1 argument (${n} given)`)
  if (n > 3) throw typeError(`index() takes at most 3 arguments (${n} given)`)
  const d = self(a[0])
  const bound = function* (v: PyValue | undefined, dflt: number): NativeGen<number> {
    if (v === undefined) return dflt
    const i = Number(yield* indexOf(v))
    return i < 0 ? Math.max(0, i + d.length) : Math.min(i, d.length)
  }
  const start = yield* bound(a[2], 0)
  const stop = yield* bound(a[3], d.length)
  const i = yield* find(d, a[1], start, stop)
  if (i < 0) throw valueError(`${yield* repr(a[1])} is not in deque`)
  return i
})
resumableMethod(DequeType, 'insert', function* (_ts, a) {
  if (a.length !== 3) throw typeError(`insert() takes exactly 2 arguments (${a.length - 1} given)`)
  const d = self(a[0])
  if (d.maxlen !== null && d.length >= d.maxlen) throw indexError('deque already at its maximum size')
  const i = Number(yield* indexOf(a[1]))
  const at = i < 0 ? Math.max(0, i + d.length) : Math.min(i, d.length)
  d.items.insert(at, a[2])
  d.state++
  return None
})

method(DequeType, '__len__', (_ts, a) => self(a[0]).length)
method(DequeType, '__iter__', (_ts, a) => new DequeIterator(self(a[0]), false))
method(DequeType, '__reversed__', (_ts, a) => new DequeIterator(self(a[0]), true))
resumableMethod(DequeType, '__getitem__', function* (_ts, a) {
  const d = self(a[0])
  return d.items.at(yield* position(d, a[1]))
})
resumableMethod(DequeType, '__setitem__', function* (_ts, a) {
  const d = self(a[0])
  d.items.set(yield* position(d, a[1]), a[2])
  return None
})
resumableMethod(DequeType, '__delitem__', function* (_ts, a) {
  const d = self(a[0])
  d.items.remove(yield* position(d, a[1]))
  d.state++
  return None
})
resumableMethod(DequeType, '__contains__', function* (_ts, a) {
  const d = self(a[0])
  return pyBool((yield* find(d, a[1], 0, d.length)) >= 0)
})
resumableMethod(DequeType, '__add__', function* (_ts, a) {
  if (!isDeque(a[1])) {
    throw typeError(`can only concatenate deque (not "${typeName(a[1])}") to deque`)
  }
  const d = yield* copyOf(self(a[0]))
  yield* extend(d, a[1], false)
  return d
})
resumableMethod(DequeType, '__iadd__', function* (_ts, a) {
  yield* extend(self(a[0]), a[1], false)
  return a[0]
})
for (const name of ['__mul__', '__rmul__']) {
  resumableMethod(DequeType, name, function* (_ts, a) {
    if (asInt(a[1]) === undefined) return NotImplemented
    const d = yield* copyOf(self(a[0]))
    repeat(d, Number(asInt(a[1])))
    return d
  })
}
resumableMethod(DequeType, '__imul__', function* (_ts, a) {
  if (asInt(a[1]) === undefined) return NotImplemented
  repeat(self(a[0]), Number(asInt(a[1])))
  return a[0]
})

const comparisons: [string, CompareOp][] = [
  ['__lt__', CompareOp.LT],
  ['__le__', CompareOp.LE],
  ['__eq__', CompareOp.EQ],
  ['__ne__', CompareOp.NE],
  ['__gt__', CompareOp.GT],
  ['__ge__', CompareOp.GE],
]
for (const [name, op] of comparisons) {
  resumableMethod(DequeType, name, function* (_ts, a) {
    if (!isDeque(a[1])) return NotImplemented
    const x = self(a[0]).items.toArray()
    const y = a[1].items.toArray()
    if ((op === CompareOp.EQ || op === CompareOp.NE) && x.length !== y.length) return pyBool(op === CompareOp.NE)
    // Like list comparison: the first differing pair decides, else the lengths.
    let i = 0
    while (i < x.length && i < y.length && (x[i] === y[i] || (yield* equal(x[i], y[i])))) i++
    if (i < x.length && i < y.length) {
      if (op === CompareOp.EQ) return pyBool(false)
      if (op === CompareOp.NE) return pyBool(true)
      return yield* richCompare(x[i], y[i], op)
    }
    const c = x.length - y.length
    return pyBool([c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op])
  })
}

const dequeRepr = registerNativeRepr(
  isDeque,
  function* (d, item) {
    const parts: string[] = []
    for (const x of d.items.toArray()) parts.push(yield* item(x))
    const name = shortTypeName(d.cls)
    const body = `[${parts.join(', ')}]`
    return d.maxlen === null ? `${name}(${body})` : `${name}(${body}, maxlen=${d.maxlen})`
  },
  '[...]',
)
resumableMethod(DequeType, '__repr__', (_ts, a) => dequeRepr(self(a[0])))

registerIterable((v) => (isDeque(v) && v.cls.builtin ? new DequeIterator(v, false) : undefined))
registerLength((v) => (isDeque(v) ? v.length : undefined))
registerContains((item, container) => {
  if (!isDeque(container) || !container.cls.builtin) return undefined
  for (const x of container.items.toArray()) {
    const eq = equalFast(x, item)
    if (eq === undefined) return undefined
    if (eq) return true
  }
  return false
})
