import { codePointLength, codePointPrefix } from './code-points'
import { FormatError } from './format-error'
import { resolveFormatSpec, unknownFormatCode, type FormatSpec } from './format-spec'

// format(s, spec) for a str.
export function formatStr(value: string, spec: string | FormatSpec, typeName = 'str'): string {
  if (spec === '') return value
  const parsed = resolveFormatSpec(spec, 'str', typeName)
  if (parsed.type !== 's') throw unknownFormatCode(parsed.type, typeName)
  if (parsed.sign === ' ') throw new FormatError('ValueError', 'Space not allowed in string format specifier')
  if (parsed.sign !== null) throw new FormatError('ValueError', 'Sign not allowed in string format specifier')
  if (parsed.noNegativeZero) {
    throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier')
  }
  if (parsed.alternate) {
    throw new FormatError('ValueError', 'Alternate form (#) not allowed in string format specifier')
  }
  if (parsed.align === '=') throw new FormatError('ValueError', "'=' alignment not allowed in string format specifier")
  const { width, precision } = parsed
  // Most strings are shorter than any width that matters in UTF-16 units already.
  if (width <= 0 && precision < 0) return value
  let length = codePointLength(value)
  let text = value
  if (precision >= 0 && length > precision) {
    text = codePointPrefix(value, precision)
    length = precision
  }
  const padding = width - length
  if (padding <= 0) return text
  switch (parsed.align) {
    case '>':
      return parsed.fill.repeat(padding) + text
    case '^': {
      const left = padding >> 1
      return parsed.fill.repeat(left) + text + parsed.fill.repeat(padding - left)
    }
    default:
      return text + parsed.fill.repeat(padding)
  }
}
