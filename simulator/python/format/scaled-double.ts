// The double nearest to m * 2**e (m a non-negative integer), rounding half to even as IEEE 754 does, with
// subnormal results rounded once, at their own precision. `inexact` says the true value is a little above
// m * 2**e (a nonzero remainder was dropped), which can only matter for ties.

const MANTISSA_BITS = 53
const MIN_NORMAL_EXPONENT = -1022

/** x * 2**n for an integral x below 2**54 whose scaled value is representable (or overflows to Infinity). */
function ldexp(x: number, n: number): number {
  if (n < MIN_NORMAL_EXPONENT) return x * 2 ** MIN_NORMAL_EXPONENT * 2 ** (n - MIN_NORMAL_EXPONENT)
  if (n > 1023) return x * 2 ** 1023 * 2 ** (n - 1023)
  return x * 2 ** n
}

export function scaledToDouble(m: bigint, e: number, inexact = false): number {
  if (m === 0n) return 0
  const bits = m.toString(2).length
  const top = bits - 1 + e
  if (top >= 1024) return Infinity
  if (top < -1075) return 0
  const keep = top >= MIN_NORMAL_EXPONENT ? MANTISSA_BITS : MANTISSA_BITS - (MIN_NORMAL_EXPONENT - top)
  const drop = bits - keep
  if (drop <= 0) return ldexp(Number(m), e)
  const shift = BigInt(drop)
  let mantissa = m >> shift
  const rest = m - (mantissa << shift)
  const half = 1n << (shift - 1n)
  if (rest > half || (rest === half && (inexact || (mantissa & 1n) === 1n))) mantissa += 1n
  return ldexp(Number(mantissa), e + drop)
}
