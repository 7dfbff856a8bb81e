// str.encode()/bytes.decode() through the codecs library, its errors raised as Python exceptions.
import { CodecError, decode, encode } from '../../codecs'
import { typeError } from '../../runtime/errors'
import type { PyType, PyValue } from '../../runtime/object'
import { typeName } from '../../runtime/type-of'
import { PyBytes } from '../../runtime/types/bytes'
import { strOf } from '../../runtime/types/str-subclass'
import {
  LookupErrorType,
  newException,
  PyBaseException,
  TypeErrorType,
  UnicodeDecodeErrorType,
  UnicodeEncodeErrorType,
} from '../../runtime/types/exceptions'

const exceptionTypes: Record<CodecError['pyType'], PyType> = {
  UnicodeEncodeError: UnicodeEncodeErrorType,
  UnicodeDecodeError: UnicodeDecodeErrorType,
  LookupError: LookupErrorType,
  TypeError: TypeErrorType,
}

function raised(error: unknown, input: string | Uint8Array): unknown {
  if (!(error instanceof CodecError)) return error
  const exc: PyBaseException = newException(exceptionTypes[error.pyType], error.message)
  const details = error.details
  if (details !== undefined) {
    exc.attrs!.set('encoding', details.encoding)
    exc.attrs!.set('object', typeof input === 'string' ? input : new PyBytes(input))
    exc.attrs!.set('start', details.start)
    exc.attrs!.set('end', details.end)
    exc.attrs!.set('reason', details.reason)
  }
  return exc
}

export function encodeStr(text: string, encoding: string, errors: string): PyBytes {
  try {
    return new PyBytes(encode(text, encoding, errors))
  } catch (error) {
    throw raised(error, text)
  }
}

export function decodeToStr(bytes: Uint8Array, encoding: string, errors: string): string {
  try {
    return decode(bytes, encoding, errors)
  } catch (error) {
    throw raised(error, bytes)
  }
}

/** The encoding and errors arguments of encode()/decode(), which must be str. */
export function codecArgs(fn: string, encoding: PyValue | undefined, errors: PyValue | undefined): [string, string] {
  const encodingText = encoding === undefined ? 'utf-8' : strOf(encoding)
  if (encodingText === undefined) {
    throw typeError(`${fn}() argument 'encoding' must be str, not ${typeName(encoding!)}`)
  }
  const errorsText = errors === undefined ? 'strict' : strOf(errors)
  if (errorsText === undefined) throw typeError(`${fn}() argument 'errors' must be str, not ${typeName(errors!)}`)
  return [encodingText, errorsText]
}
