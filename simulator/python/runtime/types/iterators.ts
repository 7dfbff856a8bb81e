import { builtinType, plainAlloc, PyObject, type PyType, type PyValue } from '../object'

/**
 * A built-in iterator that can produce its next value without running Python code: FOR_ITER and natives call
 * `next()` directly. It returns undefined when exhausted.
 */
export abstract class NativeIterator extends PyObject {
  abstract next(): PyValue | undefined

  /** What `__length_hint__` reports: the items left, when the iterator knows. */
  lengthHint(): number | undefined {
    return undefined
  }
}

/** Native iterator types get `__iter__` and `__next__` from the builtins (see builtins/types/iterators). */
export const nativeIteratorTypes: PyType[] = []

function iteratorType(name: string): PyType {
  const t = builtinType(name, undefined, plainAlloc)
  nativeIteratorTypes.push(t)
  return t
}

export const ListIteratorType = iteratorType('list_iterator')
export const ListReverseIteratorType = iteratorType('list_reverseiterator')
export const TupleIteratorType = iteratorType('tuple_iterator')
export const RangeIteratorType = iteratorType('range_iterator')
export const StrIteratorType = iteratorType('str_ascii_iterator')
export const StrNonAsciiIteratorType = iteratorType('str_iterator')
export const ArrayIteratorType = iteratorType('iterator')

/** Iterates a JS array that may grow while iterating (a list), reading its length on each step as CPython does. */
export class SequenceIterator extends NativeIterator {
  index = 0
  constructor(
    readonly items: () => PyValue[],
    cls: PyType,
  ) {
    super(cls)
  }

  next(): PyValue | undefined {
    const items = this.items()
    if (this.index < items.length) return items[this.index++]
    this.index = Infinity
    return undefined
  }

  override lengthHint(): number {
    return Math.max(0, this.items().length - this.index)
  }
}

export class ReverseSequenceIterator extends NativeIterator {
  index: number
  constructor(
    readonly items: () => PyValue[],
    cls: PyType,
  ) {
    super(cls)
    this.index = items().length - 1
  }

  next(): PyValue | undefined {
    const items = this.items()
    if (this.index >= 0 && this.index < items.length) return items[this.index--]
    this.index = -1
    return undefined
  }

  override lengthHint(): number {
    return this.index >= 0 && this.index < this.items().length ? this.index + 1 : 0
  }
}

export class RangeIterator extends NativeIterator {
  private i = 0
  constructor(
    private current: number,
    private readonly step: number,
    private readonly length: number,
  ) {
    super(RangeIteratorType)
  }

  next(): PyValue | undefined {
    if (this.i >= this.length) return undefined
    this.i++
    const v = this.current
    this.current += this.step
    return v
  }

  override lengthHint(): number {
    return this.length - this.i
  }
}

/** Iterates a string by code point, as Python does (astral characters are one item). */
export class StrIterator extends NativeIterator {
  private i = 0
  constructor(private readonly s: string) {
    // CPython 3.11 iterates ASCII-only strings with a type of their own
    super(/^[^\u0080-\uffff]*$/.test(s) ? StrIteratorType : StrNonAsciiIteratorType)
  }

  next(): PyValue | undefined {
    const s = this.s
    if (this.i >= s.length) return undefined
    const c = s.charCodeAt(this.i)
    if (c >= 0xd800 && c < 0xdc00 && this.i + 1 < s.length) {
      const ch = s.slice(this.i, this.i + 2)
      this.i += 2
      return ch
    }
    return s[this.i++]
  }
}

/** A snapshot iterator over values computed up front (dict views, sets), guarded against resizing. */
export class ArrayIterator extends NativeIterator {
  private i = 0
  constructor(
    private readonly values: PyValue[],
    cls: PyType = ArrayIteratorType,
    /** Checked before each step: throws when the underlying container changed size. */
    private readonly check: (() => void) | null = null,
  ) {
    super(cls)
  }

  next(): PyValue | undefined {
    this.check?.()
    if (this.i >= this.values.length) return undefined
    return this.values[this.i++]
  }
}
