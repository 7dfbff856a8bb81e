import { CodecError } from './codec-error'
import { isFastPath, lookupCodec } from './codec-names'
import { decodeBytes } from './decode'
import { encodeText } from './encode'

// str.encode(encoding, errors) and bytes.decode(encoding, errors) by encoding name.

/**
 * Codecs reached through the registry get errors of plain exception types (not the Unicode errors) reworded
 * (_PyErr_TrySetFromCause).
 */
function reworded(error: unknown, operation: string, encoding: string): unknown {
  if (!(error instanceof CodecError) || error.details !== undefined || isFastPath(encoding)) return error
  const message = `${operation} with '${encoding}' codec failed (${error.pyType}: ${error.message})`
  return new CodecError(error.pyType, message)
}

export function encode(text: string, encoding: string, errors: string): Uint8Array {
  const codec = lookupCodec(encoding)
  try {
    return encodeText(text, codec, errors)
  } catch (error) {
    throw reworded(error, 'encoding', encoding)
  }
}

export function decode(bytes: Uint8Array, encoding: string, errors: string): string {
  if (bytes.length === 0) return ''
  const codec = lookupCodec(encoding)
  try {
    return decodeBytes(bytes, codec, errors)
  } catch (error) {
    throw reworded(error, 'decoding', encoding)
  }
}
