import { runtimeError } from '../errors'
import { builtinType, plainAlloc, type PyValue } from '../object'
import { NativeIterator, nativeIteratorTypes } from './iterators'
import type { PySet } from './set'

export const SetIteratorType = builtinType('set_iterator', undefined, plainAlloc)
nativeIteratorTypes.push(SetIteratorType)

/**
 * `setiter_iternext`: walks the live table slot by slot, so a set whose size is unchanged but whose keys were
 * replaced keeps iterating over the new slots, as in CPython; a change of size raises, and keeps raising.
 */
export class SetIterator extends NativeIterator {
  private set: PySet | null
  private slot = 0
  private used: number
  private remaining: number

  constructor(set: PySet) {
    super(SetIteratorType)
    this.set = set
    this.used = set.size
    this.remaining = set.size
  }

  next(): PyValue | undefined {
    const set = this.set
    if (set === null) return undefined
    if (this.used !== set.size) {
      this.used = -1
      throw runtimeError('Set changed size during iteration')
    }
    const slot = set.table.nextSlot(this.slot)
    if (slot === -1) {
      this.set = null
      return undefined
    }
    this.slot = slot + 1
    this.remaining--
    return set.table.keyAt(slot)
  }

  override lengthHint(): number {
    return this.set !== null && this.used === this.set.size ? this.remaining : 0
  }
}
