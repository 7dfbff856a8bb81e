// float ** float as CPython 3.11's float_pow: IEEE special cases decided before the platform pow, a negative base
// with a fractional exponent handed to complex power, and overflow raised.
import { zeroDivisionError } from '../errors'
import type { PyValue } from '../object'
import { PyComplex } from '../types/complex'
import { newException, OverflowErrorType } from '../types/exceptions'
import { PyFloat } from '../types/float'
import { correctlyRoundedPow } from '../../libm'
import { complexPower } from './complex-ops'

function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x % 2) === 1
}

/** The result as a number, or a complex for a negative base raised to a non-integer power. */
export function floatPower(base: number, exponent: number): number | PyComplex {
  if (exponent === 0) return 1
  if (Number.isNaN(base)) return base
  if (Number.isNaN(exponent)) return base === 1 ? 1 : exponent
  if (!Number.isFinite(exponent)) {
    const magnitude = Math.abs(base)
    if (magnitude === 1) return 1
    return exponent > 0 === magnitude > 1 ? Infinity : 0
  }
  if (!Number.isFinite(base)) {
    const odd = isOddInteger(exponent)
    if (exponent > 0) return odd ? base : Math.abs(base)
    return odd ? (base < 0 ? -0 : 0) : 0
  }
  if (base === 0) {
    if (exponent < 0) throw zeroDivisionError('0.0 cannot be raised to a negative power')
    return isOddInteger(exponent) ? base : 0
  }
  let negate = false
  if (base < 0) {
    if (!Number.isInteger(exponent)) {
      const z = complexPower({ real: base, imag: 0 }, { real: exponent, imag: 0 })
      return new PyComplex(z.real, z.imag)
    }
    base = -base
    negate = isOddInteger(exponent)
  }
  if (base === 1) return negate ? -1 : 1
  const r = correctlyRoundedPow(base, exponent)
  // raised from errno ERANGE: the exception's args are (errno, strerror)
  if (!Number.isFinite(r)) throw newException(OverflowErrorType, 34, 'Numerical result out of range')
  return negate ? -r : r
}

export function floatPowerValue(base: number, exponent: number): PyValue {
  const r = floatPower(base, exponent)
  return typeof r === 'number' ? new PyFloat(r) : r
}
