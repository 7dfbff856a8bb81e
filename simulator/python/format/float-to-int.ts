import { FormatError } from './format-error'

// int(x) for a float: truncation toward zero, as a safe-integer number or else a bigint.
export function floatToIntExact(x: number): number | bigint {
  if (x !== x) throw new FormatError('ValueError', 'cannot convert float NaN to integer')
  if (x === Infinity || x === -Infinity) {
    throw new FormatError('OverflowError', 'cannot convert float infinity to integer')
  }
  const truncated = Math.trunc(x)
  if (Number.isSafeInteger(truncated)) return truncated === 0 ? 0 : truncated
  return BigInt(truncated)
}
