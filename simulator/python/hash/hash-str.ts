// `hash(s)` for a Python `str`: CPython 3.11's `unicode_hash` runs `_Py_HashBytes` over the string's PEP 393
// canonical storage — 1, 2 or 4 bytes per code point, chosen by the widest code point (Latin-1, UCS-2, UCS-4), in the
// machine's byte order, which is little-endian on every platform we model.
//
// A JS string is UTF-16: a surrogate pair is one (astral) code point in Python; a lone surrogate is a code point of
// its own, below 0x10000.

import { hashByteRange } from './hash-bytes'
import type { PyHash } from './py-hash'

/** Bytes per code point in the canonical representation of `s`: 1, 2 or 4. */
export function canonicalWidth(s: string): 1 | 2 | 4 {
  let widest = 0
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i)
    if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1)
      if (next >= 0xdc00 && next < 0xe000) return 4
    }
    if (unit > widest) widest = unit
  }
  return widest < 0x100 ? 1 : 2
}

/** Writes the canonical representation of `s` at the given width into `out`; returns its length in bytes. */
export function writeCanonical(s: string, width: 1 | 2 | 4, out: Uint8Array): number {
  const n = s.length
  if (width === 1) {
    for (let i = 0; i < n; i++) out[i] = s.charCodeAt(i)
    return n
  }
  if (width === 2) {
    for (let i = 0; i < n; i++) {
      const unit = s.charCodeAt(i)
      out[2 * i] = unit
      out[2 * i + 1] = unit >>> 8
    }
    return 2 * n
  }
  let at = 0
  for (let i = 0; i < n; i++) {
    const point = s.codePointAt(i) as number
    if (point > 0xffff) i++
    out[at] = point
    out[at + 1] = point >>> 8
    out[at + 2] = point >>> 16
    out[at + 3] = 0
    at += 4
  }
  return at
}

// One buffer reused for every string that fits, so hashing allocates nothing; it grows up to a bound and longer
// strings get a buffer of their own.
const SCRATCH_LIMIT = 1 << 16
let scratch = new Uint8Array(256)

function bufferFor(byteLength: number): Uint8Array {
  if (byteLength <= scratch.length) return scratch
  if (byteLength > SCRATCH_LIMIT) return new Uint8Array(byteLength)
  let size = scratch.length
  while (size < byteLength) size *= 2
  scratch = new Uint8Array(size)
  return scratch
}

/** The hash of `s`, computed afresh. */
export function computeStrHash(s: string): PyHash {
  if (s.length === 0) return 0
  const width = canonicalWidth(s)
  const buffer = bufferFor(width * s.length)
  return hashByteRange(buffer, writeCanonical(s, width, buffer))
}

// CPython caches a str's hash in the object; we key a bounded map by content instead, emptied when it fills so memory
// stays bounded whatever a program does. Long strings are not kept: the map would pin them.
const CACHE_LIMIT = 4096
const CACHED_LENGTH_LIMIT = 64
const cache = new Map<string, PyHash>()

/** `hash(s)` for a Python `str`. */
export function hashStr(s: string): PyHash {
  const cached = cache.get(s)
  if (cached !== undefined) return cached
  const h = computeStrHash(s)
  if (s.length <= CACHED_LENGTH_LIMIT) {
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(s, h)
  }
  return h
}
