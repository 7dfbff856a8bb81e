import { escapeCodePoint } from './str-repr'

// ascii(obj) is repr(obj) with every non-ASCII character backslash-escaped.
export function escapeNonAscii(text: string): string {
  let out = ''
  let plainStart = 0
  let i = 0
  while (i < text.length) {
    const code = text.codePointAt(i)!
    const size = code > 0xffff ? 2 : 1
    if (code >= 0x80) {
      out += text.slice(plainStart, i) + escapeCodePoint(code)
      plainStart = i + size
    }
    i += size
  }
  return plainStart === 0 ? text : out + text.slice(plainStart)
}
