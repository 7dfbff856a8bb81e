import { scaledToDouble } from '../format/scaled-double'
import { add, dd, div, divNumber, LN2, mul, mulNumber, sub, type DD } from './double-double'

// pow(x, y) for finite x > 0 and finite y, rounded correctly: y * log(x) and its exponential are carried in
// double-double precision (about 2**-95 relative error after the argument's magnitude), then rounded once. glibc's
// pow (which CPython calls) is accurate to 0.52 ulp, so this agrees with it except on extremely close ties; the
// engine's Math.pow is not, and differs in the last bit on a few percent of arguments.

const frexpView = new DataView(new ArrayBuffer(8))

/** x = m * 2**e with m in [sqrt(1/2), sqrt(2)), for a finite x > 0. */
function split(x: number): [number, number] {
  let e = 0
  if (x < 2 ** -1022) {
    x *= 2 ** 54
    e = -54
  }
  frexpView.setFloat64(0, x)
  const biased = (frexpView.getUint32(0) >>> 20) & 0x7ff
  e += biased - 1023
  let m = x / 2 ** (biased - 1023)
  if (m > Math.SQRT2) {
    m /= 2
    e += 1
  }
  return [m, e]
}

/** log(x) = e ln 2 + 2 atanh((m - 1) / (m + 1)), the series summed until its terms vanish. */
function logDD(x: number): DD {
  const [m, e] = split(x)
  const s = div(dd(m - 1), add(dd(m), dd(1)))
  const s2 = mul(s, s)
  let term = s
  let sum = s
  for (let k = 3; k < 80; k += 2) {
    term = mul(term, s2)
    const next = divNumber(term, k)
    if (Math.abs(next.hi) < Math.abs(sum.hi) * 2 ** -110) break
    sum = add(sum, next)
  }
  return add(mulNumber(LN2, e), mulNumber(sum, 2))
}

/** exp(z) = 2**k exp(r) with |r| <= ln 2 / 2, exp(r) by a Taylor series on r / 1024 squared ten times. */
function expDD(z: DD): [DD, number] {
  const k = Math.round(z.hi / LN2.hi)
  const r = mulNumber(sub(z, mulNumber(LN2, k)), 2 ** -10)
  let term = dd(1)
  let sum = dd(1)
  for (let n = 1; n <= 12; n++) {
    term = divNumber(mul(term, r), n)
    sum = add(sum, term)
  }
  for (let i = 0; i < 10; i++) sum = mul(sum, sum)
  return [sum, k]
}

/** hi + lo scaled by 2**k, rounded once (also when the result is subnormal). */
function scaled(v: DD, k: number): number {
  const top = Math.floor(Math.log2(v.hi)) + k
  if (top >= 1024) return Infinity
  // two steps, since 2**k alone may overflow when hi is below 1
  if (top > -1020) return (v.hi + v.lo) * 2 ** (k - 1) * 2
  if (top < -1080) return 0
  // both parts as integers over a common power of two (exact: hi has 53 bits, scaled to below 2**60)
  const shift = k + 1130
  const hi = BigInt(Math.round(v.hi * 2 ** shift))
  const lo = BigInt(Math.round(v.lo * 2 ** shift))
  return scaledToDouble(hi + lo, -1130, false)
}

export function correctlyRoundedPow(x: number, y: number): number {
  // cases whose one IEEE operation already rounds correctly
  if (y === 1) return x
  if (y === 2) return x * x
  if (y === -1) return 1 / x
  if (y === 0.5) return Math.sqrt(x)
  const log = logDD(x)
  // far outside the double range (where the product itself may overflow) only the sign matters
  if (Math.abs(log.hi * y) > 800) return log.hi > 0 === y > 0 ? Infinity : 0
  const z = mulNumber(log, y)
  const [v, k] = expDD(z)
  return scaled(v, k)
}

/** C99 pow(x, y) for any doubles: the IEEE special cases as the C library defines them, the rest rounded correctly. */
export function pow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1
  // the engine's pow gives NaN where C gives 1
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0) return Math.pow(x, y)
  if (x > 0) return correctlyRoundedPow(x, y)
  if (!Number.isInteger(y)) return NaN
  const r = correctlyRoundedPow(-x, y)
  return Math.abs(y % 2) === 1 ? -r : r
}
