import {
  isAlnum,
  isAlpha,
  isDecimal,
  isDigit,
  isLowercase,
  isNumeric,
  isPrintable,
  isTitlecase,
  isUppercase,
  isWhitespace,
  isXidContinue,
  isXidStart,
} from './char-properties'

// The str.is*() predicates as CPython 3.11 defines them over code points.

function every(s: string, test: (c: number) => boolean): boolean {
  for (const ch of s) if (!test(ch.codePointAt(0)!)) return false
  return true
}

function nonEmptyEvery(test: (c: number) => boolean): (s: string) => boolean {
  return (s) => s.length > 0 && every(s, test)
}

export const strIsAlpha = nonEmptyEvery(isAlpha)
export const strIsAlnum = nonEmptyEvery(isAlnum)
export const strIsDecimal = nonEmptyEvery(isDecimal)
export const strIsDigit = nonEmptyEvery(isDigit)
export const strIsNumeric = nonEmptyEvery(isNumeric)
export const strIsSpace = nonEmptyEvery(isWhitespace)

export function strIsPrintable(s: string): boolean {
  return every(s, isPrintable)
}

export function strIsAscii(s: string): boolean {
  return /^[^\u0080-\uffff]*$/.test(s)
}

/** Some cased character, and no lowercase or titlecase one. */
export function strIsUpper(s: string): boolean {
  let cased = false
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (isLowercase(c) || isTitlecase(c)) return false
    if (isUppercase(c)) cased = true
  }
  return cased
}

/** Some cased character, and no uppercase or titlecase one. */
export function strIsLower(s: string): boolean {
  let cased = false
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (isUppercase(c) || isTitlecase(c)) return false
    if (isLowercase(c)) cased = true
  }
  return cased
}

/** Uppercase and titlecase characters only after uncased ones, lowercase ones only after cased ones. */
export function strIsTitle(s: string): boolean {
  let cased = false
  let previousIsCased = false
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (isUppercase(c) || isTitlecase(c)) {
      if (previousIsCased) return false
      previousIsCased = cased = true
    } else if (isLowercase(c)) {
      if (!previousIsCased) return false
      previousIsCased = cased = true
    } else {
      previousIsCased = false
    }
  }
  return cased
}

export function strIsIdentifier(s: string): boolean {
  const first = s.codePointAt(0)
  if (first === undefined || !(isXidStart(first) || first === 0x5f)) return false
  let rest = false
  for (const ch of s) {
    if (rest && !isXidContinue(ch.codePointAt(0)!)) return false
    rest = true
  }
  return true
}
