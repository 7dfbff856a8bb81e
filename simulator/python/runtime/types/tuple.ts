import { builtinType, PyObject, type PyType, type PyValue } from '../object'

export const TupleType = builtinType('tuple', undefined, (cls) => new PyTuple([], cls))

export class PyTuple extends PyObject {
  constructor(
    readonly items: PyValue[],
    cls: PyType = TupleType,
  ) {
    super(cls)
  }
}

export const emptyTuple = new PyTuple([])

export function pyTuple(items: PyValue[]): PyTuple {
  return items.length === 0 ? emptyTuple : new PyTuple(items)
}
