// int, bool and float: the dunders they share (for subclasses, super() and explicit calls); the type-specific
// parts are in int-methods.ts and float-methods.ts.
import { BinaryOp, CompareOp } from '../../compiler/opcodes'
import { formatBuiltin } from '../../runtime/abstract/format'
import { hashToPython } from '../../hash'
import { compareFast } from '../../runtime/abstract/compare'
import { hashFast } from '../../runtime/abstract/hash'
import { intAbs, intNeg, intPowMod } from '../../runtime/abstract/int-ops'
import { asFloat, asInt, numericBinary, numericDivmod } from '../../runtime/abstract/numeric'
import { floatToIntExact } from '../../format'
import { typeError } from '../../runtime/errors'
import { None, NotImplemented, type PyType, type PyValue } from '../../runtime/object'
import { typeName } from '../../runtime/type-of'
import { PyBool, pyBool } from '../../runtime/types/bool'
import { PyFloat } from '../../runtime/types/float'
import { pyTuple } from '../../runtime/types/tuple'
import { method } from '../define'
import { installBool, installInt } from './int-methods'
import { installFloat } from './float-methods'

const arithmetic: [string, BinaryOp][] = [
  ['add', BinaryOp.ADD],
  ['sub', BinaryOp.SUBTRACT],
  ['mul', BinaryOp.MULTIPLY],
  ['truediv', BinaryOp.TRUE_DIVIDE],
  ['floordiv', BinaryOp.FLOOR_DIVIDE],
  ['mod', BinaryOp.REMAINDER],
  ['pow', BinaryOp.POWER],
  ['lshift', BinaryOp.LSHIFT],
  ['rshift', BinaryOp.RSHIFT],
  ['and', BinaryOp.AND],
  ['or', BinaryOp.OR],
  ['xor', BinaryOp.XOR],
]

const comparisons: [string, CompareOp][] = [
  ['__lt__', CompareOp.LT],
  ['__le__', CompareOp.LE],
  ['__eq__', CompareOp.EQ],
  ['__ne__', CompareOp.NE],
  ['__gt__', CompareOp.GT],
  ['__ge__', CompareOp.GE],
]

/** The plain number inside an int/float/bool, or inside an instance of a subclass of int or float. */
export function numberOf(v: PyValue): PyValue {
  if (typeof v !== 'object') return v
  if (v instanceof PyFloat) return v.cls.builtin ? v : new PyFloat(v.value)
  if (v instanceof PyBool) return v
  return (v as { intValue?: PyValue }).intValue ?? v
}

/** A built-in number or an instance of a subclass of int or float. */
export function isNumber(v: PyValue): boolean {
  const n = numberOf(v)
  return typeof n === 'number' || typeof n === 'bigint' || n instanceof PyBool || n instanceof PyFloat
}

export function isIntLike(v: PyValue): boolean {
  return asInt(numberOf(v)) !== undefined
}

/** int(x) of a number: floats truncate toward zero. */
export function truncate(v: PyValue): PyValue {
  const i = asInt(v)
  if (i !== undefined) return i
  return floatToIntExact((v as PyFloat).value)
}

/** The receiver of a number method, checked the way method descriptors check it. */
export function selfNumber(type: PyType, name: string, v: PyValue | undefined): PyValue {
  if (v !== undefined && isNumber(v) && (type.name === 'float' ? !isIntLike(v) : isIntLike(v))) return numberOf(v)
  if (v === undefined) throw typeError(`unbound method ${type.name}.${name}() needs an argument`)
  throw typeError(`descriptor '${name}' for '${type.name}' objects doesn't apply to a '${typeName(v)}' object`)
}

/** The dunders int, bool and float share; `accepts` says which right operands the type's arithmetic takes. */
export function installArithmetic(type: PyType, accepts: (v: PyValue) => boolean): void {
  const self = (name: string, v: PyValue | undefined) => selfNumber(type, name, v)
  for (const [name, op] of arithmetic) {
    method(type, `__${name}__`, (_ts, a) => {
      const x = self(`__${name}__`, a[0])
      if (!accepts(a[1])) return NotImplemented
      if (op === BinaryOp.POWER && a[2] !== undefined && a[2] !== None) return ternaryPow(type, x, numberOf(a[1]), a[2])
      return numericBinary(x, numberOf(a[1]), op) ?? NotImplemented
    })
    method(type, `__r${name}__`, (_ts, a) => {
      const x = self(`__r${name}__`, a[0])
      if (!accepts(a[1])) return NotImplemented
      if (op === BinaryOp.POWER && a[2] !== undefined && a[2] !== None) return ternaryPow(type, numberOf(a[1]), x, a[2])
      return numericBinary(numberOf(a[1]), x, op) ?? NotImplemented
    })
  }
  method(type, '__divmod__', (_ts, a) => {
    const x = self('__divmod__', a[0])
    return accepts(a[1]) ? (numericDivmod(x, numberOf(a[1])) ?? NotImplemented) : NotImplemented
  })
  method(type, '__rdivmod__', (_ts, a) => {
    const x = self('__rdivmod__', a[0])
    return accepts(a[1]) ? (numericDivmod(numberOf(a[1]), x) ?? NotImplemented) : NotImplemented
  })
  for (const [name, op] of comparisons) {
    method(type, name, (_ts, a) => {
      const x = self(name, a[0])
      if (!isNumber(a[1])) return NotImplemented
      const r = compareFast(x, numberOf(a[1]), op)
      return r === undefined ? NotImplemented : pyBool(r)
    })
  }
  method(type, '__hash__', (_ts, a) => hashToPython(hashFast(self('__hash__', a[0]))!))
  method(type, '__bool__', (_ts, a) => pyBool(asFloat(self('__bool__', a[0])) !== 0))
  method(type, '__neg__', (_ts, a) => {
    const x = self('__neg__', a[0])
    const i = asInt(x)
    return i !== undefined ? intNeg(i) : new PyFloat(-(x as PyFloat).value)
  })
  method(type, '__pos__', (_ts, a) => {
    const x = self('__pos__', a[0])
    const i = asInt(x)
    return i !== undefined ? i : new PyFloat((x as PyFloat).value)
  })
  method(type, '__abs__', (_ts, a) => {
    const x = self('__abs__', a[0])
    const i = asInt(x)
    return i !== undefined ? intAbs(i) : new PyFloat(Math.abs((x as PyFloat).value))
  })
  method(type, '__int__', (_ts, a) => truncate(self('__int__', a[0])))
  method(type, '__float__', (_ts, a) => new PyFloat(asFloat(self('__float__', a[0]))!))
  method(type, '__format__', (_ts, a) => {
    const x = self('__format__', a[0])
    if (typeof a[1] !== 'string') throw typeError(`__format__() argument must be str, not ${typeName(a[1])}`)
    return formatBuiltin(x, a[1])!
  })
  method(type, '__getnewargs__', (_ts, a) => pyTuple([self('__getnewargs__', a[0])]))
}

/** pow(x, y, z) reaching a number's `__pow__`: ints only (float_pow refuses a modulus). */
function ternaryPow(type: PyType, x: PyValue, y: PyValue, z: PyValue): PyValue {
  const [b, e, m] = [asInt(x), asInt(y), asInt(numberOf(z))]
  if (b !== undefined && e !== undefined && m !== undefined) return intPowMod(b, e, m)
  if (type.name === 'float') throw typeError('pow() 3rd argument not allowed unless all arguments are integers')
  return NotImplemented
}

export function installNumbers(): void {
  installInt()
  installBool()
  installFloat()
}
