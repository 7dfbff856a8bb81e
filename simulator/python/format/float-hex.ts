import { FormatError } from './format-error'
import { scaledToDouble } from './scaled-double'

// float.hex() and float.fromhex(), as CPython 3.11's float_hex and float_fromhex write and read them.

const bits = new DataView(new ArrayBuffer(8))

/** '0x1.8000000000000p+0': a leading 1 (0 for subnormals), 13 hex digits of fraction, a signed exponent. */
export function floatToHex(x: number): string {
  if (Number.isNaN(x)) return 'nan'
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf'
  const sign = x < 0 || Object.is(x, -0) ? '-' : ''
  if (x === 0) return `${sign}0x0.0p+0`
  bits.setFloat64(0, x)
  const high = bits.getUint32(0)
  const biased = (high >>> 20) & 0x7ff
  const fraction = (high & 0xfffff).toString(16).padStart(5, '0') + bits.getUint32(4).toString(16).padStart(8, '0')
  const exponent = biased === 0 ? -1022 : biased - 1023
  return `${sign}0x${biased === 0 ? 0 : 1}.${fraction}p${exponent < 0 ? '-' : '+'}${Math.abs(exponent)}`
}

const INF_OR_NAN = /^([+-]?)(inf|infinity|nan)$/i
const HEX = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?$/i

function invalid(): FormatError {
  return new FormatError('ValueError', 'invalid hexadecimal floating-point string')
}

export function floatFromHex(text: string): number {
  const s = text.replace(/^[ \t\n\r\v\f]+|[ \t\n\r\v\f]+$/g, '')
  const special = INF_OR_NAN.exec(s)
  if (special) {
    const magnitude = special[2].toLowerCase() === 'nan' ? NaN : Infinity
    return special[1] === '-' ? -magnitude : magnitude
  }
  const m = HEX.exec(s)
  if (m === null) throw invalid()
  const [, sign, whole, fraction = '', exponentText] = m
  if (whole.length + fraction.length === 0) throw invalid()
  const digits = (whole + fraction).replace(/^0+/, '')
  // strtol saturates; anything this far out is zero or an overflow either way
  const exponent = Math.max(-1e9, Math.min(1e9, exponentText === undefined ? 0 : Number(exponentText)))
  const value = digits === '' ? 0 : scaledToDouble(BigInt('0x' + digits), exponent - 4 * fraction.length)
  if (value === Infinity) {
    throw new FormatError('OverflowError', 'hexadecimal value too large to represent as a float')
  }
  return sign === '-' ? -value : value
}
