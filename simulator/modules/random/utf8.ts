// `str.encode()` with CPython's defaults (UTF-8, errors='strict'), for `random.seed(str)`. Strings are JS strings:
// a well-formed surrogate pair is one code point; a lone surrogate cannot be encoded, as in CPython.

import { PythonError } from './python-error'

export function encodeUtf8(text: string): Uint8Array {
  const bytes: number[] = []
  let position = 0
  const codePoints = Array.from(text, (character) => character.codePointAt(0) as number)
  for (const codePoint of codePoints) {
    if (codePoint < 0x80) {
      bytes.push(codePoint)
    } else if (codePoint < 0x800) {
      bytes.push(0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f))
    } else if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
      throw surrogateError(codePoints, position)
    } else if (codePoint < 0x10000) {
      bytes.push(0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f))
    } else {
      bytes.push(
        0xf0 | (codePoint >> 18),
        0x80 | ((codePoint >> 12) & 0x3f),
        0x80 | ((codePoint >> 6) & 0x3f),
        0x80 | (codePoint & 0x3f),
      )
    }
    position++
  }
  return Uint8Array.from(bytes)
}

// CPython reports the whole run of consecutive surrogates starting at the first one.
function surrogateError(codePoints: number[], start: number): PythonError {
  let end = start + 1
  while (end < codePoints.length && codePoints[end] >= 0xd800 && codePoints[end] <= 0xdfff) end++
  const what =
    end - start === 1
      ? `character '\\u${codePoints[start].toString(16).padStart(4, '0')}' in position ${start}`
      : `characters in position ${start}-${end - 1}`
  return new PythonError('UnicodeEncodeError', `'utf-8' codec can't encode ${what}: surrogates not allowed`)
}
