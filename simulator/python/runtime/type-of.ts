import type { PyType, PyValue } from './object'
import { IntType } from './types/int'
import { StrType } from './types/str'

export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return IntType
    case 'string':
      return StrType
    default:
      return v.cls
  }
}

export function typeName(v: PyValue): string {
  return typeOf(v).name
}
