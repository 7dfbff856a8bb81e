import { engineFixed, fixedDigits, shortestDigits, significantDigits, type DecimalDigits } from './float-digits'

// CPython's PyOS_double_to_string: the text of a float for one of the codes e E f F g G and r (repr's shortest
// round-trip digits), before any width, fill or grouping is applied.
export type DoubleCode = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r'

export interface DoubleFlags {
  alwaysSign?: boolean
  // Keep a '.0' on integral results (repr, and format's empty type).
  addDot0?: boolean
  // The '#' alternate form: keep the decimal point and, for 'g', trailing zeros.
  alternate?: boolean
  // The 'z' option: a result that rounds to zero loses its minus sign.
  noNegativeZero?: boolean
}

const NO_FLAGS: DoubleFlags = {}

export function doubleToString(x: number, code: DoubleCode, precision: number, flags: DoubleFlags = NO_FLAGS): string {
  const upper = code === 'E' || code === 'F' || code === 'G'
  if (x !== x) return (flags.alwaysSign ? '+' : '') + (upper ? 'NAN' : 'nan')
  const negative = x < 0 || Object.is(x, -0)
  const magnitude = negative ? -x : x
  if (magnitude === Infinity) return (negative ? '-' : flags.alwaysSign ? '+' : '') + (upper ? 'INF' : 'inf')

  if ((code === 'f' || code === 'F') && !flags.alternate) {
    const text = engineFixed(magnitude, precision)
    if (text !== null) return signFor(negative && !(flags.noNegativeZero && isAllZeros(text)), flags) + text
  }

  let decimal: DecimalDigits
  let kind: 'e' | 'f' | 'g' | 'r'
  switch (code) {
    case 'e':
    case 'E':
      kind = 'e'
      precision += 1
      decimal = significantDigits(magnitude, precision)
      break
    case 'f':
    case 'F':
      kind = 'f'
      decimal = fixedDigits(magnitude, precision)
      break
    case 'g':
    case 'G':
      kind = 'g'
      if (precision === 0) precision = 1
      decimal = significantDigits(magnitude, precision)
      break
    case 'r':
      kind = 'r'
      decimal = shortestDigits(magnitude)
      break
  }
  const { digits } = decimal
  const isZero = digits === '' || digits === '0'
  const sign = signFor(negative && !(flags.noNegativeZero && isZero), flags)
  return sign + layoutDigits(digits, decimal.decpt, kind, precision, flags, upper)
}

function signFor(negative: boolean, flags: DoubleFlags): string {
  return negative ? '-' : flags.alwaysSign ? '+' : ''
}

function isAllZeros(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 48 && c !== 46) return false
  }
  return true
}

// The digits are a window onto an infinite string of zeros around them; pick the slice that the code asks for,
// place the decimal point and append the exponent (the scheme of CPython's format_float_short).
function layoutDigits(
  digits: string,
  decpt: number,
  kind: 'e' | 'f' | 'g' | 'r',
  precision: number,
  flags: DoubleFlags,
  upper: boolean,
): string {
  const length = digits.length
  let end = length
  let useExponent = false
  switch (kind) {
    case 'e':
      useExponent = true
      end = precision
      break
    case 'f':
      end = decpt + precision
      break
    case 'g':
      if (decpt <= -4 || decpt > (flags.addDot0 ? precision - 1 : precision)) useExponent = true
      if (flags.alternate) end = precision
      break
    case 'r':
      if (decpt <= -4 || decpt > 16) useExponent = true
      break
  }
  let exponent = 0
  if (useExponent) {
    exponent = decpt - 1
    decpt = 1
  }
  const start = decpt <= 0 ? decpt - 1 : 0
  end = Math.max(end, !useExponent && flags.addDot0 ? decpt + 1 : decpt)

  let out: string
  if (decpt <= 0) out = '0'.repeat(decpt - start) + '.' + '0'.repeat(-decpt)
  else out = '0'.repeat(-start)
  if (decpt > 0 && decpt <= length) out += digits.slice(0, decpt) + '.' + digits.slice(decpt)
  else out += digits
  if (length < decpt) out += '0'.repeat(decpt - length) + '.' + '0'.repeat(end - decpt)
  else out += '0'.repeat(end - length)
  if (out.endsWith('.') && !flags.alternate) out = out.slice(0, -1)
  if (useExponent) {
    const magnitude = Math.abs(exponent)
    out += (upper ? 'E' : 'e') + (exponent < 0 ? '-' : '+') + (magnitude < 10 ? '0' : '') + magnitude
  }
  return out
}
