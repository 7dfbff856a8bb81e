// Python indexes str by code point; JS strings are UTF-16. Strings without surrogates (nearly all) take the
// direct path; the others are measured by code point.

const surrogate = /[\uD800-\uDFFF]/

/** Below this length a plain loop beats starting the regular expression. */
const shortString = 32

export function hasSurrogates(s: string): boolean {
  if (s.length > shortString) return surrogate.test(s)
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xf800) === 0xd800) return true
  return false
}

/**
 * `s[i]` for a small code-point index without scanning the whole string: when the first i + 1 units hold no
 * surrogate, unit i is code point i. Undefined when that does not hold (or i is not small).
 */
export function strAtPrefix(s: string, i: number): string | undefined {
  if (i >= shortString || i >= s.length) return undefined
  for (let k = 0; k <= i; k++) if ((s.charCodeAt(k) & 0xf800) === 0xd800) return undefined
  return s[i]
}

export function strLen(s: string): number {
  if (!hasSurrogates(s)) return s.length
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) i++
    n++
  }
  return n
}

/** Code points of a string as separate strings (only needed when it has surrogates). */
export function codePoints(s: string): string[] {
  return Array.from(s)
}

/** The character at a code-point index already normalised to 0 <= i < len. */
export function strAt(s: string, i: number): string {
  if (!hasSurrogates(s)) return s[i]
  return codePoints(s)[i]
}

/** The UTF-16 offset of code point index `index` (0 <= index <= length in code points). */
export function unitOffset(s: string, index: number): number {
  if (!hasSurrogates(s)) return index
  let unit = 0
  for (let seen = 0; seen < index && unit < s.length; seen++) {
    const c = s.charCodeAt(unit)
    unit += c >= 0xd800 && c < 0xdc00 && unit + 1 < s.length ? 2 : 1
  }
  return unit
}

/** The code point index of UTF-16 offset `unit`. */
export function codePointIndex(s: string, unit: number): number {
  return hasSurrogates(s) ? strLen(s.slice(0, unit)) : unit
}
