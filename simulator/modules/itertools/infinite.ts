// itertools.count, cycle and repeat: iterators that may never end.
import { BinaryOp } from '../../python/compiler/opcodes'
import { special } from '../../python/runtime/abstract/call'
import { iter, next } from '../../python/runtime/abstract/iter'
import { asInt, numericBinary } from '../../python/runtime/abstract/numeric'
import { typeError } from '../../python/runtime/errors'
import type { NativeGen } from '../../python/runtime/native'
import type { PyType, PyValue } from '../../python/runtime/object'
import { PyFloat } from '../../python/runtime/types/float'
import { NativeIterator } from '../../python/runtime/types/iterators'
import { SteppingIterator } from '../../python/runtime/types/stepping-iterator'
import { binaryOp } from '../../python/vm/slow-ops'
import { bindArguments, noKeywords, unpackTuple } from '../common/call-args'
import { shortTypeName } from '../common/module-type'
import { registerNativeRepr } from '../common/native-repr'
import { indexOf } from '../common/number-args'
import { nativeType, steppingType } from './iterator-types'
import { resumableMethod } from '../../python/builtins/define'

/** PyNumber_Check: ints, floats, and anything convertible to a number. */
function isNumber(v: PyValue): boolean {
  if (asInt(v) !== undefined || v instanceof PyFloat) return true
  return ['__index__', '__float__', '__int__', '__complex__'].some((name) => special(v, name) !== undefined)
}

class Count extends SteppingIterator {
  constructor(
    public current: PyValue,
    readonly increment: PyValue,
    cls: PyType,
  ) {
    super(cls)
  }

  *step(): NativeGen<PyValue | undefined> {
    const v = this.current
    const by = this.increment
    this.current = numericBinary(v, by, BinaryOp.ADD) ?? (yield* binaryOp(v, by, BinaryOp.ADD))
    return v
  }
}

export const CountType = steppingType('count', function* (cls, args, kw) {
  const [start = 0, step = 1] = bindArguments({ name: 'count', positional: ['start', 'step'], required: 0 }, args, kw)
  if (!isNumber(start) || !isNumber(step)) throw typeError('a number is required')
  return new Count(start, step, cls)
})

class Cycle extends SteppingIterator {
  private readonly saved: PyValue[] = []
  private index = 0
  private sourceDone = false
  constructor(
    readonly source: PyValue,
    cls: PyType,
  ) {
    super(cls)
  }

  *step(): NativeGen<PyValue | undefined> {
    if (!this.sourceDone) {
      const v = yield* next(this.source)
      if (v !== undefined) {
        this.saved.push(v)
        return v
      }
      this.sourceDone = true
    }
    if (this.saved.length === 0) return undefined
    const v = this.saved[this.index]
    this.index = (this.index + 1) % this.saved.length
    return v
  }
}

export const CycleType = steppingType('cycle', function* (cls, args, kw) {
  noKeywords('cycle', kw)
  unpackTuple('cycle', args, 1, 1)
  return new Cycle(yield* iter(args[0]), cls)
})

class Repeat extends NativeIterator {
  constructor(
    readonly value: PyValue,
    /** Items left, or -1 for forever. */
    public remaining: number,
    cls: PyType,
  ) {
    super(cls)
  }

  next(): PyValue | undefined {
    if (this.remaining === 0) return undefined
    if (this.remaining > 0) this.remaining--
    return this.value
  }

  override lengthHint(): number | undefined {
    return this.remaining < 0 ? undefined : this.remaining
  }
}

export const RepeatType = nativeType('repeat', function* (cls, args, kw) {
  const [object, times] = bindArguments({ name: 'repeat', positional: ['object', 'times'], required: 1 }, args, kw)
  const n = times === undefined ? -1 : Math.max(0, Number(yield* indexOf(times)))
  return new Repeat(object!, n, cls)
})

const countRepr = registerNativeRepr(
  (v): v is Count => v instanceof Count,
  function* (v, item) {
    const start = yield* item(v.current)
    if (asInt(v.increment) === 1) return `${shortTypeName(v.cls)}(${start})`
    return `${shortTypeName(v.cls)}(${start}, ${yield* item(v.increment)})`
  },
)
const repeatRepr = registerNativeRepr(
  (v): v is Repeat => v instanceof Repeat,
  function* (v, item) {
    const value = yield* item(v.value)
    return v.remaining < 0 ? `${shortTypeName(v.cls)}(${value})` : `${shortTypeName(v.cls)}(${value}, ${v.remaining})`
  },
)
resumableMethod(CountType, '__repr__', (_ts, a) => countRepr(a[0] as Count))
resumableMethod(RepeatType, '__repr__', (_ts, a) => repeatRepr(a[0] as Repeat))
