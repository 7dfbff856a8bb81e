import { toAsciiNumberText } from './ascii-digits'
import { FormatError } from './format-error'
import { MAX_STR_DIGITS } from './int-to-string'
import { pyStrRepr } from './str-repr'
import { codePointPrefix } from './code-points'

const PREFIX_BASES: Record<string, number> = { x: 16, X: 16, o: 8, O: 8, b: 2, B: 2 }

// int(text, base) for a str, CPython 3.11's PyLong_FromUnicodeObject: surrounding whitespace, one sign, base 0
// guessing from 0x/0o/0b (and refusing other leading zeros), single underscores between digits or after a prefix.
export function parseIntLiteral(text: string, base: number): number | bigint {
  if ((base !== 0 && base < 2) || base > 36) {
    throw new FormatError('ValueError', 'int() base must be >= 2 and <= 36, or 0')
  }
  if (base === 10 && /^\d{1,15}$/.test(text)) return Number(text)
  const invalid = () =>
    new FormatError(
      'ValueError',
      `invalid literal for int() with base ${base}: ${codePointPrefix(pyStrRepr(text), 200)}`,
    )
  const s = toAsciiNumberText(text)
  let pos = 0
  while (pos < s.length && isSpace(s.charCodeAt(pos))) pos++
  let negative = false
  if (s[pos] === '+' || s[pos] === '-') negative = s[pos++] === '-'
  let radix = base
  let onlyZeros = false
  if (radix === 0) {
    if (s[pos] !== '0') radix = 10
    else if (PREFIX_BASES[s[pos + 1]] !== undefined) radix = PREFIX_BASES[s[pos + 1]]
    else {
      // an old C-style octal literal, which is only acceptable when it is zero
      radix = 10
      onlyZeros = true
    }
  }
  if (s[pos] === '0' && PREFIX_BASES[s[pos + 1]] === radix) {
    pos += 2
    if (s[pos] === '_') pos++
  }
  if (s[pos] === '_') throw invalid()
  let digits = ''
  let previous = ''
  for (; pos < s.length; pos++) {
    const char = s[pos]
    if (char === '_') {
      if (previous === '_') break
    } else if (digitValue(char.charCodeAt(0)) < radix) {
      digits += char
    } else break
    previous = char
  }
  if (previous === '_') pos--
  if (digits.length === 0) throw invalid()
  if (digits.length > MAX_STR_DIGITS && (radix & (radix - 1)) !== 0) {
    throw new FormatError(
      'ValueError',
      `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits.length} digits; ` +
        'use sys.set_int_max_str_digits() to increase the limit',
    )
  }
  while (pos < s.length && isSpace(s.charCodeAt(pos))) pos++
  if (pos !== s.length) throw invalid()
  const magnitude = digitsToInt(digits, radix)
  if (onlyZeros && magnitude !== 0) throw invalid()
  if (typeof magnitude === 'number') return negative && magnitude !== 0 ? -magnitude : magnitude
  return negative ? -magnitude : magnitude
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13)
}

function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48
  if (code >= 97 && code <= 122) return code - 87
  if (code >= 65 && code <= 90) return code - 55
  return 99
}

// The value of validated digits, normalized: a safe integer as a number, anything larger as a bigint.
function digitsToInt(digits: string, radix: number): number | bigint {
  if (digits.length <= 10) {
    const small = parseInt(digits, radix)
    if (Number.isSafeInteger(small)) return small
  }
  let value: bigint
  if (radix === 10) value = BigInt(digits)
  else if (radix === 16) value = BigInt('0x' + digits)
  else if (radix === 8) value = BigInt('0o' + digits)
  else if (radix === 2) value = BigInt('0b' + digits)
  else {
    // chunks of 8 digits stay exact in a double for any radix up to 36
    value = 0n
    const big = BigInt(radix)
    for (let start = 0; start < digits.length; start += 8) {
      const chunk = digits.slice(start, start + 8)
      value = value * big ** BigInt(chunk.length) + BigInt(parseInt(chunk, radix))
    }
  }
  return value <= 9007199254740991n ? Number(value) : value
}
