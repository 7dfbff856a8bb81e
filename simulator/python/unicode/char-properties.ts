import { decimalValue } from '../format/unicode-chars'
import { CodePointRuns } from './code-point-runs'
import * as T from './unicode-tables'

// The per-character flags CPython 3.11's str methods consult (Objects/unicodectype.c), by Unicode 14.0.

const alpha = new CodePointRuns(T.ALPHA_RUNS)
const digit = new CodePointRuns(T.DIGIT_RUNS)
const numeric = new CodePointRuns(T.NUMERIC_RUNS)
const uppercase = new CodePointRuns(T.UPPERCASE_RUNS)
const lowercase = new CodePointRuns(T.LOWERCASE_RUNS)
const titlecase = new CodePointRuns(T.TITLECASE_RUNS)
const caseIgnorable = new CodePointRuns(T.CASE_IGNORABLE_RUNS)
const xidStart = new CodePointRuns(T.XID_START_RUNS)
const xidContinue = new CodePointRuns(T.XID_CONTINUE_RUNS)

export { isPrintable, isWhitespace } from '../format/unicode-chars'

export function isAlpha(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
  return alpha.has(c)
}

export function isDecimal(c: number): boolean {
  return decimalValue(c) >= 0
}

export function isDigit(c: number): boolean {
  if (c < 0x80) return c >= 0x30 && c <= 0x39
  return digit.has(c)
}

export function isNumeric(c: number): boolean {
  if (c < 0x80) return c >= 0x30 && c <= 0x39
  return numeric.has(c)
}

export function isAlnum(c: number): boolean {
  return isAlpha(c) || isDecimal(c) || isDigit(c) || isNumeric(c)
}

export function isUppercase(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a
  return uppercase.has(c)
}

export function isLowercase(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a
  return lowercase.has(c)
}

export function isTitlecase(c: number): boolean {
  return c >= 0x80 && titlecase.has(c)
}

/** Unicode's Cased: Lowercase, Uppercase or titlecase letter. */
export function isCased(c: number): boolean {
  return isUppercase(c) || isLowercase(c) || isTitlecase(c)
}

export function isCaseIgnorable(c: number): boolean {
  return caseIgnorable.has(c)
}

export function isXidStart(c: number): boolean {
  if (c < 0x80) return isAlpha(c)
  return xidStart.has(c)
}

export function isXidContinue(c: number): boolean {
  if (c < 0x80) return isAlpha(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f
  return xidContinue.has(c)
}
