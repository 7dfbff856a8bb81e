// CPython's `hash(float)` (`_Py_HashDouble`, 64-bit build): the float's exact rational value reduced modulo the
// Mersenne prime 2**61 - 1, so that equal ints and floats hash alike. `random.seed(float)` seeds from this hash.

const MODULUS = (1n << 61n) - 1n
const HASH_BITS = 61n
const HASH_INF = 314159n

// NaN hashes by object identity since 3.10, which the simulator has no address for; it is given the pre-3.10 hash
// 0 here. A binding that models identity hashes passes its own hash to `seed` instead.
export function hashFloat(value: number): bigint {
  if (Number.isNaN(value)) return 0n
  if (!Number.isFinite(value)) return value > 0 ? HASH_INF : -HASH_INF
  const [mantissa, exponent] = exactBinary(Math.abs(value))
  const shift = ((exponent % HASH_BITS) + HASH_BITS) % HASH_BITS
  let hash = (mantissa * (1n << shift)) % MODULUS
  if (value < 0) hash = -hash
  return hash === -1n ? -2n : hash
}

// |value| = mantissa * 2**exponent with integer mantissa; 2**61 ≡ 1 (mod 2**61 - 1) lets the exponent wrap.
function exactBinary(value: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, value)
  const bits = view.getBigUint64(0)
  const biasedExponent = Number((bits >> 52n) & 0x7ffn)
  const fraction = bits & ((1n << 52n) - 1n)
  if (biasedExponent === 0) return [fraction, -1074n]
  return [fraction | (1n << 52n), BigInt(biasedExponent - 1075)]
}
