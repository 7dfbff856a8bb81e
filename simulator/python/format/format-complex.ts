import { doubleToString, type DoubleCode } from './double-to-string'
import { FormatError } from './format-error'
import { resolveFormatSpec, unknownFormatCode, type FormatSpec } from './format-spec'
import { layoutNumber } from './number-layout'

// repr() and format() of a complex, as CPython 3.11's complex_repr and format_complex_internal write them.

const COMPLEX_TYPES = new Set(['', 'e', 'E', 'f', 'F', 'g', 'G', 'n'])
const INT_MAX = 2147483647

/** `1j`, `(1+2j)`, `(-0-1j)`: the parts' shortest digits, without parentheses when the real part is +0. */
export function complexRepr(real: number, imag: number): string {
  const im = doubleToString(imag, 'r', 0)
  if (real === 0 && !Object.is(real, -0)) return im + 'j'
  return `(${doubleToString(real, 'r', 0)}${doubleToString(imag, 'r', 0, { alwaysSign: true })}j)`
}

/** One part laid out with the spec's sign and grouping but no padding; `sign` overrides the spec's. */
function part(value: number, code: DoubleCode, precision: number, spec: FormatSpec, sign: FormatSpec['sign']): string {
  let text = doubleToString(value, code, precision, { alternate: spec.alternate, noNegativeZero: spec.noNegativeZero })
  const negative = text.charCodeAt(0) === 45
  if (negative) text = text.slice(1)
  let digitsEnd = 0
  while (digitsEnd < text.length && text.charCodeAt(digitsEnd) >= 48 && text.charCodeAt(digitsEnd) <= 57) digitsEnd++
  const unpadded: FormatSpec = { ...spec, sign, width: -1, fill: ' ', align: '<' }
  return layoutNumber(negative, '', text.slice(0, digitsEnd), text.slice(digitsEnd), unpadded)
}

export function formatComplex(real: number, imag: number, spec: string): string {
  if (spec === '') return complexRepr(real, imag)
  const parsed = resolveFormatSpec(spec, 'float', 'complex')
  if (!COMPLEX_TYPES.has(parsed.type)) throw unknownFormatCode(parsed.type, 'complex')
  if (parsed.precision > INT_MAX) throw new FormatError('ValueError', 'precision too big')
  if (parsed.fill === '0') {
    throw new FormatError('ValueError', 'Zero padding is not allowed in complex format specifier')
  }
  if (parsed.align === '=') {
    throw new FormatError('ValueError', "'=' alignment flag is not allowed in complex format specifier")
  }
  let code: DoubleCode
  let precision = parsed.precision
  let skipReal = false
  let parens = false
  if (parsed.type === '') {
    code = precision < 0 ? 'r' : 'g'
    if (precision < 0) precision = 0
    if (real === 0 && !Object.is(real, -0)) skipReal = true
    else parens = true
  } else {
    code = (parsed.type === 'n' ? 'g' : parsed.type) as DoubleCode
    if (precision < 0) precision = 6
  }
  const re = skipReal ? '' : part(real, code, precision, parsed, parsed.sign)
  const im = part(imag, code, precision, parsed, skipReal ? parsed.sign : '+')
  const body = parens ? `(${re}${im}j)` : `${re}${im}j`
  const padding = parsed.width - Array.from(body).length
  if (padding <= 0) return body
  if (parsed.align === '<') return body + parsed.fill.repeat(padding)
  if (parsed.align === '^') {
    const left = padding >> 1
    return parsed.fill.repeat(left) + body + parsed.fill.repeat(padding - left)
  }
  return parsed.fill.repeat(padding) + body
}
