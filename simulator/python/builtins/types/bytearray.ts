// bytearray's mutating methods and item assignment.
import { toArray } from '../../runtime/abstract/iter'
import { asInt } from '../../runtime/abstract/numeric'
import { sequenceIndex, sliceIndices } from '../../runtime/abstract/subscript'
import { indexError, typeError, valueError } from '../../runtime/errors'
import type { NativeGen } from '../../runtime/native'
import { None, type PyValue } from '../../runtime/object'
import { typeName } from '../../runtime/type-of'
import { ByteArrayType, PyByteArray } from '../../runtime/types/bytearray'
import { PySlice } from '../../runtime/types/slice'
import { method, resumableMethod } from '../define'
import { bytesOf, byteValue } from './bytes-text'
import { selfBytes } from './bytes-methods'

function target(name: string, v: PyValue | undefined): PyByteArray {
  selfBytes(ByteArrayType, name, v)
  return v as PyByteArray
}

/** The bytes an iterable of ints or a bytes-like object stands for. */
function* bytesFrom(v: PyValue): NativeGen<Uint8Array> {
  const b = bytesOf(v)
  if (b !== undefined) return b.slice()
  if (typeof v === 'string') throw typeError('an integer is required')
  const items = yield* toArray(v)
  return Uint8Array.from(items, byteValue)
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

function* setItem(ba: PyByteArray, key: PyValue, value: PyValue): NativeGen<void> {
  if (key instanceof PySlice) {
    const replacement = yield* bytesFrom(value)
    const [start, stop, step] = sliceIndices(key, ba.bytes.length)
    if (step === 1) {
      ba.bytes = concat(ba.bytes.subarray(0, start), replacement, ba.bytes.subarray(Math.max(start, stop)))
      return
    }
    const indices: number[] = []
    for (let i = start; step > 0 ? i < stop : i > stop; i += step) indices.push(i)
    if (indices.length !== replacement.length) {
      throw valueError(
        `attempt to assign bytes of size ${replacement.length} to extended slice of size ${indices.length}`,
      )
    }
    indices.forEach((i, k) => (ba.bytes[i] = replacement[k]))
    return
  }
  const i = asInt(key)
  if (i === undefined) throw typeError(`bytearray indices must be integers or slices, not ${typeName(key)}`)
  const j = sequenceIndex(i, ba.bytes.length)
  if (j === undefined) throw indexError('bytearray index out of range')
  ba.bytes[j] = byteValue(value)
}

function deleteItem(ba: PyByteArray, key: PyValue): void {
  if (key instanceof PySlice) {
    const [start, stop, step] = sliceIndices(key, ba.bytes.length)
    const drop = new Set<number>()
    for (let i = start; step > 0 ? i < stop : i > stop; i += step) drop.add(i)
    ba.bytes = ba.bytes.filter((_, i) => !drop.has(i))
    return
  }
  const i = asInt(key)
  if (i === undefined) throw typeError(`bytearray indices must be integers or slices, not ${typeName(key)}`)
  const j = sequenceIndex(i, ba.bytes.length)
  if (j === undefined) throw indexError('bytearray index out of range')
  ba.bytes = concat(ba.bytes.subarray(0, j), ba.bytes.subarray(j + 1))
}

export function installByteArrayMethods(): void {
  resumableMethod(ByteArrayType, '__setitem__', function* (_ts, a) {
    yield* setItem(target('__setitem__', a[0]), a[1], a[2])
    return None
  })
  method(ByteArrayType, '__delitem__', (_ts, a) => {
    deleteItem(target('__delitem__', a[0]), a[1])
    return None
  })
  method(ByteArrayType, 'append', (_ts, a) => {
    const ba = target('append', a[0])
    if (a.length !== 2) throw typeError(`bytearray.append() takes exactly one argument (${a.length - 1} given)`)
    ba.bytes = concat(ba.bytes, Uint8Array.of(byteValue(a[1])))
    return None
  })
  resumableMethod(ByteArrayType, 'extend', function* (_ts, a) {
    const ba = target('extend', a[0])
    if (typeof a[1] === 'string') throw typeError("expected iterable of integers; got: 'str'")
    ba.bytes = concat(ba.bytes, yield* bytesFrom(a[1]))
    return None
  })
  resumableMethod(ByteArrayType, '__iadd__', function* (_ts, a) {
    const ba = target('__iadd__', a[0])
    const other = bytesOf(a[1])
    if (other === undefined) throw typeError(`can't concat ${typeName(a[1])} to bytearray`)
    ba.bytes = concat(ba.bytes, other)
    return ba
  })
  method(ByteArrayType, 'insert', (_ts, a) => {
    const ba = target('insert', a[0])
    const n = ba.bytes.length
    let i = Number(asInt(a[1]) ?? 0)
    if (i < 0) i = Math.max(0, i + n)
    i = Math.min(i, n)
    ba.bytes = concat(ba.bytes.subarray(0, i), Uint8Array.of(byteValue(a[2])), ba.bytes.subarray(i))
    return None
  })
  method(ByteArrayType, 'pop', (_ts, a) => {
    const ba = target('pop', a[0])
    if (ba.bytes.length === 0) throw indexError('pop from empty bytearray')
    const j = sequenceIndex(a[1] === undefined ? -1 : (asInt(a[1]) ?? 0), ba.bytes.length)
    if (j === undefined) throw indexError('pop index out of range')
    const value = ba.bytes[j]
    ba.bytes = concat(ba.bytes.subarray(0, j), ba.bytes.subarray(j + 1))
    return value
  })
  method(ByteArrayType, 'remove', (_ts, a) => {
    const ba = target('remove', a[0])
    const j = ba.bytes.indexOf(byteValue(a[1]))
    if (j < 0) throw valueError('value not found in bytearray')
    ba.bytes = concat(ba.bytes.subarray(0, j), ba.bytes.subarray(j + 1))
    return None
  })
  method(ByteArrayType, 'reverse', (_ts, a) => {
    target('reverse', a[0]).bytes.reverse()
    return None
  })
  method(ByteArrayType, 'clear', (_ts, a) => {
    target('clear', a[0]).bytes = new Uint8Array(0)
    return None
  })
  method(ByteArrayType, 'copy', (_ts, a) => new PyByteArray(target('copy', a[0]).bytes.slice()))
}
