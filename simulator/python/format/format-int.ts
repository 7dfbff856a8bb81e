import { FormatError } from './format-error'
import { formatFloatWithSpec } from './format-float'
import { resolveFormatSpec, unknownFormatCode, type FormatSpec } from './format-spec'
import { intToFloat } from './int-to-float'
import { magnitudeDigits } from './int-to-string'
import { layoutNumber } from './number-layout'

const BASES: Record<string, number> = { b: 2, o: 8, x: 16, X: 16, d: 10, n: 10 }
const FLOAT_TYPES = new Set(['e', 'E', 'f', 'F', 'g', 'G', '%'])
const MAX_CODE_POINT = 0x10ffff
const C_LONG_LIMIT = 2n ** 63n

// format(n, spec) for an int. A bool passes typeName 'bool', which only changes error messages; note that
// format(True, '') is str(True), which the caller supplies.
export function formatInt(value: number | bigint, spec: string | FormatSpec, typeName = 'int'): string {
  if (spec === '') return (value < 0 ? '-' : '') + magnitudeDigits(value, 10)
  const parsed = resolveFormatSpec(spec, 'int', typeName)
  const type = parsed.type
  if (FLOAT_TYPES.has(type)) return formatFloatWithSpec(intToFloat(value), parsed)
  const base = BASES[type]
  if (base === undefined && type !== 'c') throw unknownFormatCode(type, typeName)
  if (parsed.precision !== -1) {
    throw new FormatError('ValueError', 'Precision not allowed in integer format specifier')
  }
  if (parsed.noNegativeZero) {
    throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier')
  }
  if (type === 'c') return formatCharacter(value, parsed)
  const negative = value < 0
  if (parsed.sign !== '+' && parsed.sign !== ' ' && parsed.width === -1 && parsed.grouping === null && type !== 'X') {
    return (negative ? '-' : '') + (parsed.alternate ? prefixFor(type) : '') + magnitudeDigits(value, base)
  }
  let digits = magnitudeDigits(value, base)
  let prefix = parsed.alternate ? prefixFor(type) : ''
  if (type === 'X') {
    digits = digits.toUpperCase()
    prefix = prefix.toUpperCase()
  }
  return layoutNumber(negative, prefix, digits, '', parsed)
}

function prefixFor(type: string): string {
  return type === 'b' ? '0b' : type === 'o' ? '0o' : type === 'x' || type === 'X' ? '0x' : ''
}

function formatCharacter(value: number | bigint, spec: FormatSpec): string {
  if (spec.sign !== null) throw new FormatError('ValueError', "Sign not allowed with integer format specifier 'c'")
  if (spec.alternate) {
    throw new FormatError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'")
  }
  if (typeof value === 'bigint' && (value >= C_LONG_LIMIT || value < -C_LONG_LIMIT)) {
    throw new FormatError('OverflowError', 'Python int too large to convert to C long')
  }
  if (value < 0 || value > MAX_CODE_POINT) throw new FormatError('OverflowError', '%c arg not in range(0x110000)')
  return layoutNumber(false, '', '', String.fromCodePoint(Number(value)), spec)
}
