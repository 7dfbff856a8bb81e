// Python's `repr` of the values a Constant can hold, as CPython 3.11 prints them.

import type { ConstantValue } from '../ast/nodes'

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u

export function reprConstant(value: ConstantValue): string {
  if (value === null) return 'None'
  if (value === true) return 'True'
  if (value === false) return 'False'
  if (typeof value === 'number' || typeof value === 'bigint') return value.toString()
  if (typeof value === 'string') return reprStr(value)
  if ('float' in value) return reprFloat(value.float)
  if ('complex' in value) return reprImaginary(value.complex)
  if ('bytes' in value) return reprBytes(value.bytes)
  return 'Ellipsis'
}

export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'"
  let out = quote
  for (const ch of s) {
    if (ch === quote || ch === '\\') out += '\\' + ch
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (ch === ' ' || !NON_PRINTABLE.test(ch)) out += ch
    else {
      const cp = ch.codePointAt(0) ?? 0
      if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0')
      else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0')
      else out += '\\U' + cp.toString(16).padStart(8, '0')
    }
  }
  return out + quote
}

export function reprBytes(bytes: Uint8Array): string {
  let hasSingle = false
  let hasDouble = false
  for (const b of bytes) {
    if (b === 39) hasSingle = true
    if (b === 34) hasDouble = true
  }
  const quote = hasSingle && !hasDouble ? 34 : 39
  let out = 'b' + String.fromCharCode(quote)
  for (const b of bytes) {
    if (b === quote || b === 92) out += '\\' + String.fromCharCode(b)
    else if (b === 9) out += '\\t'
    else if (b === 10) out += '\\n'
    else if (b === 13) out += '\\r'
    else if (b < 32 || b >= 127) out += '\\x' + b.toString(16).padStart(2, '0')
    else out += String.fromCharCode(b)
  }
  return out + String.fromCharCode(quote)
}

/** `repr(float)`: shortest round-tripping digits, scientific outside 1e-4 <= |x| < 1e16, always a '.0' or exponent. */
export function reprFloat(x: number): string {
  return formatShortFloat(x, true)
}

/** `repr` of a complex with zero real part: the imaginary part without the '.0' suffix, then 'j'. */
export function reprImaginary(x: number): string {
  return formatShortFloat(x, false) + 'j'
}

function formatShortFloat(x: number, addDotZero: boolean): string {
  if (Number.isNaN(x)) return 'nan'
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf'
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (addDotZero ? '.0' : '')
  const sign = x < 0 ? '-' : ''
  const [mantissa, exponent] = Math.abs(x).toExponential().split('e')
  const digits = mantissa.replace('.', '')
  const decpt = Number(exponent) + 1
  if (decpt <= -4 || decpt > 16) {
    const exp = decpt - 1
    const body = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits
    return `${sign}${body}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`
  if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}${addDotZero ? '.0' : ''}`
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`
}
