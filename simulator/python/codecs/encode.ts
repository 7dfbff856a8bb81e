import { encodeError, unknownHandler } from './codec-error'
import type { Codec } from './codec-names'

// str.encode(): CPython 3.11's encoders and the standard error handlers. The one-byte codecs and UTF-8 treat a run
// of unencodable characters as one error (the handlers they implement inline go character by character); UTF-16
// and UTF-32 report each character on its own.

type Sink = number[]

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff
}

function codePointsOf(text: string): number[] {
  const out: number[] = []
  for (const ch of text) out.push(ch.codePointAt(0)!)
  return out
}

function writeUtf8(c: number, out: Sink): void {
  if (c < 0x80) out.push(c)
  else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f))
  else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f))
  else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f))
}

function writeUnit(c: number, size: 2 | 4, little: boolean, out: Sink): void {
  const bytes = size === 2 ? [c & 0xff, c >> 8] : [c & 0xff, (c >> 8) & 0xff, (c >> 16) & 0xff, c >>> 24]
  out.push(...(little ? bytes : bytes.reverse()))
}

function writeUtf16(c: number, little: boolean, out: Sink): void {
  if (c < 0x10000) return writeUnit(c, 2, little, out)
  const v = c - 0x10000
  writeUnit(0xd800 | (v >> 10), 2, little, out)
  writeUnit(0xdc00 | (v & 0x3ff), 2, little, out)
}

function backslashEscape(c: number): string {
  if (c < 0x100) return '\\x' + c.toString(16).padStart(2, '0')
  if (c < 0x10000) return '\\u' + c.toString(16).padStart(4, '0')
  return '\\U' + c.toString(16).padStart(8, '0')
}

/** The text the replacing handlers substitute for one character; undefined for other handlers. */
function textReplacement(handler: string, c: number): string | undefined {
  if (handler === 'replace') return '?'
  if (handler === 'backslashreplace') return backslashEscape(c)
  if (handler === 'xmlcharrefreplace') return `&#${c};`
  if (handler === 'ignore') return ''
  return undefined
}

const knownHandlers = new Set([
  'strict',
  'ignore',
  'replace',
  'backslashreplace',
  'xmlcharrefreplace',
  'surrogateescape',
  'surrogatepass',
])

/** ASCII, Latin-1 and UTF-8: runs of unencodable characters. */
function encodeRuns(cps: number[], codec: 'ascii' | 'latin-1' | 'utf-8', errors: string): Sink {
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : Infinity
  const ok = (c: number) => c < limit && !(codec === 'utf-8' && isSurrogate(c))
  const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`
  const write = codec === 'utf-8' ? writeUtf8 : (c: number, out: Sink) => out.push(c)
  const out: Sink = []
  let i = 0
  while (i < cps.length) {
    if (ok(cps[i])) {
      write(cps[i++], out)
      continue
    }
    let start = i
    let end = i + 1
    while (end < cps.length && !ok(cps[end])) end++
    i = end
    if (textReplacement(errors, 0) !== undefined) {
      for (let k = start; k < end; k++) for (const r of textReplacement(errors, cps[k])!) out.push(r.charCodeAt(0))
      continue
    }
    if (errors === 'surrogateescape') {
      while (start < end && cps[start] >= 0xdc80 && cps[start] <= 0xdcff) out.push(cps[start++] - 0xdc00)
      if (start === end) continue
    } else if (errors === 'surrogatepass' && codec === 'utf-8') {
      for (let k = start; k < end; k++) writeUtf8(cps[k], out)
      continue
    } else if (!knownHandlers.has(errors)) {
      throw unknownHandler(errors)
    }
    throw encodeError(codec, cps, start, end, reason)
  }
  return out
}

/** UTF-16 and UTF-32: each surrogate is its own error; a handler's bytes must fill whole code units. */
function encodeUnits(cps: number[], codec: Codec, errors: string): Sink {
  const size = codec.startsWith('utf-16') ? 2 : 4
  const little = !codec.endsWith('-be')
  const out: Sink = []
  if (codec === 'utf-16' || codec === 'utf-32') writeUnit(0xfeff, size, true, out)
  const write = (c: number) => (size === 2 ? writeUtf16(c, little, out) : writeUnit(c, 4, little, out))
  cps.forEach((c, i) => {
    if (!isSurrogate(c)) return write(c)
    const text = textReplacement(errors, c)
    if (text !== undefined) {
      for (const r of text) write(r.charCodeAt(0))
    } else if (errors === 'surrogatepass') {
      writeUnit(c, size, little, out)
    } else if (!knownHandlers.has(errors)) {
      throw unknownHandler(errors)
    } else {
      throw encodeError(codec, cps, i, i + 1, 'surrogates not allowed')
    }
  })
  return out
}

export function encodeText(text: string, codec: Codec, errors: string): Uint8Array {
  const cps = codePointsOf(text)
  if (codec === 'ascii' || codec === 'latin-1' || codec === 'utf-8')
    return Uint8Array.from(encodeRuns(cps, codec, errors))
  return Uint8Array.from(encodeUnits(cps, codec, errors))
}
