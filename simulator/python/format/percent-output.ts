import { codePointLength, codePointPrefix } from './code-points'
import { doubleToString } from './double-to-string'
import { floatToIntExact } from './float-to-int'
import { FormatError } from './format-error'
import { intToFloat } from './int-to-float'
import { magnitudeDigits } from './int-to-string'
import type { PercentFlags } from './percent-spec'

// A conversion specifier whose '*' width and precision have been taken from the arguments (-1 when absent).
export interface ResolvedPercentSpec {
  readonly flags: PercentFlags
  readonly width: number
  readonly precision: number
  readonly conversion: string
}

const MAX_CODE_POINT = 0x10ffff
const INT_MAX = 2147483647

// The text of a numeric conversion (d i u o x X e E f F g G, and c of an int), padded. `isFloat` says whether the
// Python value is a float (a bool is an int).
export function formatPercentNumber(spec: ResolvedPercentSpec, value: number | bigint, isFloat: boolean): string {
  const conversion = spec.conversion
  switch (conversion) {
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      if (isFloat && conversion !== 'd' && conversion !== 'i' && conversion !== 'u') {
        throw percentTypeError(conversion, 'float')
      }
      const integer = isFloat ? floatToIntExact(value as number) : value
      return pad(spec, integerText(integer, spec), true)
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      const x = isFloat ? (value as number) : intToFloat(value)
      const precision = spec.precision < 0 ? 6 : spec.precision
      return pad(spec, doubleToString(x, conversion, precision, { alternate: spec.flags.alternate }), true)
    }
    case 'c': {
      if (isFloat) throw percentTypeError('c', 'float')
      if (value < 0 || value > MAX_CODE_POINT) throw new FormatError('OverflowError', '%c arg not in range(0x110000)')
      return pad(spec, String.fromCodePoint(Number(value)), false)
    }
  }
  throw new Error(`not a numeric conversion: ${conversion}`)
}

// %s, %r, %a and %c of a one-character str: `text` is the str(), repr() or ascii() the caller made, or the character.
export function padPercentText(spec: ResolvedPercentSpec, text: string): string {
  return pad(spec, text, false)
}

// %c of a str: the character itself, or CPython's complaint about its length.
export function percentCharacter(text: string): string {
  if (codePointLength(text) !== 1) throw percentTypeError('c', 'str')
  return text
}

// The TypeError CPython raises when a conversion gets a value of the wrong type (`typeName` as type(v).__name__).
export function percentTypeError(conversion: string, typeName: string): FormatError {
  switch (conversion) {
    case 'o':
    case 'x':
    case 'X':
      return new FormatError('TypeError', `%${conversion} format: an integer is required, not ${typeName}`)
    case 'd':
    case 'i':
    case 'u':
      return new FormatError('TypeError', `%${conversion} format: a real number is required, not ${typeName}`)
    case 'c':
      return new FormatError('TypeError', '%c requires int or char')
    default:
      return new FormatError('TypeError', `must be real number, not ${typeName}`)
  }
}

// CPython's _PyUnicode_FormatLong: sign, '0x'/'0o' with '#', and digits zero-filled to the precision.
function integerText(value: number | bigint, spec: ResolvedPercentSpec): string {
  const conversion = spec.conversion
  if (spec.precision > INT_MAX - 3) throw new FormatError('OverflowError', 'precision too large')
  const base = conversion === 'o' ? 8 : conversion === 'x' || conversion === 'X' ? 16 : 10
  let digits = magnitudeDigits(value, base)
  if (spec.precision > digits.length) digits = '0'.repeat(spec.precision - digits.length) + digits
  const prefix = spec.flags.alternate && base !== 10 ? (base === 8 ? '0o' : '0x') : ''
  const text = (value < 0 ? '-' : '') + prefix + digits
  return conversion === 'X' ? text.toUpperCase() : text
}

// CPython's unicode_format_arg_output: sign and '0x' prefix stay in front of zero padding; '-' pads on the right.
function pad(spec: ResolvedPercentSpec, text: string, numeric: boolean): string {
  const { flags, conversion } = spec
  let width = spec.width
  // Numbers are ASCII, and the precision has already been spent on their digits.
  let length = numeric ? text.length : codePointLength(text)
  if ((width === -1 || width <= length) && (numeric || spec.precision === -1 || spec.precision >= length)) {
    if (!flags.sign && !flags.blank) return text
  }
  let body = text
  if (
    (conversion === 's' || conversion === 'r' || conversion === 'a') &&
    spec.precision >= 0 &&
    length > spec.precision
  ) {
    body = codePointPrefix(text, spec.precision)
    length = spec.precision
  }
  const fill = numeric && flags.zero ? '0' : ' '
  let sign = ''
  let hasSign = numeric
  if (numeric) {
    const first = body[0]
    if (first === '-' || first === '+') {
      sign = first
      body = body.slice(1)
      length--
    } else if (flags.sign) sign = '+'
    else if (flags.blank) sign = ' '
    else hasSign = false
  }
  if (width < length) width = length
  let out = ''
  if (hasSign) {
    if (fill !== ' ') out += sign
    if (width > length) width--
  }
  const prefixed = flags.alternate && (conversion === 'x' || conversion === 'X' || conversion === 'o')
  let prefix = ''
  if (prefixed) {
    prefix = body.slice(0, 2)
    body = body.slice(2)
    if (fill !== ' ') out += prefix
    width = Math.max(0, width - 2)
    length -= 2
  }
  if (width > length && !flags.leftAdjust) {
    out += fill.repeat(width - length)
    width = length
  }
  if (fill === ' ') {
    if (hasSign) out += sign
    if (prefixed) out += prefix
  }
  out += body
  if (width > length) out += ' '.repeat(width - length)
  return out
}
