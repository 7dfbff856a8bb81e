// int and bool: construction, int's own methods (bit operations, byte conversion) and bool's logical operators.
import { BinaryOp } from '../../compiler/opcodes'
import { intToString, parseIntLiteral, roundInt } from '../../format'
import { callSpecial } from '../../runtime/abstract/call'
import { big, intBitLength, intInvert, normInt, type PyInt } from '../../runtime/abstract/int-ops'
import { toArray } from '../../runtime/abstract/iter'
import { asInt, numericBinary } from '../../runtime/abstract/numeric'
import { truth } from '../../runtime/abstract/truth'
import { overflowError, typeError, valueError } from '../../runtime/errors'
import type { NativeGen } from '../../runtime/native'
import { None, NotImplemented, type PyType, type PyValue } from '../../runtime/object'
import { typeName } from '../../runtime/type-of'
import { BoolType, False, PyBool, pyBool } from '../../runtime/types/bool'
import { PyBytes } from '../../runtime/types/bytes'
import { PyGetSet } from '../../runtime/types/descriptors'
import { PyFloat } from '../../runtime/types/float'
import { IntType } from '../../runtime/types/int'
import { strOf } from '../../runtime/types/str-subclass'
import { pyTuple } from '../../runtime/types/tuple'
import { classMethod, method, resumableMethod } from '../define'
import { binary, bytesOf, byteValue } from './bytes-text'
import { installArithmetic, isIntLike, numberOf, selfNumber, truncate } from './numbers'
import { clinicArgs, intArg } from './str-args'

/** int(x) for an object that is not a number or text: `__int__`, then `__index__`, then `__trunc__`. */
function* intOfObject(x: PyValue): NativeGen<PyInt> {
  for (const name of ['__int__', '__index__', '__trunc__']) {
    const r = yield* callSpecial(x, name)
    if (r === undefined) continue
    const i = asInt(numberOf(r))
    if (i === undefined) throw typeError(`${name} returned non-int (type ${typeName(r)})`)
    return i
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`)
}

/** int(x=0, base=10): numbers truncate, text parses (in `base`), other objects convert themselves. */
function* intNew(args: PyValue[], kw: Map<string, PyValue> | null): NativeGen<PyValue> {
  const cls = args[0] as PyType
  if (args.length > 3) throw typeError(`int() takes at most 2 arguments (${args.length - 1} given)`)
  if (kw)
    for (const key of kw.keys())
      if (key !== 'base') throw typeError(`'${key}' is an invalid keyword argument for int()`)
  const x = args[1]
  const base = args[2] ?? kw?.get('base')
  let value: PyInt
  const text = x === undefined ? undefined : (strOf(x) ?? (bytesOf(x) && binary(bytesOf(x)!)))
  if (x === undefined) {
    if (base !== undefined) throw typeError('int() missing string argument')
    value = 0
  } else if (base !== undefined) {
    const b = intArg(base)
    if (text === undefined) throw typeError("int() can't convert non-string with explicit base")
    value = parseIntLiteral(text, b)
  } else if (text !== undefined) {
    value = parseIntLiteral(text, 10)
  } else if (x instanceof PyFloat || isIntLike(x)) {
    value = truncate(numberOf(x)) as PyInt
  } else {
    value = yield* intOfObject(x)
  }
  if (cls === IntType) return value
  const obj = cls.alloc(cls) as unknown as { intValue: PyValue }
  obj.intValue = value
  return obj as unknown as PyValue
}

function byteOrder(v: PyValue | undefined): 'big' | 'little' {
  if (v === undefined) return 'big'
  if (typeof v !== 'string') throw typeError(`to_bytes() argument 'byteorder' must be str, not ${typeName(v)}`)
  if (v !== 'big' && v !== 'little') throw valueError("byteorder must be either 'little' or 'big'")
  return v
}

/** int.to_bytes(length=1, byteorder='big', *, signed=False) */
export function intToBytes(n: PyInt, length: number, order: 'big' | 'little', signed: boolean): Uint8Array {
  if (length < 0) throw valueError('length argument must be non-negative')
  let value = big(n)
  if (value < 0n && !signed) throw overflowError("can't convert negative int to unsigned")
  const limit = 1n << BigInt(8 * length)
  if (signed ? value >= limit / 2n || value < -limit / 2n : value >= limit)
    throw overflowError('int too big to convert')
  if (value < 0n) value += limit
  const out = new Uint8Array(length)
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(value & 0xffn)
    value >>= 8n
  }
  return order === 'big' ? out : out.reverse()
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False) */
export function intFromBytes(bytes: Uint8Array, order: 'big' | 'little', signed: boolean): PyInt {
  const ordered = order === 'big' ? bytes : bytes.slice().reverse()
  let value = 0n
  for (const b of ordered) value = (value << 8n) | BigInt(b)
  if (signed && ordered.length > 0 && ordered[0] >= 0x80) value -= 1n << BigInt(8 * ordered.length)
  return normInt(value)
}

function signedArg(v: PyValue | undefined): boolean {
  return v !== undefined && v !== False && v !== 0 && v !== None && !(v instanceof PyBool && !v.value)
}

export function installInt(): void {
  installArithmetic(IntType, isIntLike)
  const self = (name: string, v: PyValue | undefined) => asInt(selfNumber(IntType, name, v))!
  resumableMethod(IntType, '__new__', function* (_ts, args, kw) {
    return yield* intNew(args, kw)
  })
  method(IntType, '__repr__', (_ts, a) => intToString(self('__repr__', a[0]), 10))
  method(IntType, '__index__', (_ts, a) => self('__index__', a[0]))
  method(IntType, '__invert__', (_ts, a) => intInvert(self('__invert__', a[0])))
  method(IntType, '__round__', (_ts, a) => {
    const n = self('__round__', a[0])
    return a[1] === undefined || a[1] === None ? n : roundInt(n, intArg(a[1]))
  })
  for (const name of ['__trunc__', '__floor__', '__ceil__', 'conjugate'])
    method(IntType, name, (_ts, a) => self(name, a[0]))
  method(IntType, 'bit_length', (_ts, a) => intBitLength(self('bit_length', a[0])))
  method(IntType, 'bit_count', (_ts, a) => {
    const n = big(self('bit_count', a[0]))
    return (n < 0n ? -n : n).toString(2).replace(/0/g, '').length
  })
  method(IntType, 'as_integer_ratio', (_ts, a) => pyTuple([self('as_integer_ratio', a[0]), 1]))
  method(IntType, 'to_bytes', (_ts, a, kw) => {
    const n = self('to_bytes', a[0])
    const [length, order, signed] = clinicArgs('to_bytes', a.slice(0, 3), kw, ['length', 'byteorder', 'signed'])
    if (a.length > 3) throw typeError(`to_bytes() takes at most 2 positional arguments (${a.length - 1} given)`)
    return new PyBytes(intToBytes(n, length === undefined ? 1 : intArg(length), byteOrder(order), signedArg(signed)))
  })
  classMethod(
    IntType,
    'from_bytes',
    function* (_ts, a, kw) {
      const cls = a[0] as PyType
      const [source, order, signed] = clinicArgs('from_bytes', a, kw, ['bytes', 'byteorder', 'signed'], 1)
      if (typeof source === 'string') throw typeError("cannot convert 'str' object to bytes")
      const bytes = bytesOf(source!) ?? Uint8Array.from(yield* toArray(source!), byteValue)
      const value = intFromBytes(bytes, byteOrder(order), signedArg(signed))
      if (cls === IntType) return value
      const obj = cls.alloc(cls) as unknown as { intValue: PyValue }
      obj.intValue = value
      return obj as unknown as PyValue
    },
    true,
  )
  IntType.ns.set('real', new PyGetSet('real', (v) => self('real', v)))
  IntType.ns.set('imag', new PyGetSet('imag', () => 0))
  IntType.ns.set('numerator', new PyGetSet('numerator', (v) => self('numerator', v)))
  IntType.ns.set('denominator', new PyGetSet('denominator', () => 1))
}

export function installBool(): void {
  resumableMethod(BoolType, '__new__', function* (_ts, args, kw) {
    if (kw && kw.size) throw typeError('bool() takes no keyword arguments')
    if (args.length > 2) throw typeError(`bool expected at most 1 argument, got ${args.length - 1}`)
    return args.length < 2 ? False : pyBool(yield* truth(args[1]))
  })
  method(BoolType, '__repr__', (_ts, a) => {
    if (!(a[0] instanceof PyBool))
      throw typeError(`descriptor '__repr__' for 'bool' objects doesn't apply to a '${typeName(a[0])}' object`)
    return a[0].value ? 'True' : 'False'
  })
  for (const [name, op] of [
    ['and', BinaryOp.AND],
    ['or', BinaryOp.OR],
    ['xor', BinaryOp.XOR],
  ] as const) {
    method(BoolType, `__${name}__`, (_ts, a) =>
      isIntLike(a[1]) ? numericBinary(a[0], numberOf(a[1]), op)! : NotImplemented,
    )
    method(BoolType, `__r${name}__`, (_ts, a) =>
      isIntLike(a[1]) ? numericBinary(numberOf(a[1]), a[0], op)! : NotImplemented,
    )
  }
}
