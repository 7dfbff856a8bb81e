// math.fsum: Shewchuk's exact summation. The running total is a list of non-overlapping partial sums whose exact
// sum is the exact sum of the inputs; the result is that sum correctly rounded (half to even).
import { overflowError, valueError } from '../../python/runtime/errors'

export class ExactSum {
  /** Non-zero, non-overlapping partials in increasing magnitude. */
  private partials: number[] = []
  /** Sum of the infinities and NaNs seen, which bypass the partials. */
  private special = 0
  private infinities = 0

  add(value: number): void {
    let x = value
    const kept: number[] = []
    for (let y of this.partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x]
      const hi = x + y
      const lo = y - (hi - x)
      if (lo !== 0) kept.push(lo)
      x = hi
    }
    if (x !== 0 && !Number.isFinite(x)) {
      // An infinite partial comes from overflow when the input was finite, else from an inf or nan input.
      if (Number.isFinite(value)) throw overflowError('intermediate overflow in fsum')
      if (!Number.isNaN(value)) this.infinities += value
      this.special += value
      this.partials = []
      return
    }
    if (x !== 0) kept.push(x)
    this.partials = kept
  }

  total(): number {
    if (this.special !== 0) {
      if (Number.isNaN(this.infinities)) throw valueError('-inf + inf in fsum')
      return this.special
    }
    const p = this.partials
    let n = p.length
    if (n === 0) return 0
    let hi = p[--n]
    let lo = 0
    // Add from the top until the sum becomes inexact.
    while (n > 0) {
      const x = hi
      const y = p[--n]
      hi = x + y
      lo = y - (hi - x)
      if (lo !== 0) break
    }
    // Round half to even across partials: the remainder below may tip a tie.
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2
      const x = hi + y
      if (y === x - hi) hi = x
    }
    return hi
  }
}
