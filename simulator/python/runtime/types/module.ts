import { builtinType, PyObject, type PyValue } from '../object'
import { PyDict } from './dict'

export const ModuleType = builtinType('module', undefined, (cls) => new PyModule('?', cls))

/** A module: its namespace is a dict shared with the code that runs in it (its globals). */
export class PyModule extends PyObject {
  readonly dict: PyDict
  constructor(name: string, cls = ModuleType) {
    super(cls)
    this.dict = new PyDict()
    this.dict.setStr('__name__', name)
  }

  get name(): string {
    const n = this.dict.getStr('__name__')
    return typeof n === 'string' ? n : '?'
  }

  set(name: string, value: PyValue): void {
    this.dict.setStr(name, value)
  }
}
