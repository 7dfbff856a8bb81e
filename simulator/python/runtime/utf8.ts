// UTF-8 for str.encode() and bytes.decode(): the simulator has no TextEncoder (it runs without host APIs).
import { newException, UnicodeDecodeErrorType, UnicodeEncodeErrorType } from './types/exceptions'

export function utf8Encode(text: string): Uint8Array {
  const out: number[] = []
  let position = 0
  for (const ch of text) {
    const c = ch.codePointAt(0)!
    if (c < 0x80) out.push(c)
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f))
    else if (c >= 0xd800 && c <= 0xdfff) {
      throw newException(
        UnicodeEncodeErrorType,
        `'utf-8' codec can't encode character '\\u${c.toString(16)}' in position ${position}: surrogates not allowed`,
      )
    } else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f))
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f))
    position++
  }
  return Uint8Array.from(out)
}

export function utf8Decode(bytes: Uint8Array): string {
  let out = ''
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    let need: number
    let c: number
    if (b < 0x80) [need, c] = [0, b]
    else if (b >= 0xc2 && b < 0xe0) [need, c] = [1, b & 0x1f]
    else if (b >= 0xe0 && b < 0xf0) [need, c] = [2, b & 0x0f]
    else if (b >= 0xf0 && b < 0xf5) [need, c] = [3, b & 0x07]
    else throw decodeError(b, i, 'invalid start byte')
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k]
      if (next === undefined) throw decodeError(b, i, 'unexpected end of data')
      if ((next & 0xc0) !== 0x80) throw decodeError(b, i, 'invalid continuation byte')
      c = (c << 6) | (next & 0x3f)
    }
    out += String.fromCodePoint(c)
    i += need + 1
  }
  return out
}

function decodeError(byte: number, position: number, reason: string) {
  return newException(
    UnicodeDecodeErrorType,
    `'utf-8' codec can't decode byte 0x${byte.toString(16).padStart(2, '0')} in position ${position}: ${reason}`,
  )
}
