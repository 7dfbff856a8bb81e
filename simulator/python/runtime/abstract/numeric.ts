// Binary arithmetic between built-in numbers (int, bool, float), without any Python-level dispatch.
import { BinaryOp } from '../../compiler/opcodes'
import { zeroDivisionError } from '../errors'
import type { PyValue } from '../object'
import { PyBool, pyBool } from '../types/bool'
import { PyFloat } from '../types/float'
import { pyTuple } from '../types/tuple'
import { floatPowerValue } from './float-pow'
import * as I from './int-ops'

/** The int value of an int or bool, or undefined. */
export function asInt(v: PyValue): I.PyInt | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v
  if (v instanceof PyBool) return v.value ? 1 : 0
  return undefined
}

/** The float value of an int, bool or float, or undefined. */
export function asFloat(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.value
  const i = asInt(v)
  return i === undefined ? undefined : I.intToFloat(i)
}

export function intBinary(a: I.PyInt, b: I.PyInt, op: BinaryOp): PyValue | undefined {
  switch (op) {
    case BinaryOp.ADD:
      return I.intAdd(a, b)
    case BinaryOp.SUBTRACT:
      return I.intSub(a, b)
    case BinaryOp.MULTIPLY:
      return I.intMul(a, b)
    case BinaryOp.FLOOR_DIVIDE:
      return I.intFloorDiv(a, b)
    case BinaryOp.REMAINDER:
      return I.intMod(a, b)
    case BinaryOp.TRUE_DIVIDE:
      return new PyFloat(I.intTrueDiv(a, b))
    case BinaryOp.POWER:
      if (b < 0) {
        if (a === 0) throw zeroDivisionError('0.0 cannot be raised to a negative power')
        return floatPowerValue(I.intToFloat(a), I.intToFloat(b))
      }
      return I.intPow(a, b)
    case BinaryOp.LSHIFT:
      return I.intLShift(a, b)
    case BinaryOp.RSHIFT:
      return I.intRShift(a, b)
    case BinaryOp.AND:
      return I.intAnd(a, b)
    case BinaryOp.OR:
      return I.intOr(a, b)
    case BinaryOp.XOR:
      return I.intXor(a, b)
    default:
      return undefined
  }
}

/** Python's float modulo: the result has the divisor's sign. */
export function floatMod(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float modulo')
  let r = a % b
  if (r !== 0) {
    if (r < 0 !== b < 0) r += b
  } else {
    r = b < 0 ? -0 : 0
  }
  return r
}

export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float floor division by zero')
  const mod = a % b
  let div = (a - mod) / b
  if (mod !== 0 && b < 0 !== mod < 0) div -= 1
  if (div === 0) return a / b < 0 ? -0 : 0
  const floor = Math.floor(div)
  return div - floor > 0.5 ? floor + 1 : floor
}

export function floatBinary(a: number, b: number, op: BinaryOp): PyValue | undefined {
  switch (op) {
    case BinaryOp.ADD:
      return new PyFloat(a + b)
    case BinaryOp.SUBTRACT:
      return new PyFloat(a - b)
    case BinaryOp.MULTIPLY:
      return new PyFloat(a * b)
    case BinaryOp.TRUE_DIVIDE:
      if (b === 0) throw zeroDivisionError('float division by zero')
      return new PyFloat(a / b)
    case BinaryOp.FLOOR_DIVIDE:
      return new PyFloat(floatFloorDiv(a, b))
    case BinaryOp.REMAINDER:
      return new PyFloat(floatMod(a, b))
    case BinaryOp.POWER:
      return floatPowerValue(a, b)
    default:
      return undefined
  }
}

/** Arithmetic when both operands are built-in numbers; undefined otherwise (or for ops numbers lack). */
export function numericBinary(a: PyValue, b: PyValue, op: BinaryOp): PyValue | undefined {
  if (
    a instanceof PyBool &&
    b instanceof PyBool &&
    (op === BinaryOp.AND || op === BinaryOp.OR || op === BinaryOp.XOR)
  ) {
    const x = a.value
    const y = b.value
    return pyBool(op === BinaryOp.AND ? x && y : op === BinaryOp.OR ? x || y : x !== y)
  }
  const ia = asInt(a)
  const ib = asInt(b)
  if (ia !== undefined && ib !== undefined) return intBinary(ia, ib, op)
  const fa = asFloat(a)
  const fb = asFloat(b)
  if (fa !== undefined && fb !== undefined) return floatBinary(fa, fb, op)
  return undefined
}

/** divmod() of two built-in numbers (CPython checks the divisor once, with divmod's own message); undefined otherwise. */
export function numericDivmod(a: PyValue, b: PyValue): PyValue | undefined {
  const ia = asInt(a)
  const ib = asInt(b)
  if (ia !== undefined && ib !== undefined) {
    if (ib === 0) throw zeroDivisionError('integer division or modulo by zero')
    return pyTuple([I.intFloorDiv(ia, ib), I.intMod(ia, ib)])
  }
  const fa = asFloat(a)
  const fb = asFloat(b)
  if (fa === undefined || fb === undefined) return undefined
  if (fb === 0) throw zeroDivisionError('float divmod()')
  return pyTuple([new PyFloat(floatFloorDiv(fa, fb)), new PyFloat(floatMod(fa, fb))])
}
