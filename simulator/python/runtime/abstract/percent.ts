// `str % args`: the pure formatter (format/percent-format) asks for str()/repr() of operands synchronously. When
// one needs Python code, we compute it through the VM, remember it, and format again: formatting has no effects.
import { formatPercent, type PercentHost, type PercentOperand } from '../../format'
import type { NativeGen } from '../native'
import { PyObject, type PyValue } from '../object'
import { typeName } from '../type-of'
import { PyBool } from '../types/bool'
import { PyDict } from '../types/dict'
import { PyFloat } from '../types/float'
import { PyTuple } from '../types/tuple'
import { strOf } from '../types/str-subclass'
import { special } from './call'
import { asciiOf } from './ascii'
import { dictGetFast, NEEDS_HASH } from './dict-ops'
import { keyError } from '../errors'
import { repr, reprFast, str, strFast } from './repr'
import { subscriptSlow } from './subscript'

class NeedsPython {
  constructor(
    readonly kind: 'str' | 'repr' | 'item',
    readonly value: PyValue,
    readonly key?: string,
  ) {}
}

export function* percentFormat(format: string, args: PyValue): NativeGen<string> {
  const strs = new Map<PyValue, string>()
  const reprs = new Map<PyValue, string>()
  const items = new Map<string, PyValue>()
  const host: PercentHost<PyValue> = {
    tupleItems: (v) => (v instanceof PyTuple ? v.items : null),
    isMapping: (v) => typeof v === 'object' && !(v instanceof PyTuple) && special(v, '__getitem__') !== undefined,
    getItem: (mapping, key) => {
      if (items.has(key)) return items.get(key)!
      if (mapping instanceof PyDict && mapping.cls.builtin) {
        const v = dictGetFast(mapping, key)
        if (v === undefined) throw keyError(key)
        if (v !== NEEDS_HASH) return v
      }
      throw new NeedsPython('item', mapping, key)
    },
    operand: (v): PercentOperand => {
      if (typeof v === 'number' || typeof v === 'bigint') return { kind: 'int', value: v }
      if (v instanceof PyBool) return { kind: 'int', value: v.value ? 1 : 0 }
      if (v instanceof PyFloat) return { kind: 'float', value: v.value }
      const text = strOf(v)
      if (text !== undefined) return { kind: 'str', value: text, typeName: typeName(v) }
      return { kind: 'other', typeName: typeName(v) }
    },
    str: (v) => strs.get(v) ?? strFast(v) ?? fail(new NeedsPython('str', v)),
    repr: (v) => reprs.get(v) ?? reprFast(v) ?? fail(new NeedsPython('repr', v)),
    ascii: (v) => asciiOf(reprs.get(v) ?? reprFast(v) ?? fail(new NeedsPython('repr', v))),
  }
  for (;;) {
    try {
      return formatPercent(format, args, host)
    } catch (error) {
      if (!(error instanceof NeedsPython)) throw error
      if (error.kind === 'str') strs.set(error.value, yield* str(error.value))
      else if (error.kind === 'repr') reprs.set(error.value, yield* repr(error.value))
      else items.set(error.key!, yield* subscriptSlow(error.value, error.key!))
    }
  }
}

function fail(marker: NeedsPython): never {
  throw marker
}

export { PyObject }
