import * as T from './unicode-tables'

// Full case mappings of one code point (SpecialCasing and CaseFolding included), by Unicode 14.0. A mapping is
// decoded on first use: a table of runs for one-to-one mappings plus a map for one-to-many ones.

class CaseMap {
  private firsts: Int32Array = new Int32Array(0)
  private lasts: Int32Array = new Int32Array(0)
  private steps: Int32Array = new Int32Array(0)
  private deltas: Int32Array = new Int32Array(0)
  private multi: Map<number, string> | null = null

  constructor(
    private readonly simple: string,
    private readonly multiple: string,
  ) {}

  /** The mapping of `c`, or undefined when it maps to itself. */
  map(c: number): string | undefined {
    if (this.multi === null) this.decode()
    const many = this.multi!.get(c)
    if (many !== undefined) return many
    const firsts = this.firsts
    let low = 0
    let high = firsts.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      if (c < firsts[middle]) high = middle - 1
      else if (c > this.lasts[middle]) low = middle + 1
      else
        return (c - firsts[middle]) % this.steps[middle] === 0
          ? String.fromCodePoint(c + this.deltas[middle])
          : undefined
    }
    return undefined
  }

  private decode(): void {
    const runs = this.simple.split(',').map((run) => run.split('.').map((part) => parseInt(part, 36)))
    this.firsts = new Int32Array(runs.length)
    this.lasts = new Int32Array(runs.length)
    this.steps = new Int32Array(runs.length)
    this.deltas = new Int32Array(runs.length)
    let last = -1
    runs.forEach(([gap, delta, extra = 0, step = 1], i) => {
      const first = last + 1 + gap
      last = first + extra * step
      this.firsts[i] = first
      this.lasts[i] = last
      this.steps[i] = step
      this.deltas[i] = delta
    })
    this.multi = new Map()
    let previous = -1
    for (const entry of this.multiple.split(',')) {
      const [gap, ...mapped] = entry.split('.').map((part) => parseInt(part, 36))
      previous += gap + 1
      this.multi.set(previous, String.fromCodePoint(...mapped))
    }
  }
}

const lower = new CaseMap(T.LOWER_SIMPLE, T.LOWER_MULTI)
const upper = new CaseMap(T.UPPER_SIMPLE, T.UPPER_MULTI)
const title = new CaseMap(T.TITLE_SIMPLE, T.TITLE_MULTI)
const fold = new CaseMap(T.FOLD_SIMPLE, T.FOLD_MULTI)

export function lowerFull(c: number): string {
  return lower.map(c) ?? String.fromCodePoint(c)
}

export function upperFull(c: number): string {
  return upper.map(c) ?? String.fromCodePoint(c)
}

export function titleFull(c: number): string {
  return title.map(c) ?? String.fromCodePoint(c)
}

export function foldFull(c: number): string {
  return fold.map(c) ?? String.fromCodePoint(c)
}
