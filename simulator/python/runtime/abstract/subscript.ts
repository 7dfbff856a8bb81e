// Subscripts of built-in sequences and mappings: indexes, slices, and CPython's messages when they fail.
import { indexError, keyError, typeError, valueError } from '../errors'
import { descriptorGet } from './attr'
import { callPy, type NativeGen } from '../native'
import { None, PyType, type PyValue } from '../object'
import { typeName } from '../type-of'
import { PyBool } from '../types/bool'
import { PyBytes } from '../types/bytes'
import { DictType, PyDict } from '../types/dict'
import { PyList } from '../types/list'
import { PyRange } from '../types/range'
import { PySlice } from '../types/slice'
import { codePoints, hasSurrogates, strAt, strAtPrefix, strLen } from '../types/str-index'
import { PyTuple, pyTuple } from '../types/tuple'
import { special } from './call'
import { dictGetOrRaise } from './dict-ops'
import { asInt } from './numeric'
import { rangeIndex, rangeSlice } from './range-ops'

/** An index value: an int, a bool, or (through `__index__`) undefined for the caller to resolve. */
function indexValue(key: PyValue): number | bigint | undefined {
  if (typeof key === 'number' || typeof key === 'bigint') return key
  if (key instanceof PyBool) return key.value ? 1 : 0
  return undefined
}

/** Normalises an index against a length; undefined when out of range. */
export function sequenceIndex(i: number | bigint, length: number): number | undefined {
  if (typeof i === 'bigint') return undefined
  const j = i < 0 ? i + length : i
  return j >= 0 && j < length ? j : undefined
}

function sliceBound(v: PyValue, name: string): number | undefined {
  if (v === None) return undefined
  const i = asInt(v)
  if (i === undefined) throw typeError('slice indices must be integers or None or have an __index__ method')
  void name
  if (typeof i === 'bigint') return i < 0n ? -Infinity : Infinity
  return i
}

/** PySlice_GetIndicesEx: start, stop and step clamped to a sequence of `length` items. */
export function sliceIndices(s: PySlice, length: number): [number, number, number] {
  const step = sliceBound(s.step, 'step') ?? 1
  if (step === 0) throw valueError('slice step cannot be zero')
  const lower = step < 0 ? -1 : 0
  const upper = step < 0 ? length - 1 : length
  const clamp = (v: number | undefined, dflt: number) => {
    if (v === undefined) return dflt
    if (v < 0) return Math.max(v + length, lower)
    return Math.min(v, upper)
  }
  const start = clamp(sliceBound(s.start, 'start'), step < 0 ? upper : lower)
  const stop = clamp(sliceBound(s.stop, 'stop'), step < 0 ? lower : upper)
  return [start, stop, step]
}

export function sliceItems<T>(items: T[], s: PySlice): T[] {
  const [start, stop, step] = sliceIndices(s, items.length)
  if (step === 1) return items.slice(start, Math.max(start, stop))
  const out: T[] = []
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(items[i])
  return out
}

function strSlice(s: string, slice: PySlice): string {
  if (!hasSurrogates(s)) {
    const [start, stop, step] = sliceIndices(slice, s.length)
    if (step === 1) return s.slice(start, Math.max(start, stop))
    let out = ''
    for (let i = start; step > 0 ? i < stop : i > stop; i += step) out += s[i]
    return out
  }
  return sliceItems(codePoints(s), slice).join('')
}

/** Subscript of a built-in value when no Python code is needed; undefined otherwise (or to raise in the slow path). */
export function subscriptFast(container: PyValue, key: PyValue): PyValue | undefined {
  const i = indexValue(key)
  if (typeof container === 'string') {
    if (typeof i === 'number' && i >= 0) {
      const c = strAtPrefix(container, i)
      if (c !== undefined) return c
    }
    if (i !== undefined) {
      const j = sequenceIndex(i, strLen(container))
      return j === undefined ? undefined : strAt(container, j)
    }
    if (key instanceof PySlice) return strSlice(container, key)
    return undefined
  }
  if (typeof container !== 'object' || !container.cls.builtin) return undefined
  if (container instanceof PyList || container instanceof PyTuple) {
    if (i !== undefined) {
      const j = sequenceIndex(i, container.items.length)
      return j === undefined ? undefined : container.items[j]
    }
    if (key instanceof PySlice) {
      if (container instanceof PyList) return new PyList(sliceItems(container.items, key))
      const [start, stop, step] = sliceIndices(key, container.items.length)
      // A whole exact tuple is its own slice, as in CPython.
      if (start === 0 && step === 1 && stop >= container.items.length) return container
      return pyTuple(sliceItems(container.items, key))
    }
    return undefined
  }
  if (container instanceof PyRange) {
    if (i !== undefined) {
      const j = rangeIndex(container, i)
      return j === undefined ? undefined : container.item(j)
    }
    if (key instanceof PySlice) return rangeSlice(container, key)
  }
  if (container instanceof PyBytes) {
    if (i !== undefined) {
      const j = sequenceIndex(i, container.bytes.length)
      return j === undefined ? undefined : container.bytes[j]
    }
    if (key instanceof PySlice) return new PyBytes(Uint8Array.from(sliceItems(Array.from(container.bytes), key)))
  }
  return undefined
}

/** Each built-in sequence's IndexError message and the noun of its TypeError for a bad index. */
const indexErrors: [new (...a: never[]) => object, string, string][] = [
  [PyList, 'list index out of range', 'list'],
  [PyTuple, 'tuple index out of range', 'tuple'],
  [PyRange, 'range object index out of range', 'range'],
  [PyBytes, 'index out of range', 'byte'],
]

/** The general subscript: `__getitem__` of user classes, `__class_getitem__`, `__index__` keys, and errors. */
export function* subscriptSlow(container: PyValue, key: PyValue): NativeGen {
  if (container instanceof PyDict) {
    if (container.cls.builtin || special(container, '__getitem__') === undefined) {
      return yield* dictGetOrMissing(container, key)
    }
  }
  const getitem = special(container, '__getitem__')
  if (getitem !== undefined && typeof container === 'object' && !container.cls.builtin) {
    return yield* callPy(getitem, [container, key])
  }
  if (typeof key === 'object' && !(key instanceof PySlice) && indexValue(key) === undefined) {
    const index = special(key, '__index__')
    if (index !== undefined) {
      const i = yield* callPy(index, [key])
      return yield* subscriptSlow(container, i)
    }
  }
  const fast = subscriptFast(container, key)
  if (fast !== undefined) return fast
  if (container instanceof PyType) {
    const cgi = container.lookup('__class_getitem__')
    if (cgi !== undefined) return yield* callPy(yield* descriptorGet(cgi, null, container), [key])
    if (container.builtin) return container
    throw typeError(`type '${container.name}' is not subscriptable`)
  }
  if (typeof container === 'string') {
    if (indexValue(key) !== undefined) throw indexError('string index out of range')
    throw typeError(`string indices must be integers, not '${typeName(key)}'`)
  }
  for (const [cls, outOfRange, noun] of indexErrors) {
    if (container instanceof cls) {
      if (indexValue(key) !== undefined) throw indexError(outOfRange)
      throw typeError(`${noun} indices must be integers or slices, not ${typeName(key)}`)
    }
  }
  if (getitem !== undefined) return yield* callPy(getitem, [container, key])
  throw typeError(`'${typeName(container)}' object is not subscriptable`)
}

function* dictGetOrMissing(d: PyDict, key: PyValue): NativeGen {
  // Subclasses of dict, built-in ones too (collections.defaultdict), may define __missing__.
  if (d.cls !== DictType) {
    try {
      return yield* dictGetOrRaise(d, key)
    } catch (error) {
      const missing = special(d, '__missing__')
      if (missing === undefined) throw error
      return yield* callPy(missing, [d, key])
    }
  }
  return yield* dictGetOrRaise(d, key)
}

/** Item assignment on built-in lists (int index); false when the slow path must act or raise. */
export function storeSubscriptBuiltin(container: PyValue, key: PyValue, value: PyValue): boolean {
  if (!(container instanceof PyList) || !container.cls.builtin) return false
  const i = indexValue(key)
  if (i === undefined) {
    if (key instanceof PySlice) return false
    throw typeError(`list indices must be integers or slices, not ${typeName(key)}`)
  }
  const j = sequenceIndex(i, container.items.length)
  if (j === undefined) throw indexError('list assignment index out of range')
  container.items[j] = value
  return true
}

export function deleteSubscriptBuiltin(container: PyValue, key: PyValue): boolean {
  if (!(container instanceof PyList) || !container.cls.builtin) return false
  const i = indexValue(key)
  if (i !== undefined) {
    const j = sequenceIndex(i, container.items.length)
    if (j === undefined) throw indexError('list assignment index out of range')
    container.items.splice(j, 1)
    return true
  }
  if (key instanceof PySlice) {
    const [start, stop, step] = sliceIndices(key, container.items.length)
    if (step === 1) {
      container.items.splice(start, Math.max(0, stop - start))
      return true
    }
    const drop = new Set<number>()
    for (let k = start; step > 0 ? k < stop : k > stop; k += step) drop.add(k)
    container.items = container.items.filter((_, k) => !drop.has(k))
    return true
  }
  throw typeError(`list indices must be integers or slices, not ${typeName(key)}`)
}

export { keyError }
