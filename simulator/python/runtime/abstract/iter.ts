// The iteration protocol: iter() and next(), with built-in iterators stepping natively and generators,
// `__iter__`/`__next__` classes and the old `__getitem__` protocol going through Python.
import { isException, typeError } from '../errors'
import { callPy, RequestKind, resumePy, type NativeGen, type ResumeRequest, type ResumeResult } from '../native'
import { None, PyObject, type PyValue } from '../object'
import { typeOf } from '../type-of'
import { PyDict } from '../types/dict'
import { DictIterator, DictPart } from '../types/dict-iterator'
import { IndexErrorType, newException, StopIterationType, TypeErrorType } from '../types/exceptions'
import { PyGenerator } from '../types/generator'
import { ListIteratorType, NativeIterator, SequenceIterator, StrIterator, TupleIteratorType } from '../types/iterators'
import { PyList } from '../types/list'
import { PyRange } from '../types/range'
import { rangeIterator } from '../types/range-iterator'
import { SteppingIterator } from '../types/stepping-iterator'
import { PyTuple } from '../types/tuple'
import { callSpecial, special } from './call'

/** Containers that build their own native iterator (sets, dict views, deques) register here. */
const nativeIterables: ((v: PyValue) => NativeIterator | undefined)[] = []

export function registerIterable(fn: (v: PyValue) => NativeIterator | undefined): void {
  nativeIterables.push(fn)
}

/** iter(v) for built-in iterables, or undefined when Python code is involved. */
export function iterFast(v: PyValue): PyValue | undefined {
  if (typeof v === 'string') return new StrIterator(v)
  if (typeof v !== 'object') return undefined
  if (!v.cls.builtin && v.cls.lookup('__iter__') !== undefined) return undefined
  if (v instanceof PyList) return new SequenceIterator(() => v.items, ListIteratorType)
  if (v instanceof PyTuple) return new SequenceIterator(() => v.items, TupleIteratorType)
  if (v instanceof PyRange) return rangeIterator(v)
  if (v instanceof PyDict) return dictKeyIterator(v)
  if (v instanceof NativeIterator || v instanceof PyGenerator || v instanceof SteppingIterator) return v
  for (const fn of nativeIterables) {
    const it = fn(v)
    if (it) return it
  }
  return undefined
}

export function dictKeyIterator(d: PyDict): NativeIterator {
  return new DictIterator(d, DictPart.KEYS)
}

export function* iter(v: PyValue): NativeGen {
  const fast = iterFast(v)
  if (fast !== undefined) return fast
  const method = special(v, '__iter__')
  if (method !== undefined) {
    const it = yield* callPy(method, [v])
    if (special(it, '__next__') === undefined) {
      throw typeError(`iter() returned non-iterator of type '${typeOf(it).name}'`)
    }
    return it
  }
  if (special(v, '__getitem__') !== undefined) return new GetItemIterator(v)
  throw typeError(`'${typeOf(v).name}' object is not iterable`)
}

/**
 * For a built-in's loop over a Python generator: `nextValue(yield request)` is `yield* next(gen)` without a JS
 * generator per item. The request can be yielded again and again (the evaluation loop keeps nothing of it).
 */
export function nextRequest(gen: PyGenerator): ResumeRequest {
  return { kind: RequestKind.RESUME, gen, value: None, exc: null }
}

/** The value a generator resumed by `nextRequest` yielded, or undefined when it finished. */
export function nextValue(resumed: unknown): PyValue | undefined {
  const r = resumed as ResumeResult
  return r.done ? undefined : r.value
}

/** next(it): the value, or undefined when the iterator is exhausted. */
export function* next(it: PyValue): NativeGen<PyValue | undefined> {
  if (it instanceof NativeIterator) return it.next()
  if (it instanceof PyGenerator) {
    // resumePy's request, made here: one generator fewer on every item of a `for` over a generator in a built-in.
    const r = (yield { kind: RequestKind.RESUME, gen: it, value: None, exc: null }) as ResumeResult
    return r.done ? undefined : r.value
  }
  if (it instanceof SteppingIterator || it instanceof GetItemIterator) return yield* it.step()
  try {
    const r = yield* callSpecial(it, '__next__')
    if (r === undefined) throw typeError(`'${typeOf(it).name}' object is not an iterator`)
    return r
  } catch (error) {
    if (isException(error) && error.cls.isSubtypeOf(StopIterationType)) return undefined
    throw error
  }
}

/**
 * next(it) as the builtin does it: the value, or the iterator's own StopIteration (a generator's carries its
 * return value) propagates.
 */
export function* nextOrStop(it: PyValue): NativeGen {
  if (it instanceof PyGenerator) {
    const r = yield* resumePy(it, None)
    if (!r.done) return r.value
    throw r.value === None ? newException(StopIterationType) : newException(StopIterationType, r.value)
  }
  if (it instanceof NativeIterator || it instanceof SteppingIterator || it instanceof GetItemIterator) {
    const v = yield* next(it)
    if (v === undefined) throw newException(StopIterationType)
    return v
  }
  const r = yield* callSpecial(it, '__next__')
  if (r === undefined) throw typeError(`'${typeOf(it).name}' object is not an iterator`)
  return r
}

/** Collects an iterable's items into a JS array, fast for built-in containers. */
export function* toArray(v: PyValue): NativeGen<PyValue[]> {
  if ((v instanceof PyList || v instanceof PyTuple) && v.cls.builtin) return [...v.items]
  const it = yield* iter(v)
  const out: PyValue[] = []
  if (it instanceof NativeIterator) {
    for (let x = it.next(); x !== undefined; x = it.next()) out.push(x)
    return out
  }
  for (;;) {
    const x = yield* next(it)
    if (x === undefined) return out
    out.push(x)
  }
}

/** `PySequence_Fast`: the items of an iterable, with TypeError `message` when it is not one. */
export function* sequenceFast(v: PyValue, message: string): NativeGen<PyValue[]> {
  if ((v instanceof PyList || v instanceof PyTuple) && v.cls.builtin) return [...v.items]
  let it: PyValue
  try {
    it = yield* iter(v)
  } catch (error) {
    if (isException(error) && error.cls.isSubtypeOf(TypeErrorType)) throw typeError(message)
    throw error
  }
  return yield* toArray(it)
}

/** The sequence protocol's iterator: `__getitem__(0)`, `(1)`, … until IndexError. */
export class GetItemIterator extends PyObject {
  private index = 0
  constructor(readonly seq: PyValue) {
    super(ListIteratorType)
  }

  *step(): NativeGen<PyValue | undefined> {
    try {
      return yield* callSpecial(this.seq, '__getitem__', [this.index++])
    } catch (error) {
      if (isException(error) && (error.cls.isSubtypeOf(IndexErrorType) || error.cls.isSubtypeOf(StopIterationType))) {
        return undefined
      }
      throw error
    }
  }
}
