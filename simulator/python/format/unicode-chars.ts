import { DECIMAL_ZEROS, NON_PRINTABLE_RUNS, WHITESPACE } from './unicode-tables'

// Character properties as CPython 3.11 sees them (Unicode 14.0), independent of the JS engine's own Unicode data.

// Sorted [first, last] pairs of the code points that str.isprintable() rejects.
const nonPrintable: number[] = decodeRuns(decodeNumbers(NON_PRINTABLE_RUNS))
const decimalZeros: number[] = decodeNumbers(DECIMAL_ZEROS)
const whitespace = new Set(decodeNumbers(WHITESPACE))

function decodeNumbers(encoded: string): number[] {
  return encoded.split(',').map((part) => parseInt(part, 36))
}

function decodeRuns(values: number[]): number[] {
  const bounds: number[] = []
  let last = -1
  for (let i = 0; i < values.length; i += 2) {
    const first = last + 1 + values[i]
    last = first + values[i + 1]
    bounds.push(first, last)
  }
  return bounds
}

export function isPrintable(codePoint: number): boolean {
  if (codePoint < 0x7f) return codePoint >= 0x20
  let low = 0
  let high = nonPrintable.length / 2 - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (codePoint < nonPrintable[2 * middle]) high = middle - 1
    else if (codePoint > nonPrintable[2 * middle + 1]) low = middle + 1
    else return false
  }
  return true
}

// The value of a Unicode decimal digit (category Nd), or -1.
export function decimalValue(codePoint: number): number {
  if (codePoint >= 48 && codePoint <= 57) return codePoint - 48
  if (codePoint < 0x660) return -1
  let low = 0
  let high = decimalZeros.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const zero = decimalZeros[middle]
    if (codePoint < zero) high = middle - 1
    else if (codePoint > zero + 9) low = middle + 1
    else return codePoint - zero
  }
  return -1
}

// str.isspace() for one character.
export function isWhitespace(codePoint: number): boolean {
  return whitespace.has(codePoint)
}
