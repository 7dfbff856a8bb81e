// The C library's bit-level float helpers that JavaScript lacks: frexp, ldexp, copysign, nextafter.

const view = new DataView(new ArrayBuffer(8))

/** frexp(x): [m, e] with x = m * 2**e and 0.5 <= |m| < 1; zeros, infinities and NaN come back as [x, 0]. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0]
  view.setFloat64(0, x)
  const biased = (view.getUint16(0) >> 4) & 0x7ff
  if (biased === 0) {
    // Subnormal: scale into the normal range first.
    const [m, e] = frexp(x * 2 ** 64)
    return [m, e - 64]
  }
  view.setUint16(0, (view.getUint16(0) & 0x800f) | (1022 << 4))
  return [view.getFloat64(0), biased - 1022]
}

/** ldexp(x, e): x * 2**e correctly rounded, even when 2**e itself is out of range. */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x
  const [m, me] = frexp(x)
  const exponent = me + e
  if (exponent > 1024) return m * Infinity
  if (exponent > 1023) return m * 2 * 2 ** 1023
  if (exponent >= -1021) return m * 2 ** exponent
  // Subnormal result: count in units of the smallest subnormal and round half to even once.
  const units = Math.abs(m) * 2 ** Math.max(exponent + 1074, -1)
  let whole = Math.floor(units)
  const fraction = units - whole
  if (fraction > 0.5 || (fraction === 0.5 && whole % 2 === 1)) whole++
  return copysign(whole * Number.MIN_VALUE, m)
}

/** True when the sign bit is set (also for -0.0). */
export function signBit(x: number): boolean {
  return x < 0 || Object.is(x, -0)
}

export function copysign(x: number, y: number): number {
  const magnitude = Math.abs(x)
  return signBit(y) ? -magnitude : magnitude
}

/** The next double after x in the direction of y. */
export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN
  if (x === y) return y
  if (x === 0) return y > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE
  view.setFloat64(0, x)
  let bits = view.getBigUint64(0)
  bits += x < y === x > 0 ? 1n : -1n
  view.setBigUint64(0, bits)
  return view.getFloat64(0)
}

/** The value of the least significant bit of |x|. */
export function ulp(x: number): number {
  const a = Math.abs(x)
  if (!Number.isFinite(a)) return a
  const next = nextafter(a, Infinity)
  if (next === Infinity) return a - nextafter(a, -Infinity)
  return next - a
}
