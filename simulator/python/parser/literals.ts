// Decoding of number and (non-f) string literal tokens into constant values, as CPython 3.11's
// `Parser/string_parser.c` and `PyLong_FromString`/`PyOS_string_to_double` do.

import type { ConstantValue } from '../ast/nodes'
import { lookupCharacterName } from '../unicode/char-names'

export function numberValue(text: string): ConstantValue {
  const digits = text.replace(/_/g, '')
  const last = digits[digits.length - 1]
  if (last === 'j' || last === 'J') return { complex: Number(digits.slice(0, -1)) }
  const radix = digits.length > 1 && digits[0] === '0' ? digits[1].toLowerCase() : ''
  if (radix === 'x' || radix === 'o' || radix === 'b') return intValue(BigInt('0' + radix + digits.slice(2)))
  if (/[.eE]/.test(digits)) return { float: Number(digits) }
  return intValue(BigInt(digits))
}

function intValue(n: bigint): number | bigint {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n
}

export interface StringPrefix {
  raw: boolean
  bytes: boolean
  format: boolean
  unicode: boolean
}

export function stringPrefix(token: string): StringPrefix {
  const prefix = token.slice(0, token.search(/['"]/)).toLowerCase()
  return {
    raw: prefix.includes('r'),
    bytes: prefix.includes('b'),
    format: prefix.includes('f'),
    unicode: prefix.includes('u'),
  }
}

/** The text between the quotes of a STRING token, and its offset within the token. */
export function stringBody(token: string): { body: string; offset: number } {
  const quoteAt = token.search(/['"]/)
  const quote = token[quoteAt]
  const size = token.startsWith(quote.repeat(3), quoteAt) && token.length - quoteAt >= 6 ? 3 : 1
  return { body: token.slice(quoteAt + size, token.length - size), offset: quoteAt + size }
}

/** A literal that CPython rejects while decoding; `msg` is the full SyntaxError message. */
export class LiteralError {
  constructor(readonly msg: string) {}
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
}

/** Decodes backslash escapes of a non-raw str literal body (also used for f-string literal parts). */
export function decodeStrEscapes(body: string): string {
  if (!body.includes('\\')) return body
  let out = ''
  let i = 0
  while (i < body.length) {
    const ch = body[i]
    if (ch !== '\\') {
      out += ch
      i++
      continue
    }
    const start = i
    const esc = body[i + 1]
    i += 2
    // Only an f-string's literal part can end in a backslash (`f"\\{x}"`); CPython keeps it.
    if (esc === undefined) {
      out += '\\'
      break
    }
    if (esc in SIMPLE_ESCAPES) out += SIMPLE_ESCAPES[esc]
    else if (esc >= '0' && esc <= '7') {
      let digits = esc
      while (digits.length < 3 && body[i] >= '0' && body[i] <= '7') digits += body[i++]
      out += String.fromCodePoint(parseInt(digits, 8))
    } else if (esc === 'x' || esc === 'u' || esc === 'U') {
      const width = esc === 'x' ? 2 : esc === 'u' ? 4 : 8
      const hex = body.slice(i, i + width)
      const valid = /^[0-9a-fA-F]*/.exec(hex)?.[0] ?? ''
      if (valid.length < width) {
        const kind = esc === 'x' ? '\\xXX' : esc === 'u' ? '\\uXXXX' : '\\UXXXXXXXX'
        throw new LiteralError(unicodeError(body, start, i + valid.length, `truncated ${kind} escape`))
      }
      const code = parseInt(hex, 16)
      if (code > 0x10ffff) throw new LiteralError(unicodeError(body, start, i + width, 'illegal Unicode character'))
      out += String.fromCodePoint(code)
      i += width
    } else if (esc === 'N') {
      const close = body[i] === '{' ? body.indexOf('}', i) : -1
      const code = close > i + 1 ? lookupCharacterName(body.slice(i + 1, close)) : undefined
      if (code === undefined) {
        const end = close > i + 1 ? close + 1 : close === -1 ? i : close
        const reason = close > i + 1 ? 'unknown Unicode character name' : 'malformed \\N character escape'
        throw new LiteralError(unicodeError(body, start, end, reason))
      }
      out += String.fromCodePoint(code)
      i = close + 1
    } else out += '\\' + esc
  }
  return out
}

/**
 * CPython re-encodes each non-ASCII character of the body as a 10-byte `\U` escape before running the
 * 'unicodeescape' codec, so its error positions count those characters as 10 bytes.
 */
function unicodeError(body: string, start: number, end: number, reason: string): string {
  const bytePos = (upTo: number): number => {
    let n = 0
    for (let i = 0; i < upTo && i < body.length; i++) {
      const code = body.charCodeAt(i)
      if (code >= 0xdc00 && code <= 0xdfff) continue
      n += code < 128 ? 1 : 10
    }
    return n
  }
  const from = bytePos(start)
  const to = bytePos(end) - 1
  const where = to > from ? `bytes in position ${from}-${to}` : `byte 0x5c in position ${from}`
  return `(unicode error) 'unicodeescape' codec can't decode ${where}: ${reason}`
}

/** Decodes an ASCII-only bytes literal body. */
export function decodeBytes(body: string, raw: boolean): Uint8Array {
  const out: number[] = []
  let i = 0
  while (i < body.length) {
    const ch = body[i]
    if (raw || ch !== '\\') {
      out.push(body.charCodeAt(i))
      i++
      continue
    }
    const start = i
    const esc = body[i + 1]
    i += 2
    if (esc in SIMPLE_ESCAPES) {
      const value = SIMPLE_ESCAPES[esc]
      if (value !== '') out.push(value.charCodeAt(0))
    } else if (esc >= '0' && esc <= '7') {
      let digits = esc
      while (digits.length < 3 && body[i] >= '0' && body[i] <= '7') digits += body[i++]
      out.push(parseInt(digits, 8) & 0xff)
    } else if (esc === 'x') {
      const hex = body.slice(i, i + 2)
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new LiteralError(`(value error) invalid \\x escape at position ${start}`)
      out.push(parseInt(hex, 16))
      i += 2
    } else {
      out.push(92, body.charCodeAt(i - 1))
    }
  }
  return Uint8Array.from(out)
}
