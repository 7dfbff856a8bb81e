// itertools.groupby: consecutive runs of items with equal keys, each run a `_grouper` sharing the parent's
// position in the source (advancing the parent abandons the current run).
import { equal } from '../../python/runtime/abstract/compare'
import { iter, next } from '../../python/runtime/abstract/iter'
import { callPy, type NativeGen } from '../../python/runtime/native'
import { None, type PyType, type PyValue } from '../../python/runtime/object'
import { SteppingIterator, steppingIteratorType } from '../../python/runtime/types/stepping-iterator'
import { pyTuple } from '../../python/runtime/types/tuple'
import { bindArguments } from '../common/call-args'
import { steppingType } from './iterator-types'

const GrouperType = steppingIteratorType('_grouper', 'itertools')

class GroupBy extends SteppingIterator {
  /** The key of the group handed out last. */
  private targetKey: PyValue | undefined
  currentKey: PyValue | undefined
  /** The item read ahead, not yet given to a grouper. */
  currentValue: PyValue | undefined
  currentGrouper: Grouper | null = null

  constructor(
    readonly source: PyValue,
    readonly keyFn: PyValue,
    cls: PyType,
  ) {
    super(cls)
  }

  /** Reads the next item and its key; false when the source is exhausted. */
  *advance(): NativeGen<boolean> {
    const v = yield* next(this.source)
    if (v === undefined) return false
    const key = this.keyFn === None ? v : yield* callPy(this.keyFn, [v])
    this.currentValue = v
    this.currentKey = key
    return true
  }

  *step(): NativeGen<PyValue | undefined> {
    this.currentGrouper = null
    // Skip what is left of the current group.
    for (;;) {
      if (this.currentKey !== undefined) {
        if (this.targetKey === undefined) break
        if (!(yield* equal(this.targetKey, this.currentKey))) break
      }
      if (!(yield* this.advance())) return undefined
    }
    this.targetKey = this.currentKey!
    const grouper = new Grouper(this, this.targetKey)
    this.currentGrouper = grouper
    return pyTuple([this.targetKey, grouper])
  }
}

class Grouper extends SteppingIterator {
  constructor(
    readonly parent: GroupBy,
    readonly key: PyValue,
  ) {
    super(GrouperType)
  }

  *step(): NativeGen<PyValue | undefined> {
    const parent = this.parent
    if (parent.currentGrouper !== this) return undefined
    if (parent.currentValue === undefined && !(yield* parent.advance())) return undefined
    if (!(yield* equal(this.key, parent.currentKey!))) return undefined
    const v = parent.currentValue!
    parent.currentValue = undefined
    return v
  }
}

export const GroupByType = steppingType('groupby', function* (cls, args, kw) {
  const [iterable, key = None] = bindArguments(
    { name: 'groupby', positional: ['iterable', 'key'], required: 1 },
    args,
    kw,
  )
  return new GroupBy(yield* iter(iterable!), key, cls)
})
