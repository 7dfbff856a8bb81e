// The math module's integer functions on exact ints: gcd, lcm, isqrt, factorial, comb, perm, and frexp of an int
// too large for a float (which log() needs).
import { big, normInt, type PyInt } from '../../python/runtime/abstract/int-ops'

function abs(n: bigint): bigint {
  return n < 0n ? -n : n
}

export function gcd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    let x = Math.abs(a)
    let y = Math.abs(b)
    while (y) [x, y] = [y, x % y]
    return x
  }
  let x = abs(big(a))
  let y = abs(big(b))
  while (y) [x, y] = [y, x % y]
  return normInt(x)
}

export function lcm(a: PyInt, b: PyInt): PyInt {
  if (a === 0 || b === 0) return 0
  const x = abs(big(a))
  const y = abs(big(b))
  return normInt((x / big(gcd(x, y))) * y)
}

/** The largest integer whose square is at most n (n >= 0), by Newton's iteration from above. */
export function isqrt(n: PyInt): PyInt {
  if (typeof n === 'number' && n < 2 ** 52) {
    let r = Math.floor(Math.sqrt(n))
    if (r * r > n) r--
    return r
  }
  const m = big(n)
  let x = 1n << BigInt(Math.ceil(m.toString(2).length / 2))
  for (;;) {
    const y = (x + m / x) >> 1n
    if (y >= x) return normInt(x)
    x = y
  }
}

/** The product of the integers in [lo, hi), split in halves so the big multiplications stay balanced. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (hi - lo <= 16n) {
    let p = 1n
    for (let i = lo; i < hi; i++) p *= i
    return p
  }
  const mid = (lo + hi) >> 1n
  return rangeProduct(lo, mid) * rangeProduct(mid, hi)
}

export function factorial(n: number): PyInt {
  return normInt(rangeProduct(1n, BigInt(n) + 1n))
}

/** n! / (n-k)!, for 0 <= k <= n. */
export function perm(n: PyInt, k: PyInt): PyInt {
  const nb = big(n)
  return normInt(rangeProduct(nb - big(k) + 1n, nb + 1n))
}

/** n! / (k! (n-k)!), for 0 <= k <= n. */
export function comb(n: PyInt, k: PyInt): PyInt {
  const nb = big(n)
  let kb = big(k)
  if (nb - kb < kb) kb = nb - kb
  return normInt(rangeProduct(nb - kb + 1n, nb + 1n) / rangeProduct(1n, kb + 1n))
}

/** A positive int as [m, e] with n ≈ m * 2**e, 0.5 <= m < 1 and m correctly rounded to a double. */
export function intFrexp(n: bigint): [number, number] {
  const bits = n.toString(2).length
  const shift = bits - 64
  // 64 leading bits plus a sticky bit for anything below: Number() then rounds exactly once.
  const top = shift > 0 ? (n >> BigInt(shift)) | (n & ((1n << BigInt(shift)) - 1n) ? 1n : 0n) : n << BigInt(-shift)
  const m = Number(top) / 2 ** 64
  return m === 1 ? [0.5, bits + 1] : [m, bits]
}
