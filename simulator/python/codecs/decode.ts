import { CodecError, decodeError, unknownHandler } from './codec-error'
import type { Codec } from './codec-names'

// bytes.decode(): CPython 3.11's decoders and the standard error handlers. An undecodable stretch is reported with
// the byte range CPython gives it (for UTF-8, the maximal invalid subpart).

interface Invalid {
  end: number
  reason: string
}

/** One decoded code point and the offset after it, or the invalid stretch starting at `i`. */
type Step = { code: number; next: number } | Invalid

function utf8Step(b: Uint8Array, i: number): Step {
  const lead = b[i]
  if (lead < 0x80) return { code: lead, next: i + 1 }
  let need: number
  let low = 0x80
  let high = 0xbf
  if (lead >= 0xc2 && lead <= 0xdf) need = 1
  else if (lead >= 0xe0 && lead <= 0xef) {
    need = 2
    if (lead === 0xe0) low = 0xa0
    else if (lead === 0xed) high = 0x9f
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    need = 3
    if (lead === 0xf0) low = 0x90
    else if (lead === 0xf4) high = 0x8f
  } else return { end: i + 1, reason: 'invalid start byte' }
  let code = lead & (0xff >> (need + 2))
  for (let k = 1; k <= need; k++) {
    if (i + k >= b.length) return { end: b.length, reason: 'unexpected end of data' }
    const next = b[i + k]
    const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf]
    if (next < min || next > max) return { end: i + k, reason: 'invalid continuation byte' }
    code = (code << 6) | (next & 0x3f)
  }
  return { code, next: i + need + 1 }
}

function unitsStep(b: Uint8Array, i: number, size: 2 | 4, little: boolean): Step {
  const read = (at: number) => {
    let v = 0
    for (let k = 0; k < size; k++) v = v * 256 + b[at + (little ? size - 1 - k : k)]
    return v
  }
  if (i + size > b.length) return { end: b.length, reason: 'truncated data' }
  const unit = read(i)
  if (size === 4) {
    if (unit > 0x10ffff) return { end: i + 4, reason: 'code point not in range(0x110000)' }
    if (unit >= 0xd800 && unit <= 0xdfff)
      return { end: i + 4, reason: 'code point in surrogate code point range(0xd800, 0xe000)' }
    return { code: unit, next: i + 4 }
  }
  if (unit < 0xd800 || unit > 0xdfff) return { code: unit, next: i + 2 }
  if (unit >= 0xdc00) return { end: i + 2, reason: 'illegal encoding' }
  if (i + 4 > b.length) return { end: b.length, reason: 'unexpected end of data' }
  const second = read(i + 2)
  if (second < 0xdc00 || second > 0xdfff) return { end: i + 2, reason: 'illegal UTF-16 surrogate' }
  return { code: 0x10000 + ((unit - 0xd800) << 10) + (second - 0xdc00), next: i + 4 }
}

/** How to step through the bytes, where the text starts (after a byte order mark) and the name errors give. */
function stepper(codec: Codec, b: Uint8Array): [(i: number) => Step, number, string] {
  switch (codec) {
    case 'ascii':
      return [
        (i) => (b[i] < 0x80 ? { code: b[i], next: i + 1 } : { end: i + 1, reason: 'ordinal not in range(128)' }),
        0,
        codec,
      ]
    case 'latin-1':
      return [(i) => ({ code: b[i], next: i + 1 }), 0, codec]
    case 'utf-8':
      return [(i) => utf8Step(b, i), 0, codec]
    case 'utf-16-le':
    case 'utf-16-be':
      return [(i) => unitsStep(b, i, 2, codec === 'utf-16-le'), 0, codec]
    case 'utf-32-le':
    case 'utf-32-be':
      return [(i) => unitsStep(b, i, 4, codec === 'utf-32-le'), 0, codec]
    case 'utf-16': {
      const big = b[0] === 0xfe && b[1] === 0xff
      const bom = big || (b[0] === 0xff && b[1] === 0xfe)
      return [(i) => unitsStep(b, i, 2, !big), bom ? 2 : 0, big ? 'utf-16-be' : 'utf-16-le']
    }
    case 'utf-32': {
      const big = b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff
      const bom = big || (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0)
      return [(i) => unitsStep(b, i, 4, !big), bom ? 4 : 0, big ? 'utf-32-be' : 'utf-32-le']
    }
  }
}

/** An error handler's replacement for bytes[start:end] and where decoding resumes, or null to raise. */
function handle(handler: string, codec: Codec, bytes: Uint8Array, start: number, end: number): [string, number] | null {
  switch (handler) {
    case 'strict':
      return null
    case 'ignore':
      return ['', end]
    case 'replace':
      return ['\ufffd', end]
    case 'backslashreplace':
      return [Array.from(bytes.subarray(start, end), (x) => '\\x' + x.toString(16).padStart(2, '0')).join(''), end]
    case 'surrogateescape': {
      // escapes up to four non-ASCII bytes, then decoding resumes after them
      let consumed = 0
      while (consumed < 4 && start + consumed < end && bytes[start + consumed] >= 0x80) consumed++
      if (consumed === 0) return null
      const escaped = Array.from(bytes.subarray(start, start + consumed), (x) => 0xdc00 + x)
      return [String.fromCharCode(...escaped), start + consumed]
    }
    case 'surrogatepass': {
      const surrogate = passedSurrogate(codec, bytes, start)
      return surrogate === null ? null : [String.fromCharCode(surrogate), start + surrogateWidth[codec]]
    }
    case 'xmlcharrefreplace':
    case 'namereplace':
      throw new CodecError('TypeError', "don't know how to handle UnicodeDecodeError in error callback")
    default:
      throw unknownHandler(handler)
  }
}

const surrogateWidth: Record<Codec, number> = {
  'utf-8': 3,
  'utf-16': 2,
  'utf-16-le': 2,
  'utf-16-be': 2,
  'utf-32': 4,
  'utf-32-le': 4,
  'utf-32-be': 4,
  ascii: 0,
  'latin-1': 0,
}

/** surrogatepass: the surrogate the codec's encoding of one spells at `start`, or null. */
function passedSurrogate(codec: Codec, b: Uint8Array, start: number): number | null {
  const width = surrogateWidth[codec]
  if (width === 0 || start + width > b.length) return null
  let c: number
  if (codec === 'utf-8') {
    if (b[start] !== 0xed || (b[start + 1] & 0xe0) !== 0xa0 || (b[start + 2] & 0xc0) !== 0x80) return null
    c = 0xd000 | ((b[start + 1] & 0x3f) << 6) | (b[start + 2] & 0x3f)
  } else {
    const little =
      !codec.endsWith('-be') && !(codec === 'utf-16' || codec === 'utf-32' ? bigEndianBom(codec, b) : false)
    c = 0
    for (let k = 0; k < width; k++) c = c * 256 + b[start + (little ? width - 1 - k : k)]
  }
  return c >= 0xd800 && c <= 0xdfff ? c : null
}

function bigEndianBom(codec: 'utf-16' | 'utf-32', b: Uint8Array): boolean {
  return codec === 'utf-16'
    ? b[0] === 0xfe && b[1] === 0xff
    : b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff
}

export function decodeBytes(bytes: Uint8Array, codec: Codec, errors: string): string {
  const [step, skip, name] = stepper(codec, bytes)
  const parts: string[] = []
  let i = skip
  while (i < bytes.length) {
    const s = step(i)
    if ('code' in s) {
      parts.push(String.fromCodePoint(s.code))
      i = s.next
      continue
    }
    const handled = handle(errors, codec, bytes, i, s.end)
    if (handled === null) throw decodeError(name, Array.from(bytes), i, s.end, s.reason)
    parts.push(handled[0])
    i = handled[1]
  }
  return parts.join('')
}
