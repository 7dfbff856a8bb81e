import { toAsciiNumberText } from './ascii-digits'
import { FormatError } from './format-error'
import { pyStrRepr } from './str-repr'

// complex(text) for a str, as CPython 3.11's complex_from_string_inner reads it: optional surrounding whitespace
// and parentheses around "<float>", "<float>j", "<float><signed float>j", or the forms with a bare sign or no
// digits before the j ("1+j", "-j", "j").

const FLOAT = String.raw`(?:(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?|inf(?:inity)?|nan)`
const REAL_ONLY = new RegExp(`^([+-]?${FLOAT})$`, 'i')
const IMAG_ONLY = new RegExp(`^([+-]?${FLOAT}?)j$`, 'i')
const BOTH = new RegExp(`^([+-]?${FLOAT})([+-]${FLOAT}?)j$`, 'i')

function malformed(): FormatError {
  return new FormatError('ValueError', 'complex() arg is a malformed string')
}

function trimSpace(s: string): string {
  return s.replace(/^[ \t\n\r\v\f]+|[ \t\n\r\v\f]+$/g, '')
}

/** A signed float token, or a bare sign for ±1. */
function value(token: string): number {
  if (token === '' || token === '+') return 1
  if (token === '-') return -1
  const magnitude = token.replace(/^[+-]/, '').toLowerCase()
  const v = magnitude.startsWith('inf') ? Infinity : magnitude === 'nan' ? NaN : Number(magnitude)
  return token.startsWith('-') ? -v : v
}

export function parseComplexLiteral(text: string): { real: number; imag: number } {
  let s = toAsciiNumberText(text)
  if (s.includes('_')) {
    // an underscore must sit between two digits
    if (/(?:^|\D)_|_(?:\D|$)/.test(s)) {
      throw new FormatError('ValueError', `could not convert string to complex: ${pyStrRepr(text)}`)
    }
    s = s.replace(/_/g, '')
  }
  s = trimSpace(s)
  if (s.startsWith('(')) {
    if (!s.endsWith(')')) throw malformed()
    s = trimSpace(s.slice(1, -1))
  }
  let m = REAL_ONLY.exec(s)
  if (m) return { real: value(m[1]), imag: 0 }
  m = IMAG_ONLY.exec(s)
  if (m) return { real: 0, imag: value(m[1]) }
  m = BOTH.exec(s)
  if (m) return { real: value(m[1]), imag: value(m[2]) }
  throw malformed()
}
