import { builtinType, PyObject } from '../object'

export const FloatType = builtinType('float', undefined, (cls) => new PyFloat(0, cls))

export class PyFloat extends PyObject {
  constructor(
    readonly value: number,
    cls = FloatType,
  ) {
    super(cls)
  }
}

export function pyFloat(value: number): PyFloat {
  return new PyFloat(value)
}
