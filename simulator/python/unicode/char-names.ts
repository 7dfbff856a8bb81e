import * as T from './unicode-name-tables'

// "\N{NAME}" lookup as CPython 3.11's unicodedata does it (Modules/unicodedata.c _getcode): listed names and
// aliases match without regard to ASCII case; Hangul syllable and CJK unified ideograph names are computed and
// must be written exactly.

const HANGUL_BASE = 0xac00
const HANGUL_PREFIX = 'HANGUL SYLLABLE '
const CJK_PREFIX = 'CJK UNIFIED IDEOGRAPH-'

let listedNames: Map<string, number> | null = null

function decodeNumbers(text: string): number[] {
  const values: number[] = []
  const digits = new Map([...T.NAME_DIGITS].map((ch, i) => [ch, i]))
  const more = T.NAME_DIGITS.length - T.NAME_FINAL_DIGITS
  let n = 0
  for (const ch of text) {
    const d = digits.get(ch)!
    if (d < T.NAME_FINAL_DIGITS) {
      values.push(n * T.NAME_FINAL_DIGITS + d)
      n = 0
    } else {
      n = n * more + (d - T.NAME_FINAL_DIGITS) + 1
    }
  }
  return values
}

function decodeWords(): string[] {
  const words: string[] = []
  let previous = ''
  for (const [, shared, rest] of T.NAME_WORDS.matchAll(/([a-z])([^a-z]*)/g)) {
    previous = previous.slice(0, shared.charCodeAt(0) - 0x61) + rest
    words.push(previous)
  }
  return words
}

function decodeNames(): Map<string, number> {
  const names = new Map<string, number>()
  const words = decodeWords()
  const shapes = T.NAME_SHAPES.split(',').map((shape) => shape.split('.').map(Number))
  const stream = decodeNumbers(T.NAMES)
  let code = -1
  let previousWords: string[] = []
  let i = 0
  while (i < stream.length) {
    const head = stream[i++]
    const [shared, following] = shapes[head >> 1]
    code += 1 + (head & 1 ? stream[i++] + 1 : 0)
    const nameWords = previousWords.slice(0, shared)
    for (let k = 0; k < following; k++) nameWords.push(words[stream[i++]])
    names.set(nameWords.join(' '), code)
    previousWords = nameWords
  }
  for (const range of T.HEX_NAMED_RANGES.split(';')) {
    const [first, last, prefix] = range.split(',')
    if (prefix + '-' === CJK_PREFIX) continue
    for (let c = parseInt(first, 36); c <= parseInt(last, 36); c++) names.set(`${prefix}-${hex(c)}`, c)
  }
  for (const alias of T.NAME_ALIASES.split(';')) {
    const comma = alias.indexOf(',')
    names.set(alias.slice(comma + 1), parseInt(alias.slice(0, comma), 36))
  }
  return names
}

function hex(c: number): string {
  return c.toString(16).toUpperCase().padStart(4, '0')
}

function asciiUpper(s: string): string {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase())
}

const cjkRanges: [number, number][] = T.HEX_NAMED_RANGES.split(';')
  .map((range) => range.split(','))
  .filter(([, , prefix]) => prefix + '-' === CJK_PREFIX)
  .map(([first, last]) => [parseInt(first, 36), parseInt(last, 36)])

function cjkIdeograph(name: string): number | undefined {
  const digits = name.slice(CJK_PREFIX.length)
  if (!/^[0-9A-F]{4,5}$/.test(digits)) return undefined
  const c = parseInt(digits, 16)
  return cjkRanges.some(([first, last]) => c >= first && c <= last) ? c : undefined
}

/** The longest of `options` that starts `text` at `at` (the empty option always matches), as [index, length]. */
function longestJamo(text: string, at: number, options: string[]): [number, number] {
  let found: [number, number] = [-1, 0]
  let best = -1
  options.forEach((option, index) => {
    if (option.length > best && text.startsWith(option, at)) {
      best = option.length
      found = [index, option.length]
    }
  })
  return found
}

const leads = T.HANGUL_LEADS.split(',')
const vowels = T.HANGUL_VOWELS.split(',')
const tails = T.HANGUL_TAILS.split(',')

function hangulSyllable(name: string): number | undefined {
  let at = HANGUL_PREFIX.length
  const [lead, leadLength] = longestJamo(name, at, leads)
  at += leadLength
  const [vowel, vowelLength] = longestJamo(name, at, vowels)
  at += vowelLength
  const [tail, tailLength] = longestJamo(name, at, tails)
  at += tailLength
  if (lead < 0 || vowel < 0 || tail < 0 || at !== name.length) return undefined
  return HANGUL_BASE + (lead * vowels.length + vowel) * tails.length + tail
}

/** The code point named `name` (a character name or alias), or undefined. */
export function lookupCharacterName(name: string): number | undefined {
  if (name.startsWith(HANGUL_PREFIX)) return hangulSyllable(name)
  if (name.startsWith(CJK_PREFIX)) return cjkIdeograph(name)
  listedNames ??= decodeNames()
  return listedNames.get(asciiUpper(name))
}
