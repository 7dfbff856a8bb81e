import { decimalValue, isWhitespace } from './unicode-chars'

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, which int() and float() apply to str arguments first:
// Unicode whitespace becomes ' ', Unicode decimal digits become ASCII digits, and the text ends with a '?' at the
// first other non-ASCII character (so parsing then fails).
export function toAsciiNumberText(text: string): string {
  let i = 0
  while (i < text.length && text.charCodeAt(i) < 0x7f) i++
  if (i === text.length) return text
  let out = text.slice(0, i)
  for (const char of text.slice(i)) {
    const code = char.codePointAt(0)!
    if (code < 0x7f) {
      out += char
    } else if (isWhitespace(code)) {
      out += ' '
    } else {
      const digit = decimalValue(code)
      if (digit < 0) return out + '?'
      out += digit
    }
  }
  return out
}
