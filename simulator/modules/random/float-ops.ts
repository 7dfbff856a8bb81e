// The float operations of `Lib/random.py` with CPython's semantics where JS differs: division and modulo by zero
// raise, `**` follows `float_pow`, and the math functions raise instead of returning NaN or overflowing.
//
// The transcendental functions are V8's (fdlibm-derived); CPython calls the platform libm (glibc on Linux). Both are
// within an ulp of the true value but differ in the last bit for a few percent of inputs, so results that pass
// through log/exp/cos/sin/acos/pow agree with CPython to ~1e-15 relative, not bit for bit. CPython itself differs
// across platforms here.

import { PythonError } from './python-error'

export function floatDivide(dividend: number, divisor: number): number {
  if (divisor === 0) throw new PythonError('ZeroDivisionError', 'float division by zero')
  return dividend / divisor
}

// `float % float`: the result takes the divisor's sign.
export function floatModulo(dividend: number, divisor: number): number {
  if (divisor === 0) throw new PythonError('ZeroDivisionError', 'float modulo')
  const remainder = dividend % divisor
  if (remainder === 0) return divisor < 0 ? -0 : 0
  return divisor < 0 !== remainder < 0 ? remainder + divisor : remainder
}

// `float ** float` for the non-negative bases (including -0.0) that the distributions raise to a power.
export function floatPower(base: number, exponent: number): number {
  if (exponent === 0) return 1
  if (Number.isNaN(base)) return base
  if (Number.isNaN(exponent)) return base === 1 ? 1 : exponent
  if (!Number.isFinite(exponent)) {
    if (Math.abs(base) === 1) return 1
    return exponent > 0 === Math.abs(base) > 1 ? Infinity : 0
  }
  const exponentIsOddInteger = Number.isInteger(exponent) && Math.abs(exponent % 2) === 1
  if (!Number.isFinite(base)) return exponent > 0 ? base : 0
  if (base === 0) {
    if (exponent < 0) throw new PythonError('ZeroDivisionError', '0.0 cannot be raised to a negative power')
    return exponentIsOddInteger ? base : 0
  }
  if (base === 1) return 1
  const result = base ** exponent
  if (!Number.isFinite(result)) throw new PythonError('OverflowError', "(34, 'Numerical result out of range')")
  return result
}

export function mathLog(x: number): number {
  return checked(Math.log(x), x, false)
}

export function mathExp(x: number): number {
  return checked(Math.exp(x), x, true)
}

export function mathSqrt(x: number): number {
  return checked(Math.sqrt(x), x, false)
}

export function mathCos(x: number): number {
  return checked(Math.cos(x), x, false)
}

export function mathSin(x: number): number {
  return checked(Math.sin(x), x, false)
}

export function mathAcos(x: number): number {
  return checked(Math.acos(x), x, false)
}

// CPython's `math_1`: NaN from a non-NaN argument is a domain error; infinity from a finite one is a range error
// where the function can overflow, a domain error (log(0)) where it cannot.
function checked(result: number, x: number, canOverflow: boolean): number {
  if (Number.isNaN(result) && !Number.isNaN(x)) throw new PythonError('ValueError', 'math domain error')
  if (!Number.isFinite(result) && !Number.isNaN(result) && Number.isFinite(x)) {
    throw canOverflow
      ? new PythonError('OverflowError', 'math range error')
      : new PythonError('ValueError', 'math domain error')
  }
  return result
}
