// itertools.takewhile, dropwhile, filterfalse, compress and islice: iterators that pass some items through.
import { iter, next } from '../../python/runtime/abstract/iter'
import { asInt } from '../../python/runtime/abstract/numeric'
import { truth } from '../../python/runtime/abstract/truth'
import { valueError } from '../../python/runtime/errors'
import { callPy, type NativeGen } from '../../python/runtime/native'
import { None, type PyType, type PyValue } from '../../python/runtime/object'
import { SteppingIterator } from '../../python/runtime/types/stepping-iterator'
import { bindArguments, noKeywords, unpackTuple } from '../common/call-args'
import { steppingType } from './iterator-types'

/** An iterator over `source` whose items a predicate is asked about. */
abstract class PredicateIterator extends SteppingIterator {
  constructor(
    readonly predicate: PyValue,
    readonly source: PyValue,
    cls: PyType,
  ) {
    super(cls)
  }

  protected *test(v: PyValue): NativeGen<boolean> {
    return yield* truth(yield* callPy(this.predicate, [v]))
  }
}

class TakeWhile extends PredicateIterator {
  private stopped = false;

  *step(): NativeGen<PyValue | undefined> {
    if (this.stopped) return undefined
    const v = yield* next(this.source)
    if (v === undefined) return undefined
    if (yield* this.test(v)) return v
    this.stopped = true
    return undefined
  }
}

class DropWhile extends PredicateIterator {
  private dropping = true;

  *step(): NativeGen<PyValue | undefined> {
    for (;;) {
      const v = yield* next(this.source)
      if (v === undefined) return undefined
      if (!this.dropping || !(yield* this.test(v))) {
        this.dropping = false
        return v
      }
    }
  }
}

class FilterFalse extends PredicateIterator {
  *step(): NativeGen<PyValue | undefined> {
    for (;;) {
      const v = yield* next(this.source)
      if (v === undefined) return undefined
      const keep = this.predicate === None ? !(yield* truth(v)) : !(yield* this.test(v))
      if (keep) return v
    }
  }
}

function predicateType(
  name: string,
  Kind: new (predicate: PyValue, source: PyValue, cls: PyType) => PredicateIterator,
) {
  return steppingType(name, function* (cls, args, kw) {
    noKeywords(name, kw)
    unpackTuple(name, args, 2, 2)
    return new Kind(args[0], yield* iter(args[1]), cls)
  })
}

export const TakeWhileType = predicateType('takewhile', TakeWhile)
export const DropWhileType = predicateType('dropwhile', DropWhile)
export const FilterFalseType = predicateType('filterfalse', FilterFalse)

class Compress extends SteppingIterator {
  constructor(
    readonly data: PyValue,
    readonly selectors: PyValue,
    cls: PyType,
  ) {
    super(cls)
  }

  *step(): NativeGen<PyValue | undefined> {
    for (;;) {
      const v = yield* next(this.data)
      if (v === undefined) return undefined
      const s = yield* next(this.selectors)
      if (s === undefined) return undefined
      if (yield* truth(s)) return v
    }
  }
}

export const CompressType = steppingType('compress', function* (cls, args, kw) {
  const [data, selectors] = bindArguments(
    { name: 'compress', positional: ['data', 'selectors'], required: 2 },
    args,
    kw,
  )
  return new Compress(yield* iter(data!), yield* iter(selectors!), cls)
})

const MAXSIZE = Number.MAX_SAFE_INTEGER
const stopMessage = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
const indicesMessage = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'

class ISlice extends SteppingIterator {
  /** Items consumed from the source so far. */
  private consumed = 0
  constructor(
    private source: PyValue | null,
    /** Index of the next item to yield. */
    private nextIndex: number,
    /** -1 for no limit. */
    readonly stop: number,
    readonly stride: number,
    cls: PyType,
  ) {
    super(cls)
  }

  *step(): NativeGen<PyValue | undefined> {
    const source = this.source
    if (source === null) return undefined
    // Never consumes more of the source than the slice needs.
    while (this.consumed < this.nextIndex) {
      if ((yield* next(source)) === undefined) return this.finish()
      this.consumed++
    }
    if (this.stop !== -1 && this.consumed >= this.stop) return this.finish()
    const v = yield* next(source)
    if (v === undefined) return this.finish()
    this.consumed++
    this.nextIndex += this.stride
    if (this.stop !== -1 && this.nextIndex > this.stop) this.nextIndex = this.stop
    return v
  }

  private finish(): undefined {
    this.source = null
    return undefined
  }
}

/** PyLong_AsSsize_t: an int (or bool) in range, else undefined. */
function sizeOf(v: PyValue): number | undefined {
  const i = asInt(v)
  if (i === undefined || i > MAXSIZE || i < -MAXSIZE) return undefined
  return Number(i)
}

export const ISliceType = steppingType('islice', function* (cls, args, kw) {
  noKeywords('islice', kw)
  unpackTuple('islice', args, 2, 4)
  let start = 0
  let stop: number
  let stride = 1
  const stopOf = (v: PyValue) => {
    if (v === None) return -1
    const n = sizeOf(v)
    if (n === undefined || n === -1) throw valueError(stopMessage)
    return n
  }
  if (args.length === 2) {
    stop = stopOf(args[1])
  } else {
    if (args[1] !== None) start = sizeOf(args[1]) ?? -1
    stop = stopOf(args[2])
  }
  if (start < 0 || stop < -1) throw valueError(indicesMessage)
  if (args.length === 4 && args[3] !== None) stride = sizeOf(args[3]) ?? -1
  if (stride < 1) throw valueError('Step for islice() must be a positive integer or None.')
  return new ISlice(yield* iter(args[0]), start, stop, stride, cls)
})
