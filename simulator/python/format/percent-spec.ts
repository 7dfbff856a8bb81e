import { codePointLength } from './code-points'
import { FormatError } from './format-error'

// printf-style formatting (`fmt % args`), split into literal text and conversion specifiers the way CPython 3.11's
// PyUnicode_Format reads them: %[(key)][flags][width][.precision][length]conversion.

export interface PercentFlags {
  // '-'
  readonly leftAdjust: boolean
  // '+'
  readonly sign: boolean
  // ' '
  readonly blank: boolean
  // '#'
  readonly alternate: boolean
  // '0'
  readonly zero: boolean
}

export interface PercentLiteral {
  readonly kind: 'literal'
  readonly text: string
}

export interface PercentConversion {
  readonly kind: 'conversion'
  // '%(key)' was written, so the arguments must be a mapping (even if the key itself is unterminated)
  readonly keyed: boolean
  readonly key: string | null
  readonly flags: PercentFlags
  // -1 when absent, '*' when taken from the arguments
  readonly width: number | '*'
  readonly precision: number | '*'
  // one character, possibly one CPython rejects ('' when the format ended first; `error` is then set)
  readonly conversion: string
  // code-point index of the conversion character, for "unsupported format character ... at index N"
  readonly index: number
  // raised once the key and any '*' arguments before the fault have been fetched, as CPython does
  readonly error: FormatError | null
}

export type PercentPiece = PercentLiteral | PercentConversion

const INT_MAX = 2147483647
const SSIZE_MAX = 2n ** 63n - 1n
const PERCENT = 37

// Parsing stops after a faulty conversion, since formatting raises there.
export function parsePercentFormat(format: string): PercentPiece[] {
  const pieces: PercentPiece[] = []
  let literal = ''
  let pos = 0
  let codePointIndex = 0
  const length = format.length
  const advance = (): string => {
    const code = format.codePointAt(pos)!
    const char = code > 0xffff ? format.slice(pos, pos + 2) : format[pos]
    pos += char.length
    codePointIndex++
    return char
  }
  while (pos < length) {
    const start = pos
    while (pos < length && format.charCodeAt(pos) !== PERCENT) pos++
    if (pos > start) {
      const text = format.slice(start, pos)
      literal += text
      codePointIndex += codePointLength(text)
    }
    if (pos >= length) break
    advance()
    if (pos < length && format.charCodeAt(pos) === PERCENT) {
      advance()
      literal += '%'
      continue
    }
    if (literal !== '') {
      pieces.push({ kind: 'literal', text: literal })
      literal = ''
    }
    const conversion = parseConversion(
      () => (pos < length ? advance() : null),
      () => codePointIndex,
    )
    pieces.push(conversion)
    if (conversion.error !== null) return pieces
  }
  if (literal !== '') pieces.push({ kind: 'literal', text: literal })
  return pieces
}

function parseConversion(next: () => string | null, index: () => number): PercentConversion {
  const flags = { leftAdjust: false, sign: false, blank: false, alternate: false, zero: false }
  let keyed = false
  let key: string | null = null
  let width: number | '*' = -1
  let precision: number | '*' = -1
  const result = (conversion: string, error: FormatError | null): PercentConversion => ({
    kind: 'conversion',
    keyed,
    key,
    flags,
    width,
    precision,
    conversion,
    index: index() - 1,
    error,
  })
  const incomplete = () => result('', new FormatError('ValueError', 'incomplete format'))

  let char = next()
  if (char === '(') {
    keyed = true
    let depth = 1
    let text = ''
    for (char = next(); char !== null; char = next()) {
      if (char === ')' && --depth === 0) break
      if (char === '(') depth++
      text += char
    }
    if (char === null) return result('', new FormatError('ValueError', 'incomplete format key'))
    key = text
    char = next()
  }
  for (; char !== null; char = next()) {
    if (char === '-') flags.leftAdjust = true
    else if (char === '+') flags.sign = true
    else if (char === ' ') flags.blank = true
    else if (char === '#') flags.alternate = true
    else if (char === '0') flags.zero = true
    else break
  }
  if (char === null) return incomplete()
  if (char === '*') {
    width = '*'
    char = next()
  } else if (isDigit(char)) {
    let digits = ''
    for (; char !== null && isDigit(char); char = next()) digits += char
    if (BigInt(digits) > SSIZE_MAX) return result('', new FormatError('ValueError', 'width too big'))
    width = Number(digits)
  }
  if (char === '.') {
    precision = 0
    char = next()
    if (char === '*') {
      precision = '*'
      char = next()
    } else if (char !== null && isDigit(char)) {
      let digits = ''
      for (; char !== null && isDigit(char); char = next()) digits += char
      if (BigInt(digits) > INT_MAX) return result('', new FormatError('ValueError', 'precision too big'))
      precision = Number(digits)
    }
  }
  if (char === 'h' || char === 'l' || char === 'L') char = next()
  if (char === null) return incomplete()
  return result(char, null)
}

function isDigit(char: string): boolean {
  return char.length === 1 && char >= '0' && char <= '9'
}
