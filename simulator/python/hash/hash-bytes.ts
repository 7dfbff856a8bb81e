// CPython 3.11's `_Py_HashBytes` (Python/pyhash.c) as built by default: SipHash-1-3 (`Py_HASH_ALGORITHM` siphash13,
// `Py_HASH_CUTOFF` 0, so no small-input DJBX33A path). The key is `_Py_HashSecret.siphash.k0/k1`; with
// PYTHONHASHSEED=0, `_Py_HashRandomization_Init` (Python/bootstrap_hash.c) zeroes the whole secret, so k0 = k1 = 0
// and the initial state is SipHash's constants unchanged. Message words are read little-endian (`_le64toh`).

import { hashFromHalves, type PyHash } from './py-hash'

// The state v0..v3 as hi/lo int32 halves: [v0hi, v0lo, v1hi, v1lo, v2hi, v2lo, v3hi, v3lo].
const v = new Int32Array(8)

// SINGLE_ROUND: two HALF_ROUNDs, rotating by (13, 16) and (17, 21), on 64-bit words held as halves in locals —
// written out rather than built from Uint64 calls because string hashing is hot and this is 2-3x faster.
function sipRound(): void {
  let v0h = v[0]
  let v0l = v[1]
  let v1h = v[2]
  let v1l = v[3]
  let v2h = v[4]
  let v2l = v[5]
  let v3h = v[6]
  let v3l = v[7]
  let lo: number
  let t: number
  // v0 += v1; v2 += v3
  lo = (v0l >>> 0) + (v1l >>> 0)
  v0h = (v0h + v1h + (lo > 0xffffffff ? 1 : 0)) | 0
  v0l = lo | 0
  lo = (v2l >>> 0) + (v3l >>> 0)
  v2h = (v2h + v3h + (lo > 0xffffffff ? 1 : 0)) | 0
  v2l = lo | 0
  // v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2; v0 = rotl(v0, 32)
  t = (v1h << 13) | (v1l >>> 19)
  v1l = ((v1l << 13) | (v1h >>> 19)) ^ v0l
  v1h = t ^ v0h
  t = (v3h << 16) | (v3l >>> 16)
  v3l = ((v3l << 16) | (v3h >>> 16)) ^ v2l
  v3h = t ^ v2h
  t = v0h
  v0h = v0l
  v0l = t
  // v2 += v1; v0 += v3
  lo = (v2l >>> 0) + (v1l >>> 0)
  v2h = (v2h + v1h + (lo > 0xffffffff ? 1 : 0)) | 0
  v2l = lo | 0
  lo = (v0l >>> 0) + (v3l >>> 0)
  v0h = (v0h + v3h + (lo > 0xffffffff ? 1 : 0)) | 0
  v0l = lo | 0
  // v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0; v2 = rotl(v2, 32)
  t = (v1h << 17) | (v1l >>> 15)
  v1l = ((v1l << 17) | (v1h >>> 15)) ^ v2l
  v1h = t ^ v2h
  t = (v3h << 21) | (v3l >>> 11)
  v3l = ((v3l << 21) | (v3h >>> 11)) ^ v0l
  v3h = t ^ v0h
  v[0] = v0h
  v[1] = v0l
  v[2] = v1h
  v[3] = v1l
  // v2 = rotl(v2, 32): stored with its halves swapped.
  v[4] = v2l
  v[5] = v2h
  v[6] = v3h
  v[7] = v3l
}

function readWord(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)
}

/** Feeds one 64-bit message word: v3 ^= m; round; v0 ^= m. */
function compress(hi: number, lo: number): void {
  v[6] ^= hi
  v[7] ^= lo
  sipRound()
  v[0] ^= hi
  v[1] ^= lo
}

/** The hash of the first `length` bytes of `bytes`, exactly as `_Py_HashBytes` computes it. */
export function hashByteRange(bytes: Uint8Array, length: number): PyHash {
  if (length === 0) return 0
  v[0] = 0x736f6d65
  v[1] = 0x70736575
  v[2] = 0x646f7261
  v[3] = 0x6e646f6d
  v[4] = 0x6c796765
  v[5] = 0x6e657261
  v[6] = 0x74656462
  v[7] = 0x79746573
  const blocksEnd = length & ~7
  for (let at = 0; at < blocksEnd; at += 8) compress(readWord(bytes, at + 4), readWord(bytes, at))
  // The last block holds the 0..7 remaining bytes and, in its top byte, the length mod 256.
  let lo = 0
  let hi = (length & 0xff) << 24
  for (let at = blocksEnd; at < length; at++) {
    const shift = (at - blocksEnd) * 8
    if (shift < 32) lo |= bytes[at] << shift
    else hi |= bytes[at] << (shift - 32)
  }
  compress(hi, lo)
  v[5] ^= 0xff
  sipRound()
  sipRound()
  sipRound()
  const outHi = v[0] ^ v[2] ^ v[4] ^ v[6]
  const outLo = v[1] ^ v[3] ^ v[5] ^ v[7]
  // -1 is CPython's error marker, so a hash that comes out as -1 is reported as -2.
  return (outHi & outLo) === -1 ? -2 : hashFromHalves(outHi, outLo)
}

/** `hash(b)` for a Python `bytes` object. */
export function hashBytes(bytes: Uint8Array): PyHash {
  return hashByteRange(bytes, bytes.length)
}
