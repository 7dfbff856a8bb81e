// Rich comparison, as do_richcompare: built-in values natively, then the reflected-operand dance through Python.
import { CompareOp, compareOpSymbols } from '../../compiler/opcodes'
import { typeError } from '../errors'
import { checkRecursiveCall, enterRecursiveCall, inComparison, leaveRecursiveCall } from '../recursion'
import { callPy, type NativeGen } from '../native'
import { None, NotImplemented, PyObject, type PyValue } from '../object'
import { typeOf } from '../type-of'
import { PyBool, pyBool } from '../types/bool'
import { PyBuiltin } from '../types/function'
import { PyFloat } from '../types/float'
import { PyList } from '../types/list'
import { PyTuple } from '../types/tuple'
import { asFloat, asInt } from './numeric'
import { truth } from './truth'

const reflected = [CompareOp.GT, CompareOp.GE, CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE]
const dunders = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__']

function order(c: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT:
      return c < 0
    case CompareOp.LE:
      return c <= 0
    case CompareOp.EQ:
      return c === 0
    case CompareOp.NE:
      return c !== 0
    case CompareOp.GT:
      return c > 0
    case CompareOp.GE:
      return c >= 0
  }
}

/** Three-way comparison of numbers: -1, 0, 1, or NaN when unordered. */
function compareNumbers(a: PyValue, b: PyValue): number | undefined {
  const ia = asInt(a)
  const ib = asInt(b)
  if (ia !== undefined && ib !== undefined) return ia < ib ? -1 : ia > ib ? 1 : 0
  // Compare an int with a float exactly, even past 2**53 (and past the float range).
  if (typeof ia === 'bigint' && b instanceof PyFloat) return compareBigFloat(ia, b.value)
  if (typeof ib === 'bigint' && a instanceof PyFloat) return -compareBigFloat(ib, a.value)
  const fa = asFloat(a)
  const fb = asFloat(b)
  if (fa === undefined || fb === undefined) return undefined
  if (Number.isNaN(fa) || Number.isNaN(fb)) return NaN
  return fa < fb ? -1 : fa > fb ? 1 : 0
}

function compareBigFloat(i: bigint, f: number): number {
  if (Number.isNaN(f)) return NaN
  if (f === Infinity) return -1
  if (f === -Infinity) return 1
  const floor = Math.floor(f)
  const bf = BigInt(floor)
  if (i < bf) return -1
  if (i > bf) return 1
  return f > floor ? -1 : 0
}

function compareStrings(a: string, b: string): number {
  // Code point order: UTF-16 order differs only between astral characters and U+E000..U+FFFF.
  if (a === b) return 0
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!
    const y = b.codePointAt(i)!
    if (x !== y) return x < y ? -1 : 1
    if (x > 0xffff) i++
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0
}

/**
 * The comparison's bool when it needs no Python code: numbers, strings, None, and lists or tuples of such.
 * Undefined otherwise.
 */
export function compareFast(a: PyValue, b: PyValue, op: CompareOp): boolean | undefined {
  if (typeof a === 'number' && typeof b === 'number') return order(a < b ? -1 : a > b ? 1 : 0, op)
  if (typeof a === 'string' && typeof b === 'string') {
    if (op === CompareOp.EQ) return a === b
    if (op === CompareOp.NE) return a !== b
    return order(compareStrings(a, b), op)
  }
  const n = compareNumbers(a, b)
  if (n !== undefined) return Number.isNaN(n) ? op === CompareOp.NE : order(n, op)
  if (typeof a !== 'object' || typeof b !== 'object') {
    if (op === CompareOp.EQ || op === CompareOp.NE) {
      if (isNativelyCompared(a) && isNativelyCompared(b)) return (a === b) === (op === CompareOp.EQ)
    }
    return undefined
  }
  if (a === None || b === None) {
    if (op === CompareOp.EQ) return a === b
    if (op === CompareOp.NE) return a !== b
    return undefined
  }
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    if (!a.cls.builtin || !b.cls.builtin) return undefined
    return compareSequences(a.items, b.items, op, a instanceof PyList)
  }
  if (op === CompareOp.EQ || op === CompareOp.NE) {
    if (isNativelyCompared(a) && isNativelyCompared(b)) return (a === b) === (op === CompareOp.EQ)
    for (const fn of nativeEqualities) {
      const r = fn(a, b)
      if (r !== undefined) return r === (op === CompareOp.EQ)
    }
  }
  return undefined
}

/** Values whose equality is identity unless numbers/strings matched above. */
function isNativelyCompared(v: PyValue): boolean {
  if (typeof v !== 'object') return true
  if (v instanceof PyList || v instanceof PyTuple) return false
  const t = v.cls
  if (nativeEqualityTypes.has(t.name)) return false
  return t.lookup('__eq__') === objectEq && t.lookup('__ne__') === objectNe
}

let objectEq: PyValue | undefined
let objectNe: PyValue | undefined

/** Set by the builtins module so inherited object.__eq__/__ne__ are recognised. */
export function setObjectEq(eq: PyValue, ne: PyValue): void {
  objectEq = eq
  objectNe = ne
}

const nativeEqualities: ((a: PyObject, b: PyObject) => boolean | undefined)[] = []
const nativeEqualityTypes = new Set<string>([
  'float',
  'bool',
  'complex',
  'bytearray',
  'dict',
  'set',
  'frozenset',
  'bytes',
  'range',
  'slice',
  'collections.deque',
  'dict_keys',
  'dict_values',
  'dict_items',
  'Counter',
  'collections.OrderedDict',
  'collections.defaultdict',
])

/** Containers with value equality (sets, dicts, deques) register a native comparison. */
export function registerEquality(fn: (a: PyObject, b: PyObject) => boolean | undefined): void {
  nativeEqualities.push(fn)
}

/** Lists (`lengthFirst`) settle `==` and `!=` on their lengths before comparing items; tuples do not. */
function compareSequences(x: PyValue[], y: PyValue[], op: CompareOp, lengthFirst: boolean): boolean | undefined {
  if (lengthFirst && (op === CompareOp.EQ || op === CompareOp.NE) && x.length !== y.length) return op === CompareOp.NE
  const n = Math.min(x.length, y.length)
  for (let i = 0; i < n; i++) {
    if (x[i] === y[i]) continue
    const eq = compareFast(x[i], y[i], CompareOp.EQ)
    if (eq === undefined) return undefined
    if (!eq) {
      if (op === CompareOp.EQ) return false
      if (op === CompareOp.NE) return true
      return compareFast(x[i], y[i], op)
    }
  }
  return order(x.length - y.length, op)
}

/** `a op b` as a Python value (usually a bool; user `__lt__` may return anything). */
export function* richCompare(a: PyValue, b: PyValue, op: CompareOp): NativeGen {
  // PyObject_RichCompare holds a unit of recursion depth while it runs.
  enterRecursiveCall(inComparison)
  try {
    return yield* richCompareUnchecked(a, b, op)
  } finally {
    leaveRecursiveCall()
  }
}

function* richCompareUnchecked(a: PyValue, b: PyValue, op: CompareOp): NativeGen {
  const fast = compareFast(a, b, op)
  if (fast !== undefined) return pyBool(fast)
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    if (a.cls.builtin && b.cls.builtin) {
      return pyBool(yield* compareSequencesSlow(a.items, b.items, op, a instanceof PyList))
    }
  }
  const ta = typeOf(a)
  const tb = typeOf(b)
  const name = dunders[op]
  const reflectedName = dunders[reflected[op]]
  let checkedReflected = false
  // Unlike binary operators, a subclass's reflected comparison goes first even when it is inherited.
  if (ta !== tb && tb.isSubtypeOf(ta)) {
    checkedReflected = true
    const r = yield* callCompare(b, reflectedName, a)
    if (r !== NotImplemented) return r
  }
  const r = yield* callCompare(a, name, b)
  if (r !== NotImplemented) return r
  if (!checkedReflected) {
    const r2 = yield* callCompare(b, reflectedName, a)
    if (r2 !== NotImplemented) return r2
  }
  if (op === CompareOp.EQ) return pyBool(a === b)
  if (op === CompareOp.NE) return pyBool(a !== b)
  throw typeError(`'${compareOpSymbols[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`)
}

function* callCompare(self: PyValue, name: string, other: PyValue): NativeGen {
  const method = typeOf(self).lookup(name)
  if (method === undefined) return NotImplemented
  if (method instanceof PyBuiltin && method.impl === defaultCompareImpl) {
    return defaultCompare(self, other, name)
  }
  return yield* callPy(method, [self, other])
}

/** object.__eq__ and friends: identity for ==, NotImplemented otherwise. */
function defaultCompare(self: PyValue, other: PyValue, name: string): PyValue {
  if (name === '__eq__') return self === other ? pyBool(true) : NotImplemented
  if (name === '__ne__') return NotImplemented
  const fast = compareFast(self, other, dunders.indexOf(name) as CompareOp)
  return fast === undefined ? NotImplemented : pyBool(fast)
}

let defaultCompareImpl: unknown

export function setDefaultCompareImpl(impl: unknown): void {
  defaultCompareImpl = impl
}

function* compareSequencesSlow(x: PyValue[], y: PyValue[], op: CompareOp, lengthFirst: boolean): NativeGen<boolean> {
  if (lengthFirst && (op === CompareOp.EQ || op === CompareOp.NE) && x.length !== y.length) return op === CompareOp.NE
  const n = Math.min(x.length, y.length)
  for (let i = 0; i < n; i++) {
    if (x[i] === y[i]) continue
    if (!(yield* equal(x[i], y[i]))) {
      if (op === CompareOp.EQ) return false
      if (op === CompareOp.NE) return true
      return yield* truth(yield* richCompare(x[i], y[i], op))
    }
  }
  return order(x.length - y.length, op)
}

/** `a == b` as a JS boolean, with the identity shortcut containers use (PyObject_RichCompareBool). */
export function* equal(a: PyValue, b: PyValue): NativeGen<boolean> {
  if (a === b) return true
  checkRecursiveCall(inComparison)
  const fast = compareFast(a, b, CompareOp.EQ)
  if (fast !== undefined) return fast
  const r = yield* richCompare(a, b, CompareOp.EQ)
  if (r instanceof PyBool) return r.value
  return yield* truth(r)
}

/** `a == b` when no Python code is needed; undefined otherwise. */
export function equalFast(a: PyValue, b: PyValue): boolean | undefined {
  if (a === b) return true
  return compareFast(a, b, CompareOp.EQ)
}
