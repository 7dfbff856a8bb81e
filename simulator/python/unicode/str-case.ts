import { foldFull, lowerFull, titleFull, upperFull } from './case-mapping'
import { isCased, isCaseIgnorable, isLowercase, isUppercase } from './char-properties'

// str.lower/upper/title/capitalize/swapcase/casefold as CPython 3.11's unicodeobject.c does them, by code point.

const CAPITAL_SIGMA = 0x3a3
const asciiOnly = /^[^\u0080-\uffff]*$/

function codePoints(s: string): number[] {
  const out: number[] = []
  for (const ch of s) out.push(ch.codePointAt(0)!)
  return out
}

/** Σ lowers to final ς after a cased letter (case-ignorable ones skipped) that no cased letter follows. */
function lowerSigma(cps: number[], i: number): string {
  let j = i - 1
  while (j >= 0 && isCaseIgnorable(cps[j])) j--
  let final = j >= 0 && isCased(cps[j])
  if (final) {
    let k = i + 1
    while (k < cps.length && isCaseIgnorable(cps[k])) k++
    final = k === cps.length || !isCased(cps[k])
  }
  return final ? '\u03c2' : '\u03c3'
}

function lowerAt(cps: number[], i: number): string {
  return cps[i] === CAPITAL_SIGMA ? lowerSigma(cps, i) : lowerFull(cps[i])
}

export function strLower(s: string): string {
  if (asciiOnly.test(s)) return s.toLowerCase()
  const cps = codePoints(s)
  let out = ''
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i)
  return out
}

export function strUpper(s: string): string {
  if (asciiOnly.test(s)) return s.toUpperCase()
  let out = ''
  for (const ch of s) out += upperFull(ch.codePointAt(0)!)
  return out
}

export function strCasefold(s: string): string {
  if (asciiOnly.test(s)) return s.toLowerCase()
  let out = ''
  for (const ch of s) out += foldFull(ch.codePointAt(0)!)
  return out
}

export function strSwapcase(s: string): string {
  const cps = codePoints(s)
  let out = ''
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]
    if (isUppercase(c)) out += lowerAt(cps, i)
    else if (isLowercase(c)) out += upperFull(c)
    else out += String.fromCodePoint(c)
  }
  return out
}

export function strTitle(s: string): string {
  const cps = codePoints(s)
  let out = ''
  let previousIsCased = false
  for (let i = 0; i < cps.length; i++) {
    out += previousIsCased ? lowerAt(cps, i) : titleFull(cps[i])
    previousIsCased = isCased(cps[i])
  }
  return out
}

export function strCapitalize(s: string): string {
  const cps = codePoints(s)
  let out = cps.length > 0 ? titleFull(cps[0]) : ''
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i)
  return out
}
