import { fixedDigits } from './float-digits'
import { floatToIntExact } from './float-to-int'
import { FormatError } from './format-error'

// round() of a float and of an int, as CPython 3.11 does it: half-even on the exact value.

// Beyond these, rounding a double to `ndigits` places leaves it unchanged or makes it zero (float.__round__).
const NDIGITS_MAX = 323
const NDIGITS_MIN = -308

// round(x) → int; round(x, ndigits) → float.
export function roundFloat(x: number, ndigits: null): number | bigint
export function roundFloat(x: number, ndigits: number | bigint): number
export function roundFloat(x: number, ndigits: number | bigint | null): number | bigint
export function roundFloat(x: number, ndigits: number | bigint | null): number | bigint {
  if (ndigits === null) return floatToIntExact(roundHalfEven(x))
  if (x !== x || x === Infinity || x === -Infinity) return x
  if (ndigits > NDIGITS_MAX) return x
  if (ndigits < NDIGITS_MIN) return 0 * x
  const places = Number(ndigits)
  const negative = x < 0 || Object.is(x, -0)
  const { digits, decpt } = fixedDigits(negative ? -x : x, places)
  const magnitude = digits === '' ? 0 : Number(`0.${digits}e${decpt}`)
  if (magnitude === Infinity) throw new FormatError('OverflowError', 'rounded value too large to represent')
  return negative ? -magnitude : magnitude
}

function roundHalfEven(x: number): number {
  const floor = Math.floor(x)
  const difference = x - floor
  if (difference < 0.5) return floor
  if (difference > 0.5) return floor + 1
  return floor % 2 === 0 ? floor : floor + 1
}

// round(n, ndigits) for an int: unchanged for ndigits >= 0, else to the nearest multiple of 10^-ndigits, ties to even.
export function roundInt(n: number | bigint, ndigits: number | bigint): number | bigint {
  if (ndigits >= 0) return n
  const value = BigInt(n)
  const magnitude = value < 0n ? -value : value
  // Once 10**k exceeds twice |n| the nearest multiple is 0; CPython would still compute 10**k, at any cost.
  if (-ndigits > magnitude.toString().length + 1) return 0
  const unit = 10n ** BigInt(-ndigits)
  let remainder = value % unit
  if (remainder < 0n) remainder += unit
  const lower = value - remainder
  const half = unit / 2n
  const up = remainder > half || (remainder === half && (lower / unit) % 2n !== 0n)
  return normalize(up ? lower + unit : lower)
}

function normalize(value: bigint): number | bigint {
  return value >= -9007199254740991n && value <= 9007199254740991n ? Number(value) : value
}
