import { FormatError } from './format-error'

// CPython 3.11 refuses decimal conversions of ints longer than sys.get_int_max_str_digits() (4300 by default).
export const MAX_STR_DIGITS = 4300

const PREFIXES: Record<number, string> = { 2: '0b', 8: '0o', 10: '', 16: '0x' }

// str(n), bin(n), oct(n) and hex(n): '-0x1f', '0b101', '-12'.
export function intToString(n: number | bigint, base: 2 | 8 | 10 | 16): string {
  const negative = n < 0
  return (negative ? '-' : '') + PREFIXES[base] + magnitudeDigits(n, base)
}

// The digits of |n| in `base`, lowercase, without sign or prefix.
export function magnitudeDigits(n: number | bigint, base: number): string {
  const digits = (n < 0 ? -n : n).toString(base)
  if (base === 10 && digits.length > MAX_STR_DIGITS) {
    throw new FormatError(
      'ValueError',
      `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion; ` +
        'use sys.set_int_max_str_digits() to increase the limit',
    )
  }
  return digits
}
