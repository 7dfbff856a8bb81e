import { FormatError } from './format-error'

// float(n) for an int, which CPython rounds half-even and refuses when the result would be infinite.
export function intToFloat(n: number | bigint): number {
  if (typeof n === 'number') return n
  const x = Number(n)
  if (x === Infinity || x === -Infinity) throw new FormatError('OverflowError', 'int too large to convert to float')
  return x
}
