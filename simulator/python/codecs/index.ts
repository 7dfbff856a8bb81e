// The text codecs str.encode() and bytes.decode() use, as CPython 3.11 implements them.
export { CodecError, type CodecErrorType } from './codec-error'
export { lookupCodec, type Codec } from './codec-names'
export { decode, encode } from './convert'
