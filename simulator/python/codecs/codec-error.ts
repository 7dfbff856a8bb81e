// What a codec reports when it cannot go on; the runtime turns it into the Python exception.

export type CodecErrorType = 'UnicodeEncodeError' | 'UnicodeDecodeError' | 'LookupError' | 'TypeError'

export class CodecError {
  constructor(
    readonly pyType: CodecErrorType,
    /** str() of the exception. */
    readonly message: string,
    /** For Unicode errors: the codec, the offending range of `input` (code points or bytes) and the reason. */
    readonly details?: { encoding: string; input: readonly number[]; start: number; end: number; reason: string },
  ) {}
}

export function unknownEncoding(name: string): CodecError {
  return new CodecError('LookupError', `unknown encoding: ${name}`)
}

export function unknownHandler(name: string): CodecError {
  return new CodecError('LookupError', `unknown error handler name '${name}'`)
}

export function encodeError(encoding: string, input: number[], start: number, end: number, reason: string) {
  const where =
    end === start + 1
      ? `character '${escapeCodePoint(input[start])}' in position ${start}`
      : `characters in position ${start}-${end - 1}`
  const message = `'${encoding}' codec can't encode ${where}: ${reason}`
  return new CodecError('UnicodeEncodeError', message, { encoding, input, start, end, reason })
}

export function decodeError(encoding: string, input: number[], start: number, end: number, reason: string) {
  const where =
    end === start + 1
      ? `byte 0x${input[start].toString(16).padStart(2, '0')} in position ${start}`
      : `bytes in position ${start}-${end - 1}`
  const message = `'${encoding}' codec can't decode ${where}: ${reason}`
  return new CodecError('UnicodeDecodeError', message, { encoding, input, start, end, reason })
}

function escapeCodePoint(c: number): string {
  if (c < 0x100) return '\\x' + c.toString(16).padStart(2, '0')
  if (c < 0x10000) return '\\u' + c.toString(16).padStart(4, '0')
  return '\\U' + c.toString(16).padStart(8, '0')
}
