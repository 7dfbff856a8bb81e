import { builtinType, PyObject, type PyType } from '../object'

export const ComplexType = builtinType('complex', undefined, (cls) => new PyComplex(0, 0, cls))

export class PyComplex extends PyObject {
  constructor(
    readonly real: number,
    readonly imag: number,
    cls: PyType = ComplexType,
  ) {
    super(cls)
  }
}
