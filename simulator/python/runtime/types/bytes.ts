import { builtinType, PyObject, type PyType } from '../object'

export const BytesType = builtinType('bytes', undefined, (cls) => new PyBytes(new Uint8Array(0), cls))

export class PyBytes extends PyObject {
  constructor(
    readonly bytes: Uint8Array,
    cls: PyType = BytesType,
  ) {
    super(cls)
  }
}
