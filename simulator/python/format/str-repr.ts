import { isPrintable } from './unicode-chars'

// repr(s) for a str, as CPython 3.11's unicode_repr writes it: single quotes unless the text has a single quote
// and no double quote; printable characters (by Unicode 14.0) kept, others escaped as \xhh, \uhhhh or \Uhhhhhhhh.
export function pyStrRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'"
  if (isPlainAscii(text, quote)) return quote + text + quote
  let out = quote
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (char === quote || char === '\\') out += '\\' + char
    else if (code === 9) out += '\\t'
    else if (code === 10) out += '\\n'
    else if (code === 13) out += '\\r'
    else if (code < 0x20 || code === 0x7f) out += '\\x' + hex(code, 2)
    else if (code < 0x7f || isPrintable(code)) out += char
    else out += escapeCodePoint(code)
  }
  return out + quote
}

// \xhh, \uhhhh or \Uhhhhhhhh, whichever is shortest for the code point.
export function escapeCodePoint(code: number): string {
  if (code <= 0xff) return '\\x' + hex(code, 2)
  if (code <= 0xffff) return '\\u' + hex(code, 4)
  return '\\U' + hex(code, 8)
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0')
}

function isPlainAscii(text: string, quote: string): boolean {
  const quoteCode = quote.charCodeAt(0)
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x20 || code >= 0x7f || code === 92 || code === quoteCode) return false
  }
  return true
}
