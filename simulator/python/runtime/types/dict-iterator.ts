import { runtimeError } from '../errors'
import { builtinType, plainAlloc, type PyType, type PyValue } from '../object'
import type { PyDict } from './dict'
import { NativeIterator, nativeIteratorTypes } from './iterators'
import { PyTuple } from './tuple'

/** What a dict iterator yields. */
export const enum DictPart {
  KEYS,
  VALUES,
  ITEMS,
}

function iteratorType(name: string): PyType {
  const t = builtinType(name, undefined, plainAlloc)
  nativeIteratorTypes.push(t)
  return t
}

const forwardTypes = [
  iteratorType('dict_keyiterator'),
  iteratorType('dict_valueiterator'),
  iteratorType('dict_itemiterator'),
]
const reverseTypes = [
  iteratorType('dict_reversekeyiterator'),
  iteratorType('dict_reversevalueiterator'),
  iteratorType('dict_reverseitemiterator'),
]

function partOf(dict: PyDict, canonical: unknown, value: PyValue, part: DictPart): PyValue {
  if (part === DictPart.VALUES) return value
  const key = dict.keyOf(canonical)
  return part === DictPart.KEYS ? key : new PyTuple([key, value])
}

/** The map's own live iterator for what is wanted, so that `for k in d` builds no entry pairs. */
function mapIterator(dict: PyDict, part: DictPart): Iterator<unknown> {
  if (part === DictPart.KEYS) return dict.map.keys()
  return part === DictPart.VALUES ? dict.map.values() : dict.map.entries()
}

/**
 * `dictiter_iternext*`: follows the live entries in insertion order, so keys added while iterating are reached, as
 * in CPython; a change of size raises (and keeps raising), and so does finding more entries than the dict had.
 */
export class DictIterator extends NativeIterator {
  private entries: Iterator<unknown> | null
  private used: number
  private remaining: number

  constructor(
    private readonly dict: PyDict,
    private readonly part: DictPart,
  ) {
    super(forwardTypes[part])
    this.entries = mapIterator(dict, part)
    this.used = dict.size
    this.remaining = dict.size
  }

  next(): PyValue | undefined {
    if (this.entries === null) return undefined
    if (this.used !== this.dict.size) {
      this.used = -1
      throw runtimeError('dictionary changed size during iteration')
    }
    const step = this.entries.next()
    if (step.done) {
      this.entries = null
      return undefined
    }
    if (this.remaining === 0) {
      this.entries = null
      throw runtimeError('dictionary keys changed during iteration')
    }
    this.remaining--
    if (this.part === DictPart.KEYS) return this.dict.keyOf(step.value)
    if (this.part === DictPart.VALUES) return step.value as PyValue
    const [canonical, value] = step.value as [unknown, PyValue]
    return new PyTuple([this.dict.keyOf(canonical), value])
  }

  override lengthHint(): number {
    return this.entries !== null && this.used === this.dict.size ? this.remaining : 0
  }
}

/** `dictreviter_iternext`: from the last entry back; entries deleted meanwhile are skipped, new ones not reached. */
export class DictReverseIterator extends NativeIterator {
  private readonly keys: unknown[]
  private index: number
  private used: number

  constructor(
    private readonly dict: PyDict,
    private readonly part: DictPart,
  ) {
    super(reverseTypes[part])
    this.keys = [...dict.map.keys()]
    this.index = this.keys.length - 1
    this.used = dict.size
  }

  next(): PyValue | undefined {
    if (this.used !== this.dict.size) {
      this.used = -1
      throw runtimeError('dictionary changed size during iteration')
    }
    const map = this.dict.map
    while (this.index >= 0) {
      const canonical = this.keys[this.index--]
      const value = map.get(canonical)
      if (value !== undefined) return partOf(this.dict, canonical, value, this.part)
    }
    return undefined
  }

  override lengthHint(): number {
    return this.used === this.dict.size ? Math.max(0, this.index + 1) : 0
  }
}
