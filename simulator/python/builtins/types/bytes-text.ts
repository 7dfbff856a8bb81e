// Byte strings as JS "binary" strings (one char per byte, codes 0-255), so the bytes methods can use the JS string
// search and split operations; and the checks CPython makes on bytes-like arguments.
import { asInt } from '../../runtime/abstract/numeric'
import { typeError, valueError } from '../../runtime/errors'
import type { PyValue } from '../../runtime/object'
import { typeName } from '../../runtime/type-of'
import { PyByteArray } from '../../runtime/types/bytearray'
import { PyBytes } from '../../runtime/types/bytes'

const CHUNK = 0x8000

export function binary(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  return out
}

export function fromBinary(text: string): Uint8Array {
  const out = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i)
  return out
}

/** The bytes of a bytes-like object (bytes, bytearray), or undefined. */
export function bytesOf(v: PyValue): Uint8Array | undefined {
  return v instanceof PyBytes || v instanceof PyByteArray ? v.bytes : undefined
}

/** A bytes-like argument: `a bytes-like object is required, not 'str'` otherwise. */
export function bytesArg(v: PyValue): Uint8Array {
  const b = bytesOf(v)
  if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`)
  return b
}

/** An int that must be a byte value. */
export function byteValue(v: PyValue): number {
  const i = asInt(v)
  if (i === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`)
  if (i < 0 || i > 255) throw valueError('byte must be in range(0, 256)')
  return Number(i)
}

/** The needle of find/count/index/`in`: a bytes-like object or a byte value, as a binary string. */
export function needleArg(v: PyValue): string {
  const b = bytesOf(v)
  if (b !== undefined) return binary(b)
  if (asInt(v) === undefined) throw typeError(`argument should be integer or bytes-like object, not '${typeName(v)}'`)
  return String.fromCharCode(byteValue(v))
}

export const ASCII_WHITESPACE = ' \t\n\r\x0b\x0c'
