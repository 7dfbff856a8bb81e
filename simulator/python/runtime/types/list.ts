import { builtinType, PyObject, type PyType, type PyValue } from '../object'

export const ListType = builtinType('list', undefined, (cls) => new PyList([], cls))

export class PyList extends PyObject {
  constructor(
    public items: PyValue[],
    cls: PyType = ListType,
  ) {
    super(cls)
  }
}
