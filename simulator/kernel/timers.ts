// Pending timed events (a sleeper's wake-up, a lock acquire's timeout, a GIL waiter's timed wait), ordered by
// virtual time and, for equal times, by when they were scheduled — so that the order never depends on the host.

export interface Timer {
  at: number
  seq: number
  fire(): void
  cancelled: boolean
}

export class TimerQueue {
  private heap: Timer[] = []
  private seq = 0

  add(at: number, fire: () => void): Timer {
    const timer: Timer = { at, seq: this.seq++, fire, cancelled: false }
    this.heap.push(timer)
    this.up(this.heap.length - 1)
    return timer
  }

  /** The earliest pending time, or Infinity. */
  peek(): number {
    this.dropCancelled()
    return this.heap.length ? this.heap[0].at : Infinity
  }

  /** Removes and returns the earliest timer due at or before `now`, or null. */
  popDue(now: number): Timer | null {
    this.dropCancelled()
    const top = this.heap[0]
    if (!top || top.at > now) return null
    this.pop()
    return top
  }

  get size(): number {
    this.dropCancelled()
    return this.heap.length
  }

  private dropCancelled(): void {
    while (this.heap.length && this.heap[0].cancelled) this.pop()
  }

  private pop(): void {
    const last = this.heap.pop()!
    if (this.heap.length) {
      this.heap[0] = last
      this.down(0)
    }
  }

  private less(i: number, j: number): boolean {
    const a = this.heap[i]
    const b = this.heap[j]
    return a.at < b.at || (a.at === b.at && a.seq < b.seq)
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.less(i, parent)) break
      ;[this.heap[i], this.heap[parent]] = [this.heap[parent], this.heap[i]]
      i = parent
    }
  }

  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let smallest = i
      if (l < this.heap.length && this.less(l, smallest)) smallest = l
      if (r < this.heap.length && this.less(r, smallest)) smallest = r
      if (smallest === i) return
      ;[this.heap[i], this.heap[smallest]] = [this.heap[smallest], this.heap[i]]
      i = smallest
    }
  }
}
