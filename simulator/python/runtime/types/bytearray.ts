import { builtinType, PyObject, type PyType } from '../object'

export const ByteArrayType = builtinType('bytearray', undefined, (cls) => new PyByteArray(new Uint8Array(0), cls))

/** A mutable bytes: `bytes` is replaced whenever the length changes. */
export class PyByteArray extends PyObject {
  constructor(
    public bytes: Uint8Array,
    cls: PyType = ByteArrayType,
  ) {
    super(cls)
  }
}
