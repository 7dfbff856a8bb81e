// Instances of subclasses of str. A str is a JS string, which cannot carry a class, so a subclass's instance is a
// PyObject of the subclass holding its value in `strValue` (as int subclasses hold theirs in `intValue`).
import type { PyObject, PyType, PyValue } from '../object'

/** A str subclass instance of `cls` whose value is `value`. */
export function boxStr(cls: PyType, value: string): PyObject {
  const obj = cls.alloc(cls) as PyObject & { strValue: string }
  obj.strValue = value
  return obj
}

/** The str a value is, plain or held by a str subclass instance; undefined for anything else. */
export function strOf(v: PyValue): string | undefined {
  if (typeof v === 'string') return v
  return typeof v === 'object' ? (v as { strValue?: string }).strValue : undefined
}

/** The str held by a str subclass instance; undefined for anything else, plain strs included. */
export function boxedStr(v: PyObject): string | undefined {
  return (v as { strValue?: string }).strValue
}
