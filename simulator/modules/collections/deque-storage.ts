// The items of a deque: an array with free room at its front, so that adding and removing at either end takes
// amortised constant time.
import type { PyValue } from '../../python/runtime/object'

export class DequeStorage {
  private items: (PyValue | undefined)[] = []
  /** Index of the first item in `items`. */
  private head = 0

  get length(): number {
    return this.items.length - this.head
  }

  at(i: number): PyValue {
    return this.items[this.head + i]!
  }

  set(i: number, v: PyValue): void {
    this.items[this.head + i] = v
  }

  pushBack(v: PyValue): void {
    this.items.push(v)
  }

  pushFront(v: PyValue): void {
    if (this.head === 0) this.makeRoomAtFront()
    this.items[--this.head] = v
  }

  popBack(): PyValue | undefined {
    if (this.length === 0) return undefined
    return this.items.pop()
  }

  popFront(): PyValue | undefined {
    if (this.length === 0) return undefined
    const v = this.items[this.head]
    this.items[this.head++] = undefined
    // Give back the room at the front once it is most of the array.
    if (this.head > 16 && this.head * 2 > this.items.length) this.compact()
    return v
  }

  toArray(): PyValue[] {
    return this.items.slice(this.head) as PyValue[]
  }

  /** Replaces all items. */
  assign(values: PyValue[]): void {
    this.items = [...values]
    this.head = 0
  }

  insert(i: number, v: PyValue): void {
    this.compact()
    this.items.splice(i, 0, v)
  }

  remove(i: number): void {
    this.compact()
    this.items.splice(i, 1)
  }

  private compact(): void {
    if (this.head === 0) return
    this.items = this.items.slice(this.head)
    this.head = 0
  }

  private makeRoomAtFront(): void {
    const room = Math.max(8, this.length)
    this.items = [...Array<undefined>(room), ...this.items]
    this.head = room
  }
}
