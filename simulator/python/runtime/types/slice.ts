import { builtinType, plainAlloc, PyObject, type PyValue } from '../object'

export const SliceType = builtinType('slice', undefined, plainAlloc)

export class PySlice extends PyObject {
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {
    super(SliceType)
  }
}
