// The events of a run, stored compactly: one typed-array column per field, grown by doubling, and a table of
// interned strings (thread names, primitive states as JSON, output text) that the columns refer to by index.
// A million events take about 40 MB; a repeated state (a lock taken and released 100,000 times) is stored once.

/** One stored event, undecoded: what each of `a`, `b`, `c` and `text` mean depends on the kind (see decode.ts). */
export interface RawEvent {
  step: number
  time: number
  kind: number
  thread: number
  a: number
  b: number
  c: number
  text: number
}

export const rawFields = ['step', 'time', 'kind', 'thread', 'a', 'b', 'c', 'text'] as const

export type Columns = Record<(typeof rawFields)[number], ArrayLike<number>>

const initialCapacity = 1024

export class EventLog {
  length = 0
  private step = new Float64Array(initialCapacity)
  private time = new Float64Array(initialCapacity)
  private kind = new Uint8Array(initialCapacity)
  private thread = new Int32Array(initialCapacity)
  private a = new Int32Array(initialCapacity)
  private b = new Int32Array(initialCapacity)
  private c = new Int32Array(initialCapacity)
  private text = new Int32Array(initialCapacity)
  readonly strings: string[] = []
  private readonly stringIndex = new Map<string, number>()

  /** The index of `s` in the string table, adding it if new. */
  intern(s: string): number {
    let i = this.stringIndex.get(s)
    if (i === undefined) {
      i = this.strings.length
      this.strings.push(s)
      this.stringIndex.set(s, i)
    }
    return i
  }

  push(step: number, time: number, kind: number, thread: number, a = -1, b = -1, c = -1, text = -1): void {
    if (this.length === this.step.length) this.grow()
    const i = this.length++
    this.step[i] = step
    this.time[i] = time
    this.kind[i] = kind
    this.thread[i] = thread
    this.a[i] = a
    this.b[i] = b
    this.c[i] = c
    this.text[i] = text
  }

  get(i: number): RawEvent {
    return {
      step: this.step[i],
      time: this.time[i],
      kind: this.kind[i],
      thread: this.thread[i],
      a: this.a[i],
      b: this.b[i],
      c: this.c[i],
      text: this.text[i],
    }
  }

  /** The string of a string-table index, or null for -1. */
  string(i: number): string | null {
    return i < 0 ? null : this.strings[i]
  }

  /** One column, trimmed to the events recorded. */
  column(field: (typeof rawFields)[number]): ArrayLike<number> {
    return this[field].subarray(0, this.length)
  }

  /** Bytes held by the columns and (roughly, two bytes a character) the strings. */
  byteSize(): number {
    let chars = 0
    for (const s of this.strings) chars += s.length
    return this.step.length * (8 + 8 + 1 + 5 * 4) + chars * 2
  }

  /** A log with the given columns and strings (from a trace file). */
  static from(columns: Columns, strings: string[]): EventLog {
    const log = new EventLog()
    log.extend(columns, strings)
    return log
  }

  /**
   * Appends events and strings taken from another log (`slice`), keeping their string indices: the strings are
   * appended as they are, after the ones this log holds.
   */
  extend(columns: Columns, strings: readonly string[]): void {
    for (const s of strings) {
      if (!this.stringIndex.has(s)) this.stringIndex.set(s, this.strings.length)
      this.strings.push(s)
    }
    const n = columns.step.length
    for (let i = 0; i < n; i++)
      this.push(
        columns.step[i],
        columns.time[i],
        columns.kind[i],
        columns.thread[i],
        columns.a[i],
        columns.b[i],
        columns.c[i],
        columns.text[i],
      )
  }

  /** Events from `start` on, as columns (copies), to send elsewhere and `extend` a log with. */
  slice(start: number): Columns {
    const copy = <T extends Float64Array | Int32Array | Uint8Array>(c: T) => c.slice(start, this.length) as T
    return {
      step: copy(this.step),
      time: copy(this.time),
      kind: copy(this.kind),
      thread: copy(this.thread),
      a: copy(this.a),
      b: copy(this.b),
      c: copy(this.c),
      text: copy(this.text),
    }
  }

  private grow(): void {
    const n = this.step.length * 2
    const grown = <T extends Float64Array | Int32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(n)
      next.set(old)
      return next
    }
    this.step = grown(this.step, (n) => new Float64Array(n))
    this.time = grown(this.time, (n) => new Float64Array(n))
    this.kind = grown(this.kind, (n) => new Uint8Array(n))
    this.thread = grown(this.thread, (n) => new Int32Array(n))
    this.a = grown(this.a, (n) => new Int32Array(n))
    this.b = grown(this.b, (n) => new Int32Array(n))
    this.c = grown(this.c, (n) => new Int32Array(n))
    this.text = grown(this.text, (n) => new Int32Array(n))
  }
}
