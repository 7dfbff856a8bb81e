// Sets of code points stored as runs (see unicode-tables.ts), decoded once and searched by bisection.

export class CodePointRuns {
  private readonly bounds: Int32Array

  constructor(encoded: string) {
    const values = encoded.split(',').map((part) => parseInt(part, 36))
    this.bounds = new Int32Array(values.length)
    let last = -1
    for (let i = 0; i < values.length; i += 2) {
      const first = last + 1 + values[i]
      last = first + values[i + 1]
      this.bounds[i] = first
      this.bounds[i + 1] = last
    }
  }

  has(codePoint: number): boolean {
    const bounds = this.bounds
    let low = 0
    let high = bounds.length / 2 - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      if (codePoint < bounds[2 * middle]) high = middle - 1
      else if (codePoint > bounds[2 * middle + 1]) low = middle + 1
      else return true
    }
    return false
  }
}
