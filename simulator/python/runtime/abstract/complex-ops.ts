// Complex arithmetic as CPython 3.11's Objects/complexobject.c computes it (including its IEEE corner cases: a
// float operand is widened to a complex with a +0 imaginary part first).
import { hypot, pow } from '../../libm'
import { overflowError, zeroDivisionError } from '../errors'

export interface Complex {
  readonly real: number
  readonly imag: number
}

export function complexSum(a: Complex, b: Complex): Complex {
  return { real: a.real + b.real, imag: a.imag + b.imag }
}

export function complexDifference(a: Complex, b: Complex): Complex {
  return { real: a.real - b.real, imag: a.imag - b.imag }
}

export function complexProduct(a: Complex, b: Complex): Complex {
  return { real: a.real * b.real - a.imag * b.imag, imag: a.real * b.imag + a.imag * b.real }
}

/** _Py_c_quot: Smith's algorithm, scaling by the larger of the divisor's parts; null for division by zero. */
function quotient(a: Complex, b: Complex): Complex | null {
  const absReal = Math.abs(b.real)
  const absImag = Math.abs(b.imag)
  if (absReal >= absImag) {
    if (absReal === 0) return null
    const ratio = b.imag / b.real
    const denominator = b.real + b.imag * ratio
    return { real: (a.real + a.imag * ratio) / denominator, imag: (a.imag - a.real * ratio) / denominator }
  }
  if (absImag >= absReal) {
    const ratio = b.real / b.imag
    const denominator = b.real * ratio + b.imag
    return { real: (a.real * ratio + a.imag) / denominator, imag: (a.imag * ratio - a.real) / denominator }
  }
  return { real: NaN, imag: NaN }
}

export function complexQuotient(a: Complex, b: Complex): Complex {
  const q = quotient(a, b)
  if (q === null) throw zeroDivisionError('complex division by zero')
  return q
}

const ONE: Complex = { real: 1, imag: 0 }

/** c_powu: square-and-multiply for a positive integer exponent. */
function powUnsigned(x: Complex, n: number): Complex {
  let r = ONE
  let p = x
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = complexProduct(r, p)
    p = complexProduct(p, p)
  }
  return r
}

/** _Py_c_pow by polar form; null for a domain error (zero to a negative or complex power, an infinite phase). */
function powGeneral(a: Complex, b: Complex): Complex | null {
  if (b.real === 0 && b.imag === 0) return ONE
  if (a.real === 0 && a.imag === 0) return b.imag !== 0 || b.real < 0 ? null : { real: 0, imag: 0 }
  const magnitude = hypot(a.real, a.imag)
  let length = pow(magnitude, b.real)
  const angle = Math.atan2(a.imag, a.real)
  let phase = angle * b.real
  if (b.imag !== 0) {
    length /= Math.exp(angle * b.imag)
    phase += b.imag * Math.log(magnitude)
  }
  // the C library's cos of an infinite phase reports a domain error, which complex_pow raises like 0 ** -1
  if (phase === Infinity || phase === -Infinity) return null
  return { real: length * Math.cos(phase), imag: length * Math.sin(phase) }
}

/** complex_pow: small integral exponents by repeated multiplication, others by polar form. */
export function complexPower(a: Complex, b: Complex): Complex {
  let p: Complex | null
  if (b.imag === 0 && b.real === Math.floor(b.real) && Math.abs(b.real) <= 100) {
    const n = b.real
    p = n > 0 ? powUnsigned(a, n) : quotient(ONE, powUnsigned(a, -n))
  } else {
    p = powGeneral(a, b)
  }
  if (p === null) throw zeroDivisionError('0.0 to a negative or complex power')
  if (!Number.isFinite(p.real) && !Number.isNaN(p.real)) throw overflowError('complex exponentiation')
  if (!Number.isFinite(p.imag) && !Number.isNaN(p.imag)) throw overflowError('complex exponentiation')
  return p
}

/** abs(z): hypot, except that a finite complex with an infinite magnitude overflows. */
export function complexAbs(z: Complex): number {
  const r = hypot(z.real, z.imag)
  if (r === Infinity && Number.isFinite(z.real) && Number.isFinite(z.imag)) {
    throw overflowError('absolute value too large')
  }
  return r
}
