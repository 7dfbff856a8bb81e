// itertools.chain, zip_longest, pairwise, starmap and accumulate: iterators built from other iterators.
import { classMethod } from '../../python/builtins/define'
import { BinaryOp } from '../../python/compiler/opcodes'
import { iter, next, toArray } from '../../python/runtime/abstract/iter'
import { numericBinary } from '../../python/runtime/abstract/numeric'
import { typeError } from '../../python/runtime/errors'
import { callPy, type NativeGen } from '../../python/runtime/native'
import { None, type PyType, type PyValue } from '../../python/runtime/object'
import { SteppingIterator } from '../../python/runtime/types/stepping-iterator'
import { PyTuple, pyTuple } from '../../python/runtime/types/tuple'
import { binaryOp } from '../../python/vm/slow-ops'
import { bindArguments, noKeywords, unpackTuple } from '../common/call-args'
import { steppingType } from './iterator-types'

class Chain extends SteppingIterator {
  private current: PyValue | null = null
  constructor(
    /** An iterator over the iterables to chain. */
    private sources: PyValue | null,
    cls: PyType,
  ) {
    super(cls)
  }

  *step(): NativeGen<PyValue | undefined> {
    for (;;) {
      if (this.current === null) {
        if (this.sources === null) return undefined
        const iterable = yield* next(this.sources)
        if (iterable === undefined) {
          this.sources = null
          return undefined
        }
        this.current = yield* iter(iterable)
      }
      const v = yield* next(this.current)
      if (v !== undefined) return v
      this.current = null
    }
  }
}

export const ChainType = steppingType('chain', function* (cls, args, kw) {
  noKeywords('chain', kw)
  return new Chain(yield* iter(pyTuple(args)), cls)
})

classMethod(
  ChainType,
  'from_iterable',
  function* (_ts, a) {
    if (a.length !== 2) throw typeError(`chain.from_iterable() takes exactly one argument (${a.length - 1} given)`)
    return new Chain(yield* iter(a[1]), a[0] as PyType)
  },
  true,
)

class ZipLongest extends SteppingIterator {
  private active: number
  constructor(
    readonly sources: (PyValue | null)[],
    readonly fill: PyValue,
    cls: PyType,
  ) {
    super(cls)
    this.active = sources.length
  }

  *step(): NativeGen<PyValue | undefined> {
    if (this.sources.length === 0 || this.active === 0) return undefined
    const items: PyValue[] = []
    for (let i = 0; i < this.sources.length; i++) {
      const source = this.sources[i]
      let v = source === null ? undefined : yield* next(source)
      if (v === undefined) {
        if (source !== null) {
          this.sources[i] = null
          if (--this.active === 0) return undefined
        }
        v = this.fill
      }
      items.push(v)
    }
    return pyTuple(items)
  }
}

export const ZipLongestType = steppingType('zip_longest', function* (cls, args, kw) {
  let fill: PyValue = None
  for (const [k, v] of kw ?? []) {
    if (k !== 'fillvalue') throw typeError('zip_longest() got an unexpected keyword argument')
    fill = v
  }
  const sources: PyValue[] = []
  for (const a of args) sources.push(yield* iter(a))
  return new ZipLongest(sources, fill, cls)
})

class Pairwise extends SteppingIterator {
  private previous: PyValue | undefined
  private source: PyValue | null
  constructor(source: PyValue, cls: PyType) {
    super(cls)
    this.source = source
  }

  *step(): NativeGen<PyValue | undefined> {
    if (this.source === null) return undefined
    if (this.previous === undefined) {
      this.previous = yield* next(this.source)
      if (this.previous === undefined) return this.finish()
    }
    const v = yield* next(this.source)
    if (v === undefined) return this.finish()
    const pair = pyTuple([this.previous, v])
    this.previous = v
    return pair
  }

  private finish(): undefined {
    this.source = null
    this.previous = undefined
    return undefined
  }
}

export const PairwiseType = steppingType('pairwise', function* (cls, args, kw) {
  noKeywords('pairwise', kw)
  unpackTuple('pairwise', args, 1, 1)
  return new Pairwise(yield* iter(args[0]), cls)
})

class StarMap extends SteppingIterator {
  constructor(
    readonly fn: PyValue,
    readonly source: PyValue,
    cls: PyType,
  ) {
    super(cls)
  }

  *step(): NativeGen<PyValue | undefined> {
    const v = yield* next(this.source)
    if (v === undefined) return undefined
    const args = v instanceof PyTuple && v.cls.builtin ? v.items : yield* toArray(v)
    return yield* callPy(this.fn, args)
  }
}

export const StarMapType = steppingType('starmap', function* (cls, args, kw) {
  noKeywords('starmap', kw)
  unpackTuple('starmap', args, 2, 2)
  return new StarMap(args[0], yield* iter(args[1]), cls)
})

class Accumulate extends SteppingIterator {
  private total: PyValue | undefined
  constructor(
    readonly source: PyValue,
    readonly fn: PyValue,
    private initial: PyValue,
    cls: PyType,
  ) {
    super(cls)
  }

  *step(): NativeGen<PyValue | undefined> {
    if (this.initial !== None) {
      this.total = this.initial
      this.initial = None
      return this.total
    }
    const v = yield* next(this.source)
    if (v === undefined) return undefined
    const t = this.total
    if (t === undefined) this.total = v
    else if (this.fn === None) this.total = numericBinary(t, v, BinaryOp.ADD) ?? (yield* binaryOp(t, v, BinaryOp.ADD))
    else this.total = yield* callPy(this.fn, [t, v])
    return this.total
  }
}

export const AccumulateType = steppingType('accumulate', function* (cls, args, kw) {
  const [iterable, fn = None, initial = None] = bindArguments(
    { name: 'accumulate', positional: ['iterable', 'func'], required: 1, keywordOnly: ['initial'] },
    args,
    kw,
  )
  return new Accumulate(yield* iter(iterable!), fn, initial, cls)
})
