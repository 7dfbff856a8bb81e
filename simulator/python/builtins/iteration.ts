// Built-ins that consume or wrap iterables: iter, enumerate, zip, map, filter, reversed, sorted, min, max, sum.
import { BinaryOp, CompareOp } from '../compiler/opcodes'
import { enterRecursiveCall, leaveRecursiveCall, whileCalling } from '../runtime/recursion'
import { asIndex } from '../runtime/abstract/as-index'
import { special } from '../runtime/abstract/call'
import { compareFast, equal, richCompare } from '../runtime/abstract/compare'
import { iter, next, nextRequest, nextValue, toArray } from '../runtime/abstract/iter'
import { len } from '../runtime/abstract/length'
import { intAdd, type PyInt } from '../runtime/abstract/int-ops'
import { numericBinary } from '../runtime/abstract/numeric'
import { subscriptSlow } from '../runtime/abstract/subscript'
import { truth } from '../runtime/abstract/truth'
import { isException, typeError, valueError } from '../runtime/errors'
import { callPy, type KwArgs, type NativeGen } from '../runtime/native'
import { None, type PyValue } from '../runtime/object'
import { typeName } from '../runtime/type-of'
import { PyBool } from '../runtime/types/bool'
import { PyBytes } from '../runtime/types/bytes'
import { PyDict } from '../runtime/types/dict'
import { IndexErrorType, StopIterationType } from '../runtime/types/exceptions'
import { PyFloat } from '../runtime/types/float'
import { PyGenerator } from '../runtime/types/generator'
import { resumable } from '../runtime/types/function'
import { NativeIterator, ReverseSequenceIterator, ListReverseIteratorType } from '../runtime/types/iterators'
import { SteppingIterator, steppingIteratorType } from '../runtime/types/stepping-iterator'
import { ListType, PyList } from '../runtime/types/list'
import { PyTuple, pyTuple } from '../runtime/types/tuple'
import { strOf } from '../runtime/types/str-subclass'
import { binaryOp } from '../vm/slow-ops'
import { arity, method, noKeywords } from './define'
import { isCallable } from './functions'
import { sortInPlace } from './timsort'

export const EnumerateType = steppingIteratorType('enumerate')
export const ZipType = steppingIteratorType('zip')
export const MapType = steppingIteratorType('map')
export const FilterType = steppingIteratorType('filter')

class Enumerate extends SteppingIterator {
  constructor(
    readonly source: PyValue,
    public count: number | bigint,
  ) {
    super(EnumerateType)
  }

  *step(): NativeGen<PyValue | undefined> {
    const v = yield* next(this.source)
    if (v === undefined) return undefined
    const i = this.count
    this.count = numericBinary(i, 1, BinaryOp.ADD) as number | bigint
    return pyTuple([i, v])
  }
}

class Zip extends SteppingIterator {
  constructor(
    readonly sources: PyValue[],
    readonly strict: boolean,
  ) {
    super(ZipType)
  }

  *step(): NativeGen<PyValue | undefined> {
    if (this.sources.length === 0) return undefined
    const items: PyValue[] = []
    for (let i = 0; i < this.sources.length; i++) {
      const v = yield* next(this.sources[i])
      if (v === undefined) {
        if (this.strict) yield* this.checkStrict(i)
        return undefined
      }
      items.push(v)
    }
    return pyTuple(items)
  }

  private *checkStrict(exhausted: number): NativeGen<void> {
    if (exhausted > 0) {
      const plural = exhausted === 1 ? ' ' : 's 1-'
      throw valueError(`zip() argument ${exhausted + 1} is shorter than argument${plural}${exhausted}`)
    }
    for (let i = 1; i < this.sources.length; i++) {
      if ((yield* next(this.sources[i])) !== undefined) {
        const plural = i === 1 ? ' ' : 's 1-'
        throw valueError(`zip() argument ${i + 1} is longer than argument${plural}${i}`)
      }
    }
  }
}

class MapIterator extends SteppingIterator {
  constructor(
    readonly fn: PyValue,
    readonly sources: PyValue[],
  ) {
    super(MapType)
  }

  *step(): NativeGen<PyValue | undefined> {
    const args: PyValue[] = []
    for (const s of this.sources) {
      const v = yield* next(s)
      if (v === undefined) return undefined
      args.push(v)
    }
    return yield* callPy(this.fn, args)
  }
}

class FilterIterator extends SteppingIterator {
  constructor(
    readonly fn: PyValue,
    readonly source: PyValue,
  ) {
    super(FilterType)
  }

  *step(): NativeGen<PyValue | undefined> {
    for (;;) {
      const v = yield* next(this.source)
      if (v === undefined) return undefined
      const keep = this.fn === None ? v : yield* callPy(this.fn, [v])
      if (keep instanceof PyBool ? keep.value : yield* truth(keep)) return v
    }
  }
}

const enumerate = resumable('enumerate', function* (_ts, args, kw) {
  if (kw) for (const k of kw.keys()) if (k !== 'iterable' && k !== 'start') throw invalidKeyword(k, 'enumerate')
  const iterable = args[0] ?? kw?.get('iterable')
  const start = args[1] ?? kw?.get('start') ?? 0
  if (iterable === undefined) throw typeError("enumerate() missing required argument 'iterable'")
  const it = yield* iter(iterable)
  return new Enumerate(it, yield* asIndex(start))
})

function invalidKeyword(name: string, fn: string) {
  return typeError(`'${name}' is an invalid keyword argument for ${fn}()`)
}

const zip = resumable('zip', function* (_ts, args, kw) {
  let strict = false
  if (kw) {
    for (const [k, v] of kw) {
      if (k !== 'strict') throw invalidKeyword(k, 'zip')
      strict = yield* truth(v)
    }
  }
  const sources: PyValue[] = []
  for (const arg of args) sources.push(yield* iter(arg))
  return new Zip(sources, strict)
})

const map = resumable('map', function* (_ts, args) {
  if (args.length < 2) throw typeError('map() must have at least two arguments.')
  const sources: PyValue[] = []
  for (let i = 1; i < args.length; i++) sources.push(yield* iter(args[i]))
  return new MapIterator(args[0], sources)
})

const filter = resumable('filter', function* (_ts, args) {
  arity('filter', args, 2)
  return new FilterIterator(args[0], yield* iter(args[1]))
})

export const ReversedType = steppingIteratorType('reversed')

/** `reversed(seq)` for a sequence without `__reversed__`: `seq[len - 1]` down to `seq[0]`, each fetched when due. */
class Reversed extends SteppingIterator {
  constructor(
    private seq: PyValue | null,
    private index: number,
  ) {
    super(ReversedType)
  }

  *step(): NativeGen<PyValue | undefined> {
    if (this.seq !== null && this.index >= 0) {
      try {
        const item = yield* subscriptSlow(this.seq, this.index)
        this.index--
        return item
      } catch (error) {
        const ends =
          isException(error) && (error.cls.isSubtypeOf(IndexErrorType) || error.cls.isSubtypeOf(StopIterationType))
        if (!ends) throw error
      }
    }
    this.index = -1
    this.seq = null
    return undefined
  }

  lengthHint(): number {
    return this.seq === null ? 0 : this.index + 1
  }
}
method(ReversedType, '__length_hint__', (_ts, a) => (a[0] as Reversed).lengthHint())

/** `PySequence_Check`: indexable by position — a str, or a `__getitem__` outside dicts. */
function isSequence(v: PyValue): boolean {
  return typeof v === 'string' || (!(v instanceof PyDict) && special(v, '__getitem__') !== undefined)
}

const reversed = resumable('reversed', function* (_ts, args, kw) {
  noKeywords('reversed', kw)
  if (args.length !== 1) throw typeError(`reversed expected 1 argument, got ${args.length}`)
  const v = args[0]
  if (v instanceof PyList && v.cls === ListType) {
    return new ReverseSequenceIterator(() => v.items, ListReverseIteratorType)
  }
  const custom = special(v, '__reversed__')
  if (custom !== undefined && custom !== None) return yield* callPy(custom, [v])
  if (custom === None || !isSequence(v)) throw typeError(`'${typeName(v)}' object is not reversible`)
  return new Reversed(v, (yield* len(v)) - 1)
})

export const CallableIteratorType = steppingIteratorType('callable_iterator')

/** `iter(fn, sentinel)`: calls `fn()` until it returns the sentinel (compared first) or raises StopIteration. */
class CallableIterator extends SteppingIterator {
  constructor(
    private fn: PyValue | null,
    private readonly sentinel: PyValue,
  ) {
    super(CallableIteratorType)
  }

  *step(): NativeGen<PyValue | undefined> {
    if (this.fn === null) return undefined
    let v: PyValue
    try {
      v = yield* callPy(this.fn, [])
    } catch (error) {
      if (!isException(error) || !error.cls.isSubtypeOf(StopIterationType)) throw error
      this.fn = null
      return undefined
    }
    if (!(yield* equal(this.sentinel, v))) return v
    this.fn = null
    return undefined
  }
}

const iterBuiltin = resumable('iter', function* (_ts, args, kw) {
  noKeywords('iter', kw)
  arity('iter', args, 1, 2)
  if (args.length === 1) return yield* iter(args[0])
  if (!isCallable(args[0])) throw typeError('iter(v, w): v must be callable')
  return new CallableIterator(args[0], args[1])
})

// --- sorting ---

/** `a < b` as a bool, natively when possible. */
function* lessThan(a: PyValue, b: PyValue): NativeGen<boolean> {
  const fast = compareFast(a, b, CompareOp.LT)
  if (fast !== undefined) return fast
  const r = yield* richCompare(a, b, CompareOp.LT)
  return r instanceof PyBool ? r.value : yield* truth(r)
}

/** Sorts on `<` only, as list.sort: plain keys natively, others through CPython's exact comparison sequence. */
export function* sortValues(items: PyValue[], keys: PyValue[], reverse: boolean): NativeGen<PyValue[]> {
  const n = items.length
  const allFast =
    keys.every((k) => typeof k === 'number' || typeof k === 'string') &&
    (keys.every((k) => typeof k === 'number') || keys.every((k) => typeof k === 'string'))
  if (allFast) {
    const order = Array.from({ length: n }, (_, i) => i)
    const cmp = (i: number, j: number) => {
      const a = keys[i] as number | string
      const b = keys[j] as number | string
      if (reverse) return a > b ? -1 : a < b ? 1 : 0
      return a < b ? -1 : a > b ? 1 : 0
    }
    if (typeof keys[0] === 'string') {
      order.sort((i, j) => {
        const c = compareFast(keys[i], keys[j], CompareOp.LT) ? -1 : compareFast(keys[j], keys[i], CompareOp.LT) ? 1 : 0
        return reverse ? -c : c
      })
    } else {
      order.sort(cmp)
    }
    return order.map((i) => items[i])
  }
  const values = items === keys ? null : items
  yield* sortInPlace(keys, values, reverse, lessThan)
  return values ?? keys
}

/** Sorts `items` in place by `key`; if a comparison raises, `items` is left partly sorted, as CPython leaves it. */
export function* sortKeyed(items: PyValue[], key: PyValue, reverse: boolean): NativeGen<PyValue[]> {
  if (key === None) return yield* sortValues(items, items, reverse)
  const keys: PyValue[] = []
  for (const x of items) keys.push(yield* callPy(key, [x]))
  return yield* sortValues(items, keys, reverse)
}

function sortOptions(fn: string, kw: KwArgs | null): { key: PyValue; reverse: PyValue } {
  let key: PyValue = None
  let reverse: PyValue = PyBool.prototype === undefined ? None : falseValue()
  if (kw) {
    for (const [k, v] of kw) {
      if (k === 'key') key = v
      else if (k === 'reverse') reverse = v
      else throw typeError(`'${k}' is an invalid keyword argument for ${fn}()`)
    }
  }
  return { key, reverse }
}

import { False } from '../runtime/types/bool'
function falseValue(): PyValue {
  return False
}

export function* sortList(list: PyList, kw: KwArgs | null): NativeGen<void> {
  const { key, reverse } = sortOptions('sort', kw)
  const items = list.items
  list.items = []
  let sorted: PyValue[]
  try {
    sorted = yield* sortKeyed(items, key, yield* truth(reverse))
  } catch (error) {
    // The list keeps what the sort left (partly sorted), replacing anything added meanwhile.
    list.items = items
    throw error
  }
  const modified = list.items.length > 0
  list.items = sorted
  if (modified) throw valueError('list modified during sort')
}

const sorted = resumable('sorted', function* (_ts, args, kw) {
  if (args.length !== 1) throw typeError(`sorted expected 1 argument, got ${args.length}`)
  const items = yield* toArray(args[0])
  const { key, reverse } = sortOptions('sort', kw)
  // sorted() sorts through a call of list.sort, which holds its recursion check.
  enterRecursiveCall(whileCalling)
  try {
    return new PyList(yield* sortKeyed(items, key, yield* truth(reverse)))
  } finally {
    leaveRecursiveCall()
  }
})

/** `min_max`: one pass, each key computed when its item arrives; ties keep the first item. */
function minMax(name: 'min' | 'max') {
  const op = name === 'min' ? CompareOp.LT : CompareOp.GT
  return resumable(name, function* (_ts, args, kw) {
    if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`)
    let key: PyValue = None
    let dflt: PyValue | undefined
    if (kw) {
      for (const [k, v] of kw) {
        if (k === 'key') key = v
        else if (k === 'default') dflt = v
        else throw invalidKeyword(k, name)
      }
    }
    const positional = args.length > 1
    if (positional && dflt !== undefined) {
      throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`)
    }
    const it = yield* iter(positional ? new PyTuple(args) : args[0])
    let best: PyValue | undefined
    let bestKey: PyValue = None
    for (;;) {
      const item = it instanceof NativeIterator ? it.next() : yield* next(it)
      if (item === undefined) break
      const k = key === None ? item : yield* callPy(key, [item])
      if (best === undefined) {
        best = item
        bestKey = k
        continue
      }
      const better = compareFast(k, bestKey, op) ?? (yield* truth(yield* richCompare(k, bestKey, op)))
      if (better) {
        best = item
        bestKey = k
      }
    }
    if (best !== undefined) return best
    if (dflt !== undefined) return dflt
    throw valueError(`${name}() arg is an empty sequence`)
  })
}

/** The start values `sum` refuses, pointing to `join` instead. */
function refusedStart(start: PyValue): string | undefined {
  if (strOf(start) !== undefined) return "sum() can't sum strings [use ''.join(seq) instead]"
  if (start instanceof PyBytes) return `sum() can't sum ${typeName(start)} [use b''.join(seq) instead]`
  return undefined
}

const sum = resumable('sum', function* (_ts, args, kw) {
  if (args.length === 0) throw typeError('sum() takes at least 1 positional argument (0 given)')
  let total: PyValue = args[1] ?? 0
  if (kw) {
    for (const [k, v] of kw) {
      if (k !== 'start') throw invalidKeyword(k, 'sum')
      if (args.length > 1) throw typeError("argument for sum() given by name ('start') and position (2)")
      total = v
    }
  }
  const given = args.length + (kw?.size ?? 0)
  if (given > 2) throw typeError(`sum() takes at most 2 arguments (${given} given)`)
  const refused = refusedStart(total)
  if (refused !== undefined) throw typeError(refused)
  const it = yield* iter(args[0])
  // Ints added to an int total but not yet folded into it: a safe integer, so that a total beyond 2**53 does not
  // make a bigint per item (CPython's sum likewise adds in a C long until it overflows). Int addition is exact.
  let pending = 0
  const resume = it instanceof PyGenerator ? nextRequest(it) : null
  for (;;) {
    const v = it instanceof NativeIterator ? it.next() : resume !== null ? nextValue(yield resume) : yield* next(it)
    if (typeof v === 'number' && (typeof total === 'number' || typeof total === 'bigint')) {
      const p = pending + v
      if (Number.isSafeInteger(p)) {
        pending = p
        continue
      }
    }
    if (pending !== 0) {
      total = intAdd(total as PyInt, pending)
      pending = 0
    }
    if (v === undefined) return total
    total = numericBinary(total, v, BinaryOp.ADD) ?? (yield* binaryOp(total, v, BinaryOp.ADD))
  }
})

export function iterationFunctions(): [string, PyValue][] {
  return [
    ['iter', iterBuiltin],
    ['enumerate', enumerate],
    ['zip', zip],
    ['map', map],
    ['filter', filter],
    ['reversed', reversed],
    ['sorted', sorted],
    ['min', minMax('min')],
    ['max', minMax('max')],
    ['sum', sum],
  ]
}

export { NativeIterator, PyFloat }
