// `bytes % args` (PEP 461) with the str formatter: the format and bytes operands travel as binary strings (one
// char per byte), %b/%s take bytes-like objects, %r/%a give ascii(), and %c a byte.
import {
  FormatError,
  formatPercent,
  parsePercentFormat,
  type PercentHost,
  type PercentOperand,
  type PercentPiece,
} from '../../format'
import { overflowError } from '../errors'
import type { NativeGen } from '../native'
import type { PyValue } from '../object'
import { typeName } from '../type-of'
import { PyBool } from '../types/bool'
import { PyByteArray } from '../types/bytearray'
import { PyBytes } from '../types/bytes'
import { PyFloat } from '../types/float'
import { PyTuple } from '../types/tuple'
import { asciiOf } from './ascii'
import { special } from './call'
import { repr, reprFast } from './repr'
import { subscriptSlow } from './subscript'

class NeedsRepr {
  constructor(readonly value: PyValue) {}
}

class NeedsItem {
  constructor(
    readonly mapping: PyValue,
    readonly key: string,
  ) {}
}

function latin1(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += String.fromCharCode(b)
  return out
}

function bytesText(v: PyValue): string | undefined {
  return v instanceof PyBytes || v instanceof PyByteArray ? latin1(v.bytes) : undefined
}

/** %b and %s in a bytes format are the same conversion. */
function withBytesConversion(pieces: PercentPiece[]): PercentPiece[] {
  return pieces.map((p) => (p.kind === 'conversion' && p.conversion === 'b' ? { ...p, conversion: 's' } : p))
}

export function* bytesPercentFormat(format: Uint8Array, args: PyValue): NativeGen<Uint8Array> {
  const pieces = withBytesConversion(parsePercentFormat(latin1(format)))
  const reprs = new Map<PyValue, string>()
  const items = new Map<string, PyValue>()
  const host: PercentHost<PyValue> = {
    tupleItems: (v) => (v instanceof PyTuple ? v.items : null),
    isMapping: (v) =>
      typeof v === 'object' &&
      !(v instanceof PyTuple) &&
      !(v instanceof PyBytes) &&
      special(v, '__getitem__') !== undefined,
    getItem: (mapping, key) => {
      if (items.has(key)) return items.get(key)!
      throw new NeedsItem(mapping, key)
    },
    operand: (v): PercentOperand => {
      if (typeof v === 'number' || typeof v === 'bigint') return { kind: 'int', value: v }
      if (v instanceof PyBool) return { kind: 'int', value: v.value ? 1 : 0 }
      if (v instanceof PyFloat) return { kind: 'float', value: v.value }
      const text = bytesText(v)
      if (text !== undefined && text.length === 1) return { kind: 'str', value: text, typeName: typeName(v) }
      return { kind: 'other', typeName: typeName(v) }
    },
    str: (v) => {
      const text = bytesText(v)
      if (text !== undefined) return text
      throw new FormatError(
        'TypeError',
        `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`,
      )
    },
    repr: (v) => asciiOf(reprs.get(v) ?? reprFast(v) ?? fail(new NeedsRepr(v))),
    ascii: (v) => asciiOf(reprs.get(v) ?? reprFast(v) ?? fail(new NeedsRepr(v))),
  }
  for (;;) {
    try {
      const text = formatPercent(pieces, args, host)
      const out = new Uint8Array(text.length)
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i)
        if (code > 0xff) throw overflowError('%c arg not in range(256)')
        out[i] = code
      }
      return out
    } catch (error) {
      if (error instanceof FormatError && error.message === '%c requires int or char') {
        throw new FormatError('TypeError', '%c requires an integer in range(256) or a single byte')
      }
      if (error instanceof NeedsRepr) reprs.set(error.value, yield* repr(error.value))
      else if (error instanceof NeedsItem)
        items.set(error.key, yield* subscriptSlow(error.mapping, bytesKey(error.key)))
      else throw error
    }
  }
}

/** Keys of `%(key)s` in a bytes format are bytes. */
function bytesKey(key: string): PyValue {
  return new PyBytes(Uint8Array.from(key, (c) => c.charCodeAt(0)))
}

function fail(marker: NeedsRepr): never {
  throw marker
}
