import { escapeNonAscii } from '../ascii-escape'
import { floatRepr } from '../float-repr'
import { intToString } from '../int-to-string'
import type { PercentHost, PercentOperand } from '../percent-format'
import { pyStrRepr } from '../str-repr'
import { decodeFloat, decodeInt, HostError } from './fixtures'

// The Python values that percent.json uses, tagged as the generator writes them, and a host over them.
export type Tagged =
  | { t: 'int'; v: string }
  | { t: 'float'; v: string }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'none' }
  | { t: 'tuple'; v: Tagged[] }
  | { t: 'list'; v: Tagged[] }
  | { t: 'dict'; v: [string, Tagged][] }

function repr(value: Tagged): string {
  switch (value.t) {
    case 'str':
      return pyStrRepr(value.v)
    case 'tuple':
      return value.v.length === 1 ? `(${repr(value.v[0])},)` : `(${value.v.map(repr).join(', ')})`
    case 'list':
      return `[${value.v.map(repr).join(', ')}]`
    case 'dict':
      return `{${value.v.map(([key, item]) => `${pyStrRepr(key)}: ${repr(item)}`).join(', ')}}`
    default:
      return str(value)
  }
}

function str(value: Tagged): string {
  switch (value.t) {
    case 'int':
      return intToString(decodeInt(value.v), 10)
    case 'float':
      return floatRepr(decodeFloat(value.v))
    case 'str':
      return value.v
    case 'bool':
      return value.v ? 'True' : 'False'
    case 'none':
      return 'None'
    default:
      return repr(value)
  }
}

const TYPE_NAMES: Record<Tagged['t'], string> = {
  int: 'int',
  float: 'float',
  str: 'str',
  bool: 'bool',
  none: 'NoneType',
  tuple: 'tuple',
  list: 'list',
  dict: 'dict',
}

export const taggedHost: PercentHost<Tagged> = {
  tupleItems: (args) => (args.t === 'tuple' ? args.v : null),
  isMapping: (args) => args.t === 'dict' || args.t === 'list',
  getItem(mapping, key) {
    if (mapping.t !== 'dict') throw new HostError('TypeError', 'list indices must be integers or slices, not str')
    const found = mapping.v.find(([candidate]) => candidate === key)
    if (found === undefined) throw new HostError('KeyError', pyStrRepr(key))
    return found[1]
  },
  operand(value): PercentOperand {
    switch (value.t) {
      case 'int':
        return { kind: 'int', value: decodeInt(value.v) }
      case 'bool':
        return { kind: 'int', value: value.v ? 1 : 0 }
      case 'float':
        return { kind: 'float', value: decodeFloat(value.v) }
      case 'str':
        return { kind: 'str', value: value.v, typeName: 'str' }
      default:
        return { kind: 'other', typeName: TYPE_NAMES[value.t] }
    }
  },
  str,
  repr,
  ascii: (value) => escapeNonAscii(repr(value)),
}
