// The parts of instructions that leave the fast path: operands of user classes, containers that may run Python
// code, protocol errors. Each is either a quick native check or a NativeGen the loop runs as a NativeFrame.
import { BinaryOp, binaryOpSymbols, Op } from '../compiler/opcodes'
import { descriptorGet, getAttr as getAttrGen, setAttr as setAttrGen } from '../runtime/abstract/attr'
import { asIndex } from '../runtime/abstract/as-index'
import { callSpecial, special } from '../runtime/abstract/call'
import { equal, richCompare } from '../runtime/abstract/compare'
import {
  canonicalKey,
  dictGet,
  dictGetFast,
  dictSet,
  dictSetFast,
  dictDelete,
  NEEDS_HASH,
} from '../runtime/abstract/dict-ops'
import { iter, iterFast, next, sequenceFast, toArray } from '../runtime/abstract/iter'
import { len } from '../runtime/abstract/length'
import { asInt, numericBinary } from '../runtime/abstract/numeric'
import { intInvert, intNeg } from '../runtime/abstract/int-ops'
import { repr, reprFast, str, strFast } from '../runtime/abstract/repr'
import { truth } from '../runtime/abstract/truth'
import { formatValueFast, formatValue as formatWithSpec } from '../runtime/abstract/format'
import {
  sequenceIndex,
  sliceIndices,
  subscriptFast as subscriptBuiltin,
  subscriptSlow,
  storeSubscriptBuiltin,
  deleteSubscriptBuiltin,
} from '../runtime/abstract/subscript'
import { containsBuiltin, containsSlow } from '../runtime/abstract/contains'
import { setFromValues, setAddValue, setUpdateFrom } from '../runtime/abstract/set-ops'
import { construct as constructType, plainInitOf } from '../runtime/abstract/construct'
import { typeError, systemError, valueError, isException } from '../runtime/errors'
import { FormatError } from '../format'
import { callPy, resumePy, type KwArgs, type NativeGen } from '../runtime/native'
import { None, NotImplemented, PyObject, PyType, type PyValue } from '../runtime/object'
import { typeOf, typeName } from '../runtime/type-of'
import { PyBool, pyBool } from '../runtime/types/bool'
import { PyDict } from '../runtime/types/dict'
import {
  AssertionErrorType,
  BaseExceptionType,
  newException,
  OverflowErrorType,
  PyBaseException,
  RecursionErrorType,
  RuntimeErrorType,
  StopAsyncIterationType,
  StopIterationType,
  TypeErrorType,
  ValueErrorType,
} from '../runtime/types/exceptions'
import { PyFloat } from '../runtime/types/float'
import { PyBoundMethod, PyBuiltin, PyFunction } from '../runtime/types/function'
import { PyGenerator, CoroutineType, AsyncGeneratorType } from '../runtime/types/generator'
import { NativeIterator } from '../runtime/types/iterators'
import { IntType } from '../runtime/types/int'
import { PyList } from '../runtime/types/list'
import { PyRange } from '../runtime/types/range'
import { PySlice } from '../runtime/types/slice'
import { StrType } from '../runtime/types/str'
import { codePoints, hasSurrogates } from '../runtime/types/str-index'
import { PyTuple, pyTuple } from '../runtime/types/tuple'
import { strOf } from '../runtime/types/str-subclass'
import type { Frame } from './frame'
import type { ThreadState } from './thread-state'
import { percentFormat } from '../runtime/abstract/percent'
import { asciiOf } from '../runtime/abstract/ascii'
import { asyncIterOp } from './async-ops'
import { asyncGenWrap } from './async-gen'
export { getAwaitable } from './async-ops'

export { equal }

const dunders = [
  ['__add__', '__radd__', '__iadd__'],
  ['__and__', '__rand__', '__iand__'],
  ['__floordiv__', '__rfloordiv__', '__ifloordiv__'],
  ['__lshift__', '__rlshift__', '__ilshift__'],
  ['__matmul__', '__rmatmul__', '__imatmul__'],
  ['__mul__', '__rmul__', '__imul__'],
  ['__mod__', '__rmod__', '__imod__'],
  ['__or__', '__ror__', '__ior__'],
  ['__pow__', '__rpow__', '__ipow__'],
  ['__rshift__', '__rrshift__', '__irshift__'],
  ['__sub__', '__rsub__', '__isub__'],
  ['__truediv__', '__rtruediv__', '__itruediv__'],
  ['__xor__', '__rxor__', '__ixor__'],
]

export function typeOfPrimitive(v: number | bigint | string): PyType {
  return typeof v === 'string' ? StrType : IntType
}

export function typeNameOf(v: PyValue): string {
  return typeName(v)
}

// --- arithmetic ---

function repeat<T>(items: T[], n: number): T[] {
  const out: T[] = []
  for (let i = 0; i < n; i++) for (const x of items) out.push(x)
  return out
}

export function repeatCount(v: PyValue): number | undefined {
  const n = asInt(v)
  if (n === undefined) return undefined
  if (typeof n === 'bigint') {
    if (n < 0n) return 0
    throw newException(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
  }
  return n < 0 ? 0 : n
}

/** Operations of built-in sequences (concatenation, repetition) and containers, without Python code. */
export function binaryBuiltin(a: PyValue, b: PyValue, op: number): PyValue | undefined {
  if (op === BinaryOp.ADD) {
    if (a instanceof PyList && b instanceof PyList && a.cls.builtin) return new PyList([...a.items, ...b.items])
    if (a instanceof PyTuple && b instanceof PyTuple && a.cls.builtin) return pyTuple([...a.items, ...b.items])
  } else if (op === BinaryOp.MULTIPLY) {
    const [seq, count] = typeof a === 'string' || a instanceof PyList || a instanceof PyTuple ? [a, b] : [b, a]
    if (typeof seq === 'string' || ((seq instanceof PyList || seq instanceof PyTuple) && seq.cls.builtin)) {
      const n = repeatCount(count)
      if (n === undefined) return undefined
      if (typeof seq === 'string') return seq.repeat(n)
      if (seq instanceof PyList) return new PyList(repeat(seq.items, n))
      // An exact tuple repeated once (or an empty one) is itself, as in CPython.
      if (n === 1 || (seq as PyTuple).items.length === 0) return seq
      return pyTuple(repeat((seq as PyTuple).items, n))
    }
  }
  return undefined
}

/** BINARY_OP's general case: in-place methods, then `__op__`/`__rop__` with subclass priority, then errors. */
export function* binaryOp(a: PyValue, b: PyValue, arg: number): NativeGen {
  const inplace = arg >= BinaryOp.INPLACE
  const op = inplace ? arg - BinaryOp.INPLACE : arg
  const [name, rname, iname] = dunders[op]
  if (inplace) {
    if (a instanceof PyList && op === BinaryOp.ADD && a.cls.builtin) {
      a.items.push(...(yield* toArray(b)))
      return a
    }
    if (a instanceof PyList && op === BinaryOp.MULTIPLY && a.cls.builtin) {
      const n = repeatCount(b)
      if (n !== undefined) {
        a.items = repeat(a.items, n)
        return a
      }
    }
    const r = yield* callDunder(a, iname, b)
    if (r !== NotImplemented) return r
  }
  if (typeof a === 'string' && op === BinaryOp.REMAINDER) return yield* percentFormat(a, b)
  const fast = numericBinary(a, b, op) ?? binaryBuiltin(a, b, op)
  if (fast !== undefined) return fast
  const ta = typeOf(a)
  const tb = typeOf(b)
  let triedReflected = false
  if (ta !== tb && tb.isSubtypeOf(ta) && tb.lookup(rname) !== undefined && tb.lookup(rname) !== ta.lookup(rname)) {
    triedReflected = true
    const r = yield* callDunder(b, rname, a)
    if (r !== NotImplemented) return r
  }
  const r = yield* callDunder(a, name, b)
  if (r !== NotImplemented) return r
  if (ta !== tb && !triedReflected) {
    const r2 = yield* callDunder(b, rname, a)
    if (r2 !== NotImplemented) return r2
  }
  if (op === BinaryOp.MULTIPLY) {
    // sq_repeat: a list or tuple repeated by any object with __index__
    const [seq, count] = a instanceof PyList || a instanceof PyTuple ? [a, b] : [b, a]
    if ((seq instanceof PyList || seq instanceof PyTuple) && special(count, '__index__') !== undefined) {
      return binaryBuiltin(seq, yield* asIndex(count), op)!
    }
  }
  throw binaryError(a, b, op, inplace)
}

function* callDunder(self: PyValue, name: string, other: PyValue): NativeGen {
  const method = special(self, name)
  if (method === undefined) return NotImplemented
  return yield* callPy(method, [self, other])
}

function binaryError(a: PyValue, b: PyValue, op: number, inplace: boolean) {
  const ta = typeName(a)
  const tb = typeName(b)
  if (op === BinaryOp.ADD && (typeof a === 'string' || a instanceof PyList || a instanceof PyTuple)) {
    return typeError(`can only concatenate ${ta} (not "${tb}") to ${ta}`)
  }
  if (op === BinaryOp.MULTIPLY) {
    if (strOf(a) !== undefined || a instanceof PyList || a instanceof PyTuple) {
      return typeError(`can't multiply sequence by non-int of type '${tb}'`)
    }
    if (strOf(b) !== undefined || b instanceof PyList || b instanceof PyTuple) {
      return typeError(`can't multiply sequence by non-int of type '${ta}'`)
    }
  }
  const symbol = binaryOpSymbols[op] + (inplace ? '=' : '')
  if (op === BinaryOp.POWER && !inplace) {
    return typeError(`unsupported operand type(s) for ** or pow(): '${ta}' and '${tb}'`)
  }
  return typeError(`unsupported operand type(s) for ${symbol}: '${ta}' and '${tb}'`)
}

export function unaryFast(v: PyValue, op: number): PyValue | undefined {
  const i = asInt(v)
  if (i !== undefined) {
    if (op === Op.UNARY_NEGATIVE) return intNeg(i)
    if (op === Op.UNARY_POSITIVE) return i
    return intInvert(i)
  }
  if (v instanceof PyFloat && v.cls.builtin) {
    if (op === Op.UNARY_NEGATIVE) return new PyFloat(-v.value)
    if (op === Op.UNARY_POSITIVE) return v
  }
  return undefined
}

const unaryNames: Record<number, [string, string]> = {
  [Op.UNARY_NEGATIVE]: ['__neg__', '-'],
  [Op.UNARY_POSITIVE]: ['__pos__', '+'],
  [Op.UNARY_INVERT]: ['__invert__', '~'],
}

export function* unary(v: PyValue, op: number): NativeGen {
  const [name, symbol] = unaryNames[op]
  const r = yield* callSpecial(v, name)
  if (r === undefined) throw typeError(`bad operand type for unary ${symbol}: '${typeName(v)}'`)
  return r
}

export function* not(v: PyValue): NativeGen {
  return pyBool(!(yield* truth(v)))
}

export function* compare(a: PyValue, b: PyValue, op: number): NativeGen {
  return yield* richCompare(a, b, op)
}

export function containsFast(item: PyValue, container: PyValue): boolean | undefined {
  return containsBuiltin(item, container)
}

export function* contains(item: PyValue, container: PyValue, invert: boolean): NativeGen {
  return pyBool((yield* containsSlow(item, container)) !== invert)
}

// --- jumps that need `__bool__` ---

export function* jumpIf(frame: Frame, v: PyValue, jumpWhen: boolean, target: number): NativeGen {
  if ((yield* truth(v)) === jumpWhen) frame.pc = target
  return None
}

export function* jumpOrPop(frame: Frame, v: PyValue, jumpWhen: boolean, target: number): NativeGen {
  if ((yield* truth(v)) === jumpWhen) frame.pc = target
  else frame.sp--
  return None
}

// --- iteration ---

export function iterFastOrUndefined(v: PyValue): PyValue | undefined {
  return iterFast(v)
}

export function* getIter(v: PyValue): NativeGen {
  return yield* iter(v)
}

export function* forIter(frame: Frame, it: PyValue, target: number): NativeGen {
  const v = yield* next(it)
  if (v === undefined) {
    frame.sp--
    frame.pc = target
  } else {
    frame.stack[frame.sp++] = v
  }
  return None
}

/** The items of a built-in iterable, when they can be had without Python code. */
export function itemsFast(v: PyValue): PyValue[] | undefined {
  if (v instanceof PyTuple || v instanceof PyList) return v.cls.builtin ? v.items : undefined
  if (typeof v === 'string') return hasSurrogates(v) ? codePoints(v) : v.split('')
  if (v instanceof PyRange && v.small) {
    const out: PyValue[] = []
    for (let i = 0; i < v.length; i++) out.push(v.at(i))
    return out
  }
  if (v instanceof PyDict && v.cls.builtin) return v.keys()
  return undefined
}

/**
 * CALL_FUNCTION_EX's `check_args_iterable` and `PySequence_Tuple`: makes the positional arguments of `f(*a)` a
 * tuple, then steps back so that the call instruction runs again (an error points at the call).
 */
export function* starArgs(frame: Frame, slot: number): NativeGen {
  const iterable = frame.stack[slot]!
  const sequence = special(iterable, '__getitem__') !== undefined && !(iterable instanceof PyDict)
  if (iterFast(iterable) === undefined && special(iterable, '__iter__') === undefined && !sequence) {
    const fn = frame.stack[slot - 1]
    throw typeError(`${calledName(fn)} argument after * must be an iterable, not ${typeName(iterable)}`)
  }
  frame.stack[slot] = pyTuple(yield* toArray(iterable))
  frame.pc--
  return None
}

/** LIST_EXTEND: `[*a]`, `(*a,)` and the gathered arguments of `f(x, *a)`. */
export function* extendList(list: PyList, iterable: PyValue): NativeGen {
  const sequence = special(iterable, '__getitem__') !== undefined && !(iterable instanceof PyDict)
  if (iterFast(iterable) === undefined && special(iterable, '__iter__') === undefined && !sequence) {
    throw typeError(`Value after * must be an iterable, not ${typeName(iterable)}`)
  }
  for (const x of yield* toArray(iterable)) list.items.push(x)
  return None
}

export function* unpack(frame: Frame, seq: PyValue, before: number, after: number): NativeGen {
  const items = itemsFast(seq) ?? (yield* unpackItems(seq, before, after))
  const stack = frame.stack
  if (after < 0) {
    if (items.length !== before) {
      if (items.length < before) {
        throw valueError(`not enough values to unpack (expected ${before}, got ${items.length})`)
      }
      throw valueError(`too many values to unpack (expected ${before})`)
    }
    for (let i = before - 1; i >= 0; i--) stack[frame.sp++] = items[i]
    return None
  }
  if (items.length < before + after) {
    throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`)
  }
  for (let i = items.length - 1; i >= items.length - after; i--) stack[frame.sp++] = items[i]
  stack[frame.sp++] = new PyList(items.slice(before, items.length - after))
  for (let i = before - 1; i >= 0; i--) stack[frame.sp++] = items[i]
  return None
}

function* unpackItems(seq: PyValue, before: number, after: number): NativeGen<PyValue[]> {
  if (
    special(seq, '__iter__') === undefined &&
    special(seq, '__getitem__') === undefined &&
    !(seq instanceof NativeIterator)
  ) {
    throw typeError(`cannot unpack non-iterable ${typeName(seq)} object`)
  }
  if (after >= 0) return yield* toArray(seq)
  // Exact unpacking stops after one item too many, as CPython does (an infinite generator can be unpacked).
  const it = yield* iter(seq)
  const out: PyValue[] = []
  for (;;) {
    const v = yield* next(it)
    if (v === undefined) return out
    out.push(v)
    if (out.length > before) throw valueError(`too many values to unpack (expected ${before})`)
  }
}

// --- attributes ---

export function* getAttr(obj: PyValue, name: string): NativeGen {
  return yield* getAttrGen(obj, name)
}

export function* setAttr(obj: PyValue, name: string, value: PyValue | undefined): NativeGen {
  yield* setAttrGen(obj, name, value)
  return None
}

// --- subscripts ---

export function subscriptFast(container: PyValue, key: PyValue): PyValue | undefined {
  if (container instanceof PyList && typeof key === 'number') {
    const items = container.items
    const i = key < 0 ? key + items.length : key
    if (i >= 0 && i < items.length) return items[i]
    return undefined
  }
  if (container instanceof PyDict && container.cls.builtin) {
    const v = dictGetFast(container, key)
    return v === NEEDS_HASH ? undefined : v
  }
  return subscriptBuiltin(container, key)
}

export function* subscript(container: PyValue, key: PyValue): NativeGen {
  return yield* subscriptSlow(container, key)
}

export function storeSubscriptFast(container: PyValue, key: PyValue, value: PyValue): boolean {
  if (container instanceof PyList && typeof key === 'number' && container.cls.builtin) {
    const items = container.items
    const i = key < 0 ? key + items.length : key
    if (i >= 0 && i < items.length) {
      items[i] = value
      return true
    }
    return false
  }
  if (container instanceof PyDict && container.cls.builtin) return dictSetFast(container, key, value)
  return false
}

export function* storeSubscript(container: PyValue, key: PyValue, value: PyValue): NativeGen {
  if (container instanceof PyDict && (container.cls.builtin || special(container, '__setitem__') === undefined)) {
    yield* dictSet(container, key, value)
    return None
  }
  if (storeSubscriptBuiltin(container, key, value)) return None
  if (container instanceof PyList && key instanceof PySlice) {
    yield* assignSlice(container, key, value)
    return None
  }
  const r = yield* callSpecial(container, '__setitem__', [key, value])
  if (r === undefined) throw typeError(`'${typeName(container)}' object does not support item assignment`)
  return None
}

function* assignSlice(list: PyList, key: PySlice, value: PyValue): NativeGen<void> {
  const items = value === list ? [...list.items] : yield* sequenceFast(value, 'can only assign an iterable')
  const [start, stop, step] = sliceIndices(key, list.items.length)
  if (step === 1) {
    list.items.splice(start, Math.max(0, stop - start), ...items)
    return
  }
  const indices: number[] = []
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) indices.push(i)
  if (indices.length !== items.length) {
    throw valueError(`attempt to assign sequence of size ${items.length} to extended slice of size ${indices.length}`)
  }
  indices.forEach((i, k) => (list.items[i] = items[k]))
}

export function* deleteSubscript(container: PyValue, key: PyValue): NativeGen {
  if (container instanceof PyDict && container.cls.builtin) {
    if (!(yield* dictDelete(container, key))) throw keyErrorFor(key)
    return None
  }
  if (deleteSubscriptBuiltin(container, key)) return None
  const r = yield* callSpecial(container, '__delitem__', [key])
  if (r === undefined) throw typeError(`'${typeName(container)}' object doesn't support item deletion`)
  return None
}

function keyErrorFor(key: PyValue) {
  return newException(KeyErrorTypeRef(), key)
}

import { KeyErrorType } from '../runtime/types/exceptions'
function KeyErrorTypeRef(): PyType {
  return KeyErrorType
}

export function newSlice(start: PyValue, stop: PyValue, step: PyValue): PySlice {
  return new PySlice(start, stop, step)
}

export { sequenceIndex }

// --- containers ---

/** BUILD_SET, SET_ADD, SET_UPDATE, BUILD_MAP, BUILD_CONST_KEY_MAP, MAP_ADD, DICT_UPDATE, DICT_MERGE. */
export function* buildContainer(frame: Frame, op: Op, arg: number): NativeGen {
  const stack = frame.stack
  switch (op) {
    case Op.BUILD_SET: {
      const values = stack.slice(frame.sp - arg, frame.sp)
      frame.sp -= arg
      stack[frame.sp++] = yield* setFromValues(values)
      break
    }
    case Op.SET_ADD: {
      const v = stack[--frame.sp]
      yield* setAddValue(stack[frame.sp - arg] as PyObject, v)
      break
    }
    case Op.SET_UPDATE: {
      const iterable = stack[--frame.sp]
      yield* setUpdateFrom(stack[frame.sp - arg] as PyObject, iterable)
      break
    }
    case Op.BUILD_MAP: {
      const d = new PyDict()
      const base = frame.sp - 2 * arg
      for (let i = 0; i < arg; i++) yield* dictSet(d, stack[base + 2 * i], stack[base + 2 * i + 1])
      frame.sp = base
      stack[frame.sp++] = d
      break
    }
    case Op.BUILD_CONST_KEY_MAP: {
      const keys = (stack[--frame.sp] as PyTuple).items
      const d = new PyDict()
      const base = frame.sp - arg
      for (let i = 0; i < arg; i++) yield* dictSet(d, keys[i], stack[base + i])
      frame.sp = base
      stack[frame.sp++] = d
      break
    }
    case Op.MAP_ADD: {
      const value = stack[--frame.sp]
      const key = stack[--frame.sp]
      yield* dictSet(stack[frame.sp - arg] as PyDict, key, value)
      break
    }
    case Op.DICT_UPDATE:
    case Op.DICT_MERGE: {
      const source = stack[--frame.sp]
      const target = stack[frame.sp - arg] as PyDict
      yield* mergeMapping(target, source, op === Op.DICT_MERGE, frame)
      break
    }
  }
  return None
}

function* mergeMapping(target: PyDict, source: PyValue, checkDuplicates: boolean, frame: Frame): NativeGen<void> {
  if (!(source instanceof PyDict) && special(source, 'keys') === undefined) {
    if (checkDuplicates) {
      const fn = frame.stack[frame.sp - 3]
      throw typeError(`${calledName(fn)} argument after ** must be a mapping, not ${typeName(source)}`)
    }
    throw typeError(`'${typeName(source)}' object is not a mapping`)
  }
  const entries: [PyValue, PyValue][] = []
  if (source instanceof PyDict && source.cls.builtin) {
    entries.push(...source.entries())
  } else {
    const keys = yield* toArray((yield* callSpecial(source, 'keys'))!)
    for (const k of keys) entries.push([k, yield* subscriptSlow(source, k)])
  }
  for (const [k, v] of entries) {
    if (checkDuplicates && (yield* dictGet(target, k)) !== undefined) {
      const fn = frame.stack[frame.sp - 3]
      throw typeError(`${calledName(fn)} got multiple values for keyword argument '${strFast(k) ?? ''}'`)
    }
    yield* dictSet(target, k, v)
  }
}

/** `_PyObject_FunctionStr`: the callable's qualified name, prefixed by its module unless that is builtins. */
function calledName(fn: PyValue | undefined): string {
  if (fn instanceof PyBoundMethod) return calledName(fn.func)
  const named = (module: PyValue, qualname: string) =>
    typeof module === 'string' && module !== 'builtins' ? `${module}.${qualname}()` : `${qualname}()`
  if (fn instanceof PyFunction) return named(fn.module, fn.qualname)
  if (fn instanceof PyType) return named(fn.module, fn.qualname)
  if (fn instanceof PyBuiltin) return fn.owner !== null ? `${fn.owner.name}.${fn.name}()` : `${fn.name}()`
  return 'function'
}

export function kwArgs(args: PyValue[], kwnames: PyTuple): KwArgs {
  const names = kwnames.items as string[]
  const kw: KwArgs = new Map()
  const offset = args.length - names.length
  for (let i = 0; i < names.length; i++) kw.set(names[i], args[offset + i])
  return kw
}

export function annotationsDict(pairs: PyTuple): PyDict {
  const d = new PyDict()
  for (let i = 0; i < pairs.items.length; i += 2) d.setStr(pairs.items[i] as string, pairs.items[i + 1])
  return d
}

// --- formatting ---

export function formatFast(v: PyValue, conversion: number, spec: string): string | undefined {
  return formatValueFast(v, conversion, spec)
}

export function* formatValue(v: PyValue, conversion: number, spec: string): NativeGen {
  let value = v
  if (conversion === 1) value = yield* str(v)
  else if (conversion === 2) value = yield* repr(v)
  else if (conversion === 3) value = asciiOf(yield* repr(v))
  return yield* formatWithSpec(value, spec)
}

// --- calls and classes ---

export function plainInit(cls: PyType, args: PyValue[], kwnames: PyTuple | null): PyFunction | undefined {
  void args
  void kwnames
  return plainInitOf(cls)
}

export function* construct(ts: ThreadState, cls: PyType, args: PyValue[], kwnames: PyTuple | null): NativeGen {
  const kw = kwnames ? kwArgs(args, kwnames) : null
  const positional = kwnames ? args.slice(0, args.length - kwnames.items.length) : args
  return yield* constructType(ts, cls, positional, kw)
}

export function callMethodOf(callable: PyValue): PyValue | undefined {
  return special(callable, '__call__')
}

// --- with and exceptions ---

export function* beforeWith(frame: Frame, mgr: PyValue): NativeGen {
  const enter = special(mgr, '__enter__')
  const exit = special(mgr, '__exit__')
  if (enter === undefined) {
    throw typeError(`'${typeName(mgr)}' object does not support the context manager protocol`)
  }
  if (exit === undefined) {
    throw typeError(`'${typeName(mgr)}' object does not support the context manager protocol (missed __exit__ method)`)
  }
  frame.stack[frame.sp++] = yield* descriptorGet(exit, mgr, typeOf(mgr))
  frame.stack[frame.sp++] = yield* callPy(enter, [mgr])
  return None
}

export function* callExit(exit: PyValue, exc: PyBaseException): NativeGen {
  return yield* callPy(exit, [exc.cls, exc, yield* getAttrGen(exc, '__traceback__')])
}

/** CHECK_EXC_MATCH: every class named must be an exception class, even after one has matched. */
export function exceptionMatches(exc: PyBaseException, match: PyValue): boolean {
  const classes = match instanceof PyTuple ? match.items : [match]
  const isExceptionClass = (c: PyValue): c is PyType => c instanceof PyType && c.isSubtypeOf(BaseExceptionType)
  if (!classes.every(isExceptionClass)) {
    throw typeError('catching classes that do not inherit from BaseException is not allowed')
  }
  return classes.some((c) => exc.cls.isSubtypeOf(c as PyType))
}

/** RAISE_VARARGS with an operand: instantiate a class, attach the cause, and throw. */
export function* raiseValue(ts: ThreadState, value: PyValue, cause: PyValue | undefined): NativeGen {
  void ts
  const exc = yield* instantiateException(value, 'exceptions must derive from BaseException')
  if (cause !== undefined) {
    if (cause === None) exc.cause = None
    else exc.cause = yield* instantiateException(cause, 'exception causes must derive from BaseException')
    exc.suppressContext = true
  }
  throw exc
}

function* instantiateException(value: PyValue, message: string): NativeGen<PyBaseException> {
  if (value instanceof PyBaseException) return value
  if (value instanceof PyType && value.isSubtypeOf(BaseExceptionType)) {
    const exc = yield* callPy(value, [])
    if (!(exc instanceof PyBaseException)) {
      throw typeError(
        `calling ${reprFast(value)} should have returned an instance of BaseException, not ${typeName(exc)}`,
      )
    }
    return exc
  }
  throw typeError(message)
}

export function assertionErrorType(): PyType {
  return AssertionErrorType
}

/** Sets `__context__` to the exception being handled when a new one is raised, avoiding cycles as CPython does. */
export function chainContext(exc: PyBaseException, handled: PyValue): void {
  if (handled === None || handled === exc || !(handled instanceof PyBaseException)) return
  let o: PyValue = handled
  while (o instanceof PyBaseException) {
    if (o.context === exc) {
      o.context = None
      break
    }
    o = o.context
  }
  exc.context = handled
}

/** A StopIteration escaping a generator becomes RuntimeError (PEP 479). */
export function generatorExitException(gen: PyGenerator, exc: PyBaseException): PyBaseException {
  const isStop = exc.cls.isSubtypeOf(StopIterationType)
  const isAsyncStop = gen.cls === AsyncGeneratorType && exc.cls.isSubtypeOf(StopAsyncIterationType)
  if (!isStop && !isAsyncStop) return exc
  const kind =
    gen.cls === CoroutineType ? 'coroutine' : gen.cls === AsyncGeneratorType ? 'async generator' : 'generator'
  const what = isStop ? 'StopIteration' : 'StopAsyncIteration'
  const error = newException(RuntimeErrorType, `${kind} raised ${what}`)
  error.cause = exc
  error.context = exc
  error.suppressContext = true
  return error
}

export function alreadyRunning(gen: PyGenerator): PyBaseException {
  return valueError(`${gen.cls === CoroutineType ? 'coroutine' : 'generator'} already executing`)
}

/** Whatever a built-in threw, as a Python exception (host errors become SystemError, never a crash). */
export function toPyException(error: unknown): PyBaseException {
  if (error instanceof PyBaseException) return error
  if (error instanceof FormatError) {
    const cls =
      error.pyType === 'TypeError'
        ? TypeErrorType
        : error.pyType === 'OverflowError'
          ? OverflowErrorType
          : ValueErrorType
    return newException(cls, error.message)
  }
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return newException(RecursionErrorType, 'maximum recursion depth exceeded')
  }
  const message = error instanceof Error ? error.message : String(error)
  return systemError(`internal error in the simulator: ${message}`)
}

// --- coroutines ---

/** SEND to a receiver that is not a plain generator: `send()` or `__next__()`, StopIteration ends the loop. */
export function* send(frame: Frame, receiver: PyValue, value: PyValue, target: number): NativeGen {
  try {
    let r: PyValue | undefined
    if (receiver instanceof PyGenerator) {
      const result = yield* resumePy(receiver, value)
      if (result.done) {
        frame.stack[frame.sp - 1] = result.value
        frame.pc = target
        return None
      }
      r = result.value
    } else if (value === None && (receiver instanceof NativeIterator || special(receiver, '__next__') !== undefined)) {
      if (receiver instanceof NativeIterator) {
        r = receiver.next()
        if (r === undefined) {
          frame.stack[frame.sp - 1] = None
          frame.pc = target
          return None
        }
      } else {
        r = yield* callSpecial(receiver, '__next__')
      }
    } else {
      r = yield* callPy(yield* getAttrGen(receiver, 'send'), [value])
    }
    frame.stack[frame.sp++] = r!
  } catch (error) {
    if (isException(error) && error.cls.isSubtypeOf(StopIterationType)) {
      frame.stack[frame.sp - 1] = stopIterationValue(error)
      frame.pc = target
      return None
    }
    throw error
  }
  return None
}

export function stopIterationValue(exc: PyBaseException): PyValue {
  return exc.args.items.length ? exc.args.items[0] : None
}

export function wrapAsyncGenValue(v: PyValue): PyValue {
  return asyncGenWrap(v)
}

export function* asyncOp(ts: ThreadState, frame: Frame, op: Op): NativeGen {
  return yield* asyncIterOp(ts, frame, op)
}

export { len, typeError, PyBool, canonicalKey }
