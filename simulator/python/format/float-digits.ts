// Decimal digits of a non-negative finite double, rounded as David Gay's dtoa does for CPython: `shortestDigits`
// is mode 0 (repr), `significantDigits` mode 2 and `fixedDigits` mode 3. Rounding is half-even on the exact binary
// value. The engine's own conversions (`toExponential`, `toFixed`) are exact too but break ties upwards, so they
// are used only where the value cannot sit exactly halfway; everything else goes through an exact BigInt expansion.

// `digits` has no trailing zeros; the value is 0.<digits> × 10^decpt. Zero is `'0'` with decpt 1 (as dtoa reports
// it), except that a value rounded away to nothing by `fixedDigits` gives `''`.
export interface DecimalDigits {
  digits: string
  decpt: number
}

const ENGINE_DIGITS_LIMIT = 100
const ENGINE_FIXED_LIMIT = 1e21
const POWERS_OF_TWO = Array.from({ length: ENGINE_DIGITS_LIMIT + 2 }, (_, exponent) => 2 ** exponent)

export function shortestDigits(x: number): DecimalDigits {
  if (x === 0) return { digits: '0', decpt: 1 }
  return fromExponential(x.toExponential())
}

export function significantDigits(x: number, count: number): DecimalDigits {
  if (x === 0) return { digits: '0', decpt: 1 }
  if (count <= ENGINE_DIGITS_LIMIT + 1) {
    const engine = fromExponential(x.toExponential(count - 1))
    // The digit at 10^(decpt - count) is the last kept; a halfway value has a binary point at most one place
    // below it, and the engine's exponent may be one too high after a carry, hence the extra place.
    if (!Number.isInteger(x * 2 ** (count - engine.decpt + 2))) return engine
  }
  const exact = exactDigits(x)
  return roundDigits(exact, count)
}

export function fixedDigits(x: number, fractionDigits: number): DecimalDigits {
  if (x === 0) return { digits: '0', decpt: 1 }
  const engine = fractionDigits >= 0 ? engineFixed(x, fractionDigits) : null
  if (engine !== null) return fromFixed(engine, fractionDigits)
  const exact = exactDigits(x)
  return roundDigits(exact, exact.decpt + fractionDigits)
}

// `x.toFixed(fractionDigits)` when that is CPython's rounding too, else null (fractionDigits >= 0).
export function engineFixed(x: number, fractionDigits: number): string | null {
  if (fractionDigits > ENGINE_DIGITS_LIMIT || x >= ENGINE_FIXED_LIMIT || isHalfway(x, fractionDigits)) return null
  return x.toFixed(fractionDigits)
}

// x × 10^f is k + 1/2 exactly iff x × 2^(f+1) is an odd integer (x is dyadic, 5^f is odd).
function isHalfway(x: number, fractionDigits: number): boolean {
  return (x * POWERS_OF_TWO[fractionDigits + 1]) % 2 === 1
}

function fromExponential(text: string): DecimalDigits {
  const e = text.indexOf('e')
  const mantissa = text[1] === '.' ? text[0] + text.slice(2, e) : text.slice(0, e)
  return { digits: trimZeros(mantissa), decpt: Number(text.slice(e + 1)) + 1 }
}

function fromFixed(text: string, fractionDigits: number): DecimalDigits {
  const all =
    fractionDigits === 0 ? text : text.slice(0, text.length - fractionDigits - 1) + text.slice(-fractionDigits)
  let lead = 0
  while (lead < all.length && all.charCodeAt(lead) === 48) lead++
  if (lead === all.length) return { digits: '', decpt: 0 - fractionDigits }
  return { digits: trimZeros(all.slice(lead)), decpt: all.length - fractionDigits - lead }
}

const float64 = new Float64Array(1)
const words = new Uint32Array(float64.buffer)
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
const powersOfFive = new Map<number, bigint>()

function powerOfFive(exponent: number): bigint {
  let power = powersOfFive.get(exponent)
  if (power === undefined) {
    power = 5n ** BigInt(exponent)
    powersOfFive.set(exponent, power)
  }
  return power
}

// The exact decimal expansion of a positive finite double.
export function exactDigits(x: number): DecimalDigits {
  float64[0] = x
  const high = words[LITTLE_ENDIAN ? 1 : 0]
  const low = words[LITTLE_ENDIAN ? 0 : 1]
  const biased = (high >>> 20) & 0x7ff
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(low)
  let exponent: number
  if (biased === 0) {
    exponent = -1074
  } else {
    mantissa |= 1n << 52n
    exponent = biased - 1075
  }
  while ((mantissa & 1n) === 0n) {
    mantissa >>= 1n
    exponent++
  }
  if (exponent >= 0) {
    const text = (mantissa << BigInt(exponent)).toString()
    return { digits: trimZeros(text), decpt: text.length }
  }
  // m × 2^-k = m × 5^k / 10^k
  const text = (mantissa * powerOfFive(-exponent)).toString()
  return { digits: trimZeros(text), decpt: text.length + exponent }
}

// Keeps the first `keep` digits, rounding half-even on the dropped ones.
export function roundDigits(value: DecimalDigits, keep: number): DecimalDigits {
  const { digits, decpt } = value
  if (keep >= digits.length) return value
  if (keep < 0) return { digits: '', decpt: decpt - keep }
  const first = digits.charCodeAt(keep) - 48
  const lastKeptOdd = keep > 0 && (digits.charCodeAt(keep - 1) - 48) % 2 === 1
  const roundUp = first > 5 || (first === 5 && (digits.length > keep + 1 || lastKeptOdd))
  const kept = digits.slice(0, keep)
  if (!roundUp) {
    const trimmed = trimZeros(kept)
    return trimmed === '' ? { digits: '', decpt: decpt - keep } : { digits: trimmed, decpt }
  }
  let end = keep
  while (end > 0 && kept.charCodeAt(end - 1) === 57) end--
  if (end === 0) return { digits: '1', decpt: decpt + 1 }
  return { digits: kept.slice(0, end - 1) + String.fromCharCode(kept.charCodeAt(end - 1) + 1), decpt }
}

function trimZeros(digits: string): string {
  let end = digits.length
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--
  return end === digits.length ? digits : digits.slice(0, end)
}
