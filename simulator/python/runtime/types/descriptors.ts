import { builtinType, plainAlloc, PyObject, type PyValue } from '../object'
import { None } from '../object'

export const PropertyType = builtinType('property', undefined, (cls) => new PyProperty(None, None, None, None, cls))
export const StaticMethodType = builtinType('staticmethod', undefined, (cls) => new PyStaticMethod(None, cls))
export const ClassMethodType = builtinType('classmethod', undefined, (cls) => new PyClassMethod(None, cls))
export const GetSetType = builtinType('getset_descriptor', undefined, plainAlloc)

export class PyProperty extends PyObject {
  /** The attribute name `__set_name__` gave it, for error messages. */
  name: string | null = null
  constructor(
    public fget: PyValue,
    public fset: PyValue,
    public fdel: PyValue,
    public doc: PyValue,
    cls = PropertyType,
  ) {
    super(cls)
  }
}

export class PyStaticMethod extends PyObject {
  constructor(
    public func: PyValue,
    cls = StaticMethodType,
  ) {
    super(cls)
    this.attrs = new Map()
  }
}

export class PyClassMethod extends PyObject {
  constructor(
    public func: PyValue,
    cls = ClassMethodType,
  ) {
    super(cls)
    this.attrs = new Map()
  }
}

/** A data attribute computed natively (`exc.args`, `func.__name__`): a data descriptor like CPython's getset. */
export class PyGetSet extends PyObject {
  constructor(
    readonly name: string,
    readonly get: (obj: PyValue) => PyValue,
    readonly set: ((obj: PyValue, value: PyValue | undefined) => void) | null = null,
  ) {
    super(GetSetType)
  }
}
