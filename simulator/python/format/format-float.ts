import { doubleToString, type DoubleCode } from './double-to-string'
import { floatRepr } from './float-repr'
import { FormatError } from './format-error'
import { resolveFormatSpec, unknownFormatCode, type FormatSpec } from './format-spec'
import { layoutNumber } from './number-layout'

const INT_MAX = 2147483647
const FLOAT_TYPES = new Set(['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'])

// format(x, spec) for a float.
export function formatFloat(value: number, spec: string | FormatSpec, typeName = 'float'): string {
  if (spec === '') return floatRepr(value)
  const parsed = resolveFormatSpec(spec, 'float', typeName)
  if (!FLOAT_TYPES.has(parsed.type)) throw unknownFormatCode(parsed.type, typeName)
  return formatFloatWithSpec(value, parsed)
}

// The float part of CPython's format_float_internal; ints formatted with a float type come here too.
export function formatFloatWithSpec(value: number, spec: FormatSpec): string {
  if (spec.precision > INT_MAX) throw new FormatError('ValueError', 'precision too big')
  let code: DoubleCode
  let precision = spec.precision
  let addDot0 = false
  let percent = false
  switch (spec.type) {
    case '':
      addDot0 = true
      code = precision < 0 ? 'r' : 'g'
      if (precision < 0) precision = 0
      break
    case 'n':
      code = 'g'
      break
    case '%':
      code = 'f'
      value *= 100
      percent = true
      break
    default:
      code = spec.type as DoubleCode
  }
  if (precision < 0) precision = 6
  let text = doubleToString(value, code, precision, {
    addDot0,
    alternate: spec.alternate,
    noNegativeZero: spec.noNegativeZero,
  })
  if (percent) text += '%'
  if (spec.sign !== '+' && spec.sign !== ' ' && spec.width === -1 && spec.grouping === null) return text
  const negative = text.charCodeAt(0) === 45
  if (negative) text = text.slice(1)
  let digitsEnd = 0
  while (digitsEnd < text.length && isDigit(text.charCodeAt(digitsEnd))) digitsEnd++
  return layoutNumber(negative, '', text.slice(0, digitsEnd), text.slice(digitsEnd), spec)
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
