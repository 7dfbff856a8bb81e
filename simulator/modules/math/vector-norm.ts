// The Euclidean norm behind math.hypot and math.dist, as accurate as CPython 3.11's: the values are scaled by a
// power of two, squared exactly with a Veltkamp-Dekker split, summed with compensation, and the square root gets
// one differential correction.
import { frexp, ldexp } from './float-bits'

/** 2**27 + 1: splits a double into two halves of at most 26 significant bits. */
const SPLITTER = 134217729

/** Accumulates terms no larger than the running sum (which starts at 1.0), keeping the rounding errors apart. */
class CompensatedSum {
  sum = 1
  private readonly errors = [0, 0, 0]

  add(x: number, slot: number): void {
    const old = this.sum
    this.sum += x
    this.errors[slot] += old - this.sum + x
  }

  addError(x: number, slot: number): void {
    this.errors[slot] += x
  }

  /** The accumulated value, without the initial 1.0. */
  value(): number {
    return this.sum - 1 + (this.errors[0] + this.errors[1] + this.errors[2])
  }
}

function split(x: number): [number, number] {
  const t = x * SPLITTER
  const hi = t - (t - x)
  return [hi, x - hi]
}

/** sqrt(sum(x*x)) of non-negative finite `values` whose largest is `max`. */
export function vectorNorm(values: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max
  if (foundNan) return NaN
  if (max === 0 || values.length <= 1) return max
  const maxExponent = frexp(max)[1]
  if (maxExponent < -1023) return tinyNorm(values, max)
  const scale = ldexp(1, -maxExponent)
  const acc = new CompensatedSum()
  for (const v of values) {
    const [hi, lo] = split(v * scale)
    acc.add(hi * hi, 0)
    acc.add(2 * hi * lo, 1)
    acc.addError(lo * lo, 2)
  }
  const h = Math.sqrt(acc.value())
  // Subtract h*h exactly from the sum of squares to correct the rounded square root.
  const [hi, lo] = split(h)
  acc.add(-hi * hi, 0)
  acc.add(-2 * hi * lo, 1)
  acc.add(-lo * lo, 2)
  return (h + acc.value() / (2 * h)) / scale
}

/** When 2**-exponent would overflow, divide by the maximum instead of scaling. */
function tinyNorm(values: number[], max: number): number {
  const acc = new CompensatedSum()
  for (const v of values) {
    const x = v / max
    acc.add(x * x, 0)
  }
  return max * Math.sqrt(acc.value())
}
