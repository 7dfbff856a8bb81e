import { toAsciiNumberText } from './ascii-digits'
import { FormatError } from './format-error'
import { pyStrRepr } from './str-repr'

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/
const SPECIAL = /^([+-]?)(?:(inf|infinity)|nan)$/i

// float(text) for a str, CPython 3.11's PyFloat_FromString: surrounding whitespace, decimal notation with single
// underscores between digits, 'inf'/'infinity'/'nan' in any case with a sign. Overflow gives ±inf, as in CPython.
export function parseFloatLiteral(text: string): number {
  let s = toAsciiNumberText(text)
  if (s.includes('_')) {
    const cleaned = withoutUnderscores(s)
    if (cleaned === null) throw invalid(text)
    s = cleaned
  }
  s = trimAsciiSpace(s)
  if (DECIMAL.test(s)) return Number(s)
  const special = SPECIAL.exec(s)
  if (special === null) throw invalid(text)
  // CPython keeps the sign of '-nan' in the bits; the engine may or may not carry it along
  const magnitude = special[2] === undefined ? NaN : Infinity
  return special[1] === '-' ? -magnitude : magnitude
}

function invalid(text: string): FormatError {
  return new FormatError('ValueError', `could not convert string to float: ${pyStrRepr(text)}`)
}

// Underscores are allowed only with a digit on each side.
function withoutUnderscores(s: string): string | null {
  let out = ''
  let previous = ''
  for (const char of s) {
    if (char === '_') {
      if (!isDigit(previous)) return null
    } else {
      if (previous === '_' && !isDigit(char)) return null
      out += char
    }
    previous = char
  }
  return previous === '_' ? null : out
}

function isDigit(char: string): boolean {
  return char.length === 1 && char >= '0' && char <= '9'
}

function trimAsciiSpace(s: string): string {
  let start = 0
  let end = s.length
  while (start < end && isSpace(s.charCodeAt(start))) start++
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--
  return s.slice(start, end)
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13)
}
