// complex: construction, arithmetic dunders, comparisons (== and != only), hash, repr and format.
import { complexRepr, formatComplex, parseComplexLiteral } from '../../format'
import { hashFloat, hashFromBigInt, hashToPython, type PyHash } from '../../hash'
import { callPy, type NativeGen } from '../../runtime/native'
import { special } from '../../runtime/abstract/call'
import { compareFast } from '../../runtime/abstract/compare'
import { idOf } from '../../runtime/abstract/identity'
import { asFloat, asInt } from '../../runtime/abstract/numeric'
import * as C from '../../runtime/abstract/complex-ops'
import { CompareOp } from '../../compiler/opcodes'
import { typeError, valueError } from '../../runtime/errors'
import { None, NotImplemented, type PyType, type PyValue } from '../../runtime/object'
import { typeName } from '../../runtime/type-of'
import { pyBool } from '../../runtime/types/bool'
import { ComplexType, PyComplex } from '../../runtime/types/complex'
import { strOf } from '../../runtime/types/str-subclass'
import { PyFloat } from '../../runtime/types/float'
import { PyGetSet } from '../../runtime/types/descriptors'
import { pyTuple } from '../../runtime/types/tuple'
import { registerHash } from '../../runtime/abstract/hash'
import { registerRepr } from '../../runtime/abstract/repr'
import { method, resumableMethod } from '../define'

/** TO_COMPLEX: a complex, or an int/bool/float widened with a +0 imaginary part; undefined for anything else. */
function toComplex(v: PyValue): C.Complex | undefined {
  if (v instanceof PyComplex) return v
  const f = asFloat(v)
  return f === undefined ? undefined : { real: f, imag: 0 }
}

function selfComplex(name: string, v: PyValue | undefined): PyComplex {
  if (v instanceof PyComplex) return v
  if (v === undefined) throw typeError(`unbound method complex.${name}() needs an argument`)
  throw typeError(`descriptor '${name}' for 'complex' objects doesn't apply to a '${typeName(v)}' object`)
}

function make(z: C.Complex): PyComplex {
  return new PyComplex(z.real, z.imag)
}

const operations: [string, (a: C.Complex, b: C.Complex) => C.Complex][] = [
  ['add', C.complexSum],
  ['sub', C.complexDifference],
  ['mul', C.complexProduct],
  ['truediv', C.complexQuotient],
  ['pow', C.complexPower],
]

/** complex_hash: the parts' float hashes combined as hash(real) + 1000003 * hash(imag), wrapping at 64 bits. */
export function complexHash(z: PyComplex): PyHash {
  const id = idOf(z)
  const real = BigInt(hashToPython(hashFloat(z.real, id)))
  const imag = BigInt(hashToPython(hashFloat(z.imag, id)))
  const combined = BigInt.asIntN(64, real + 1000003n * imag)
  return hashFromBigInt(combined === -1n ? -2n : combined)
}

/** complex == x for numbers: an int compares exactly with the real part (when the imaginary part is 0). */
function equals(z: PyComplex, other: PyValue): boolean | undefined {
  if (other instanceof PyComplex) return z.real === other.real && z.imag === other.imag
  if (asInt(other) !== undefined || other instanceof PyFloat) {
    return z.imag === 0 && compareFast(new PyFloat(z.real), other, CompareOp.EQ)!
  }
  return undefined
}

/** A part given to complex(): a number through float() (or complex itself), else the constructor's TypeError. */
function* part(v: PyValue, which: 'first' | 'second'): NativeGen<C.Complex> {
  const z = toComplex(v)
  if (z !== undefined) return z
  const method = special(v, '__float__') ?? special(v, '__index__')
  if (method === undefined) {
    const what = which === 'first' ? 'first argument must be a string or a number' : 'second argument must be a number'
    throw typeError(`complex() ${what}, not '${typeName(v)}'`)
  }
  const r = yield* callPy(method, [v])
  const f = asFloat(r)
  if (f === undefined) throw typeError(`${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`)
  return { real: f, imag: 0 }
}

function* complexNew(args: PyValue[], kw: Map<string, PyValue> | null): NativeGen<PyComplex> {
  const cls = args[0] as PyType
  const real = args[1] ?? kw?.get('real')
  const imag = args[2] ?? kw?.get('imag')
  if (args.length > 3) throw typeError(`complex() takes at most 2 arguments (${args.length - 1} given)`)
  const text = real === undefined ? undefined : strOf(real)
  if (text !== undefined) {
    if (imag !== undefined) throw typeError("complex() can't take second arg if first is a string")
    const z = parseComplexLiteral(text)
    return new PyComplex(z.real, z.imag, cls)
  }
  if (imag !== undefined && strOf(imag) !== undefined) throw typeError("complex() second arg can't be a string")
  let r: C.Complex = { real: 0, imag: 0 }
  if (real !== undefined) {
    const dunder = real instanceof PyComplex ? undefined : special(real, '__complex__')
    if (dunder !== undefined) {
      const value = yield* callPy(dunder, [real])
      if (!(value instanceof PyComplex)) throw typeError(`__complex__ returned non-complex (type ${typeName(value)})`)
      r = value
    } else {
      r = yield* part(real, 'first')
    }
  }
  if (imag === undefined) return new PyComplex(r.real, r.imag, cls)
  const i = yield* part(imag, 'second')
  return new PyComplex(r.real - i.imag, r.imag + i.real, cls)
}

export function installComplex(): void {
  resumableMethod(ComplexType, '__new__', function* (_ts, a, kw) {
    return yield* complexNew(a, kw)
  })
  for (const [name, op] of operations) {
    method(ComplexType, `__${name}__`, (_ts, a) => {
      const z = selfComplex(`__${name}__`, a[0])
      const other = toComplex(a[1])
      if (name === 'pow' && a[2] !== undefined && a[2] !== None) throw valueError('complex modulo')
      return other === undefined ? NotImplemented : make(op(z, other))
    })
    method(ComplexType, `__r${name}__`, (_ts, a) => {
      const z = selfComplex(`__r${name}__`, a[0])
      const other = toComplex(a[1])
      if (name === 'pow' && a[2] !== undefined && a[2] !== None) throw valueError('complex modulo')
      return other === undefined ? NotImplemented : make(op(other, z))
    })
  }
  method(ComplexType, '__neg__', (_ts, a) => {
    const z = selfComplex('__neg__', a[0])
    return new PyComplex(-z.real, -z.imag)
  })
  method(ComplexType, '__pos__', (_ts, a) => {
    const z = selfComplex('__pos__', a[0])
    return new PyComplex(z.real, z.imag)
  })
  method(ComplexType, '__abs__', (_ts, a) => new PyFloat(C.complexAbs(selfComplex('__abs__', a[0]))))
  method(ComplexType, '__bool__', (_ts, a) => {
    const z = selfComplex('__bool__', a[0])
    return pyBool(z.real !== 0 || z.imag !== 0)
  })
  for (const [name, negate] of [
    ['__eq__', false],
    ['__ne__', true],
  ] as const) {
    method(ComplexType, name, (_ts, a) => {
      const r = equals(selfComplex(name, a[0]), a[1])
      return r === undefined ? NotImplemented : pyBool(r !== negate)
    })
  }
  for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) method(ComplexType, name, () => NotImplemented)
  method(ComplexType, '__hash__', (_ts, a) => hashToPython(complexHash(selfComplex('__hash__', a[0]))))
  method(ComplexType, '__repr__', (_ts, a) => {
    const z = selfComplex('__repr__', a[0])
    return complexRepr(z.real, z.imag)
  })
  method(ComplexType, '__format__', (_ts, a) => {
    const z = selfComplex('__format__', a[0])
    if (typeof a[1] !== 'string') throw typeError(`__format__() argument must be str, not ${typeName(a[1])}`)
    return formatComplex(z.real, z.imag, a[1])
  })
  method(ComplexType, 'conjugate', (_ts, a) => {
    const z = selfComplex('conjugate', a[0])
    return new PyComplex(z.real, -z.imag)
  })
  method(ComplexType, '__complex__', (_ts, a) => {
    const z = selfComplex('__complex__', a[0])
    return new PyComplex(z.real, z.imag)
  })
  method(ComplexType, '__getnewargs__', (_ts, a) => {
    const z = selfComplex('__getnewargs__', a[0])
    return pyTuple([new PyFloat(z.real), new PyFloat(z.imag)])
  })
  ComplexType.ns.set('real', new PyGetSet('real', (v) => new PyFloat(selfComplex('real', v).real)))
  ComplexType.ns.set('imag', new PyGetSet('imag', (v) => new PyFloat(selfComplex('imag', v).imag)))
  registerHash((v) => (v instanceof PyComplex ? complexHash(v) : undefined))
  registerRepr((v) => (v instanceof PyComplex ? complexRepr(v.real, v.imag) : undefined))
}
