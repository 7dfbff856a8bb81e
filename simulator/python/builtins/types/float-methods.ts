// float: construction and float's own methods (hex, ratios, rounding).
import { floatFromHex, floatRepr, floatToHex, floatToIntExact, parseFloatLiteral, roundFloat } from '../../format'
import { special } from '../../runtime/abstract/call'
import { asFloat } from '../../runtime/abstract/numeric'
import { overflowError, typeError, valueError } from '../../runtime/errors'
import { callPy, type NativeGen } from '../../runtime/native'
import { None, type PyType, type PyValue } from '../../runtime/object'
import { typeName } from '../../runtime/type-of'
import { pyBool } from '../../runtime/types/bool'
import { PyGetSet } from '../../runtime/types/descriptors'
import { FloatType, PyFloat } from '../../runtime/types/float'
import { strOf } from '../../runtime/types/str-subclass'
import { pyTuple } from '../../runtime/types/tuple'
import { normInt } from '../../runtime/abstract/int-ops'
import { classMethod, method, resumableMethod } from '../define'
import { binary, bytesOf } from './bytes-text'
import { installArithmetic, isNumber, numberOf, selfNumber } from './numbers'
import { intArg } from './str-args'

/** float(x) for an object that is not a number or text: `__float__`, else `__index__`. */
function* floatOfObject(x: PyValue): NativeGen<number> {
  const dunder = special(x, '__float__')
  if (dunder !== undefined) {
    const r = yield* callPy(dunder, [x])
    if (!(r instanceof PyFloat)) throw typeError(`${typeName(x)}.__float__ returned non-float (type ${typeName(r)})`)
    return r.value
  }
  const index = special(x, '__index__')
  if (index === undefined) {
    throw typeError(`float() argument must be a string or a real number, not '${typeName(x)}'`)
  }
  return asFloat(numberOf(yield* callPy(index, [x])))!
}

/** x.as_integer_ratio(): the exact fraction in lowest terms. */
function floatRatio(x: number): PyValue {
  if (Number.isNaN(x)) throw valueError('cannot convert NaN to integer ratio')
  if (!Number.isFinite(x)) throw overflowError('cannot convert Infinity to integer ratio')
  let n = x
  let shift = 0n
  while (!Number.isInteger(n)) {
    n *= 2
    shift++
  }
  let numerator = BigInt(n)
  let denominator = 1n << shift
  while (denominator > 1n && (numerator & 1n) === 0n) {
    numerator >>= 1n
    denominator >>= 1n
  }
  return pyTuple([normInt(numerator), normInt(denominator)])
}

export function installFloat(): void {
  installArithmetic(FloatType, isNumber)
  const self = (name: string, v: PyValue | undefined) => (selfNumber(FloatType, name, v) as PyFloat).value
  resumableMethod(FloatType, '__new__', function* (_ts, args, kw) {
    const cls = args[0] as PyType
    if (kw && kw.size) throw typeError('float() takes no keyword arguments')
    if (args.length > 2) throw typeError(`float expected at most 1 argument, got ${args.length - 1}`)
    const x = args[1]
    let value: number
    const text = x === undefined ? undefined : (strOf(x) ?? (bytesOf(x) && binary(bytesOf(x)!)))
    if (x === undefined) value = 0
    else if (text !== undefined) value = parseFloatLiteral(text)
    else if (isNumber(x)) value = asFloat(numberOf(x))!
    else value = yield* floatOfObject(x)
    return new PyFloat(value, cls)
  })
  method(FloatType, '__repr__', (_ts, a) => floatRepr(self('__repr__', a[0])))
  method(FloatType, 'is_integer', (_ts, a) => pyBool(Number.isInteger(self('is_integer', a[0]))))
  method(FloatType, '__round__', (_ts, a) => {
    const x = self('__round__', a[0])
    const digits = a[1] === undefined || a[1] === None ? null : intArg(a[1])
    const r = roundFloat(x, digits)
    return digits === null ? (r as PyValue) : new PyFloat(r as number)
  })
  method(FloatType, '__trunc__', (_ts, a) => floatToIntExact(Math.trunc(self('__trunc__', a[0]))))
  method(FloatType, '__floor__', (_ts, a) => floatToIntExact(Math.floor(self('__floor__', a[0]))))
  method(FloatType, '__ceil__', (_ts, a) => floatToIntExact(Math.ceil(self('__ceil__', a[0]))))
  method(FloatType, 'conjugate', (_ts, a) => new PyFloat(self('conjugate', a[0])))
  method(FloatType, 'as_integer_ratio', (_ts, a) => floatRatio(self('as_integer_ratio', a[0])))
  method(FloatType, 'hex', (_ts, a) => floatToHex(self('hex', a[0])))
  classMethod(FloatType, 'fromhex', (_ts, a) => {
    const cls = a[0] as PyType
    if (a.length !== 2) throw typeError(`float.fromhex() takes exactly one argument (${a.length - 1} given)`)
    const text = strOf(a[1])
    if (text === undefined) throw typeError(`fromhex() argument must be str, not ${typeName(a[1])}`)
    return new PyFloat(floatFromHex(text), cls)
  })
  FloatType.ns.set('real', new PyGetSet('real', (v) => new PyFloat(self('real', v))))
  FloatType.ns.set('imag', new PyGetSet('imag', () => new PyFloat(0)))
}
