// The math module's float functions with CPython's error rules: a NaN from a non-NaN argument is a domain error,
// an infinity from a finite argument a range error (OverflowError) or a singularity (ValueError).
import { overflowError, valueError } from '../../python/runtime/errors'
import { copysign, ldexp } from './float-bits'

export const domainError = () => valueError('math domain error')
export const rangeError = () => overflowError('math range error')

/** math_1: applies a one-argument libm function, raising as CPython does. */
export function libm1(f: (x: number) => number, x: number, canOverflow: boolean): number {
  const r = f(x)
  if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError()
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) throw canOverflow ? rangeError() : domainError()
  return r
}

/** math_2: a two-argument libm function (atan2, copysign). */
export function libm2(f: (x: number, y: number) => number, x: number, y: number): number {
  const r = f(x, y)
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError()
  if (Math.abs(r) === Infinity && Number.isFinite(x) && Number.isFinite(y)) throw rangeError()
  return r
}

/** The float functions taking one argument: [name, libm function, may overflow]. */
export const unaryFunctions: [string, (x: number) => number, boolean][] = [
  ['acos', Math.acos, false],
  ['acosh', Math.acosh, false],
  ['asin', Math.asin, false],
  ['asinh', Math.asinh, false],
  ['atan', Math.atan, false],
  ['atanh', Math.atanh, false],
  ['cos', Math.cos, false],
  ['cosh', Math.cosh, true],
  ['exp', Math.exp, true],
  ['expm1', Math.expm1, true],
  ['fabs', Math.abs, false],
  ['log1p', Math.log1p, false],
  ['sin', Math.sin, false],
  ['sinh', Math.sinh, true],
  ['sqrt', Math.sqrt, false],
  ['tan', Math.tan, false],
  ['tanh', Math.tanh, false],
]

export function pow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return powSpecial(x, y)
  const r = x ** y
  if (Number.isNaN(r)) throw domainError()
  if (!Number.isFinite(r)) throw x === 0 ? domainError() : rangeError()
  return r
}

/** C99's pow for infinite or NaN operands (JavaScript's `**` differs for 1**nan and (-1)**inf). */
function powSpecial(x: number, y: number): number {
  if (Number.isNaN(x)) return y === 0 ? 1 : x
  if (Number.isNaN(y)) return x === 1 ? 1 : y
  if (Math.abs(x) === Infinity) {
    const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1
    if (y > 0) return oddY ? x : Math.abs(x)
    if (y === 0) return 1
    return oddY ? copysign(0, x) : 0
  }
  if (Math.abs(x) === 1) return 1
  if (y > 0 && Math.abs(x) > 1) return y
  if (y < 0 && Math.abs(x) < 1) return -y
  return 0
}

export function fmod(x: number, y: number): number {
  if (Math.abs(y) === Infinity && Number.isFinite(x)) return x
  const r = x % y
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError()
  return r
}

/** The fractional and integral parts of x, both carrying its sign. */
export function modf(x: number): [number, number] {
  if (Number.isNaN(x)) return [x, x]
  if (!Number.isFinite(x)) return [copysign(0, x), x]
  const whole = Math.trunc(x)
  return [copysign(x - whole, x), whole]
}

export function ldexpChecked(x: number, e: number): number {
  const r = ldexp(x, e)
  if (!Number.isFinite(r) && Number.isFinite(x)) throw rangeError()
  return r
}

export function isclose(a: number, b: number, relTol: number, absTol: number): boolean {
  if (relTol < 0 || absTol < 0) throw valueError('tolerances must be non-negative')
  if (a === b) return true
  if (Math.abs(a) === Infinity || Math.abs(b) === Infinity) return false
  const diff = Math.abs(b - a)
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol
}
