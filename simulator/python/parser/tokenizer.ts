// A tokenizer following CPython 3.11's `Parser/tokenizer.c`: the same tokens (f-strings are whole STRING tokens in
// 3.11), the same INDENT/DEDENT bookkeeping, and the same errors at the same places. It stops at the first error and
// records which token the error stands in for, so the parser meets it exactly when CPython's lazy tokenizer would.

import { PythonSyntaxError, type SyntaxErrorInfo } from './syntax-error'
import type { SourceText } from './source-text'

export type TokenType = 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'ENDMARKER'

export interface Token {
  type: TokenType
  value: string
  /** Absolute UTF-16 offsets into the normalized source. */
  start: number
  end: number
  lineno: number
  col: number
  endLineno: number
  endCol: number
  /** Bracket nesting depth after this token, like CPython's `tok->level`. */
  level: number
}

/**
 * Why tokenizing stopped early. `direct` errors are raised by CPython's tokenizer itself and win over a parser
 * error found earlier in the file; the others (indentation, line continuation, EOF inside brackets) only surface
 * when the parser asks for that token.
 */
export interface TokenizerFailure {
  error: PythonSyntaxError
  direct: boolean
  /** The innermost bracket still open when the source ended, for "'(' was never closed". */
  unclosed: { char: string; lineno: number; col: number } | null
}

export interface TokenStream {
  tokens: Token[]
  /** When set, asking for `tokens[tokens.length]` raises this failure instead of reading a token. */
  failure: TokenizerFailure | null
}

const TAB_SIZE = 8
const MAX_INDENT = 100
const MAX_LEVEL = 200

const THREE_CHAR_OPS = new Set(['**=', '//=', '>>=', '<<=', '...'])
const TWO_CHAR_OPS = new Set([
  '!=',
  '%=',
  '&=',
  '**',
  '*=',
  '+=',
  '-=',
  '->',
  '//',
  '/=',
  ':=',
  '<<',
  '<=',
  '<>',
  '==',
  '>=',
  '>>',
  '@=',
  '^=',
  '|=',
])
/** Keywords that may legally touch a number (`1if x else 2`), keyed by first letter; `i` is special-cased. */
const KEYWORD_TAILS: Record<string, string> = { a: 'nd', e: 'lse', f: 'or', o: 'r', n: 'ot' }
const CLOSING: Record<string, string> = { ')': '(', ']': '[', '}': '{' }

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u
const ID_START = /[\p{ID_Start}_]/u
const ID_CONTINUE = /[\p{ID_Continue}\u00b7\u0387\u1369-\u1371\u19da]/u

function utf8Length(s: string): number {
  let n = 0
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
  }
  return n
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
}

function isPotentialIdentifierStart(c: number): boolean {
  return isAsciiLetter(c) || c === 95 || c >= 128
}

function isPotentialIdentifierChar(c: number): boolean {
  return isPotentialIdentifierStart(c) || isDigit(c)
}

export function tokenize(source: SourceText): TokenStream {
  return new Tokenizer(source).run()
}

class Tokenizer {
  private readonly text: string
  private pos = 0
  private lineno = 1
  private lineStart = 0
  private readonly tokens: Token[] = []
  private readonly indents = [0]
  private readonly altIndents = [0]
  private readonly brackets: { char: string; lineno: number; col: number }[] = []
  private atLineStart = true
  /**
   * Where CPython's line buffer starts: a new line replaces it unless a token (a string, a backslash continuation)
   * was still open when that line was read. Only the line-continuation error's offset depends on it.
   */
  private bufferStart = 0

  constructor(private readonly source: SourceText) {
    this.text = source.text
  }

  run(): TokenStream {
    try {
      this.scan()
      return { tokens: this.tokens, failure: null }
    } catch (failure) {
      if (failure instanceof TokenFailure) return { tokens: this.tokens, failure: failure.failure }
      throw failure
    }
  }

  private code(at: number): number {
    return at < this.text.length ? this.text.charCodeAt(at) : -1
  }

  private col(at: number): number {
    return at - this.lineStart
  }

  private newline(at: number): void {
    this.lineno++
    this.lineStart = at + 1
  }

  private push(type: TokenType, start: number, end: number, startLine = this.lineno, startCol = this.col(start)): void {
    this.tokens.push({
      type,
      value: this.text.slice(start, end),
      start,
      end,
      lineno: startLine,
      col: startCol,
      endLineno: this.lineno,
      endCol: this.col(end),
      level: this.brackets.length,
    })
  }

  private scan(): void {
    for (;;) {
      if (this.atLineStart) {
        this.atLineStart = false
        if (this.indentation()) continue
      }
      const comment = this.skipSpaceAndComment()
      const c = this.code(this.pos)
      if (c === -1) return this.finish(comment)
      if (c === 10) {
        const blank = this.isBlankLine()
        // After a comment CPython's NEWLINE token starts where the comment did.
        if (this.brackets.length === 0 && !blank) this.push('NEWLINE', comment < 0 ? this.pos : comment, this.pos)
        this.newline(this.pos)
        this.pos++
        this.bufferStart = this.pos
        this.atLineStart = this.brackets.length === 0
        continue
      }
      if (c === 92) {
        this.continuation()
        continue
      }
      this.token(c)
    }
  }

  /** A line holding only whitespace and a comment produces no NEWLINE. */
  private isBlankLine(): boolean {
    for (let i = this.lineStart; i < this.pos; i++) {
      const c = this.text.charCodeAt(i)
      if (c === 35) return true
      if (c !== 32 && c !== 9 && c !== 12) return false
    }
    return true
  }

  /** Skips blanks and a comment; returns where the comment started, or -1. */
  private skipSpaceAndComment(): number {
    let comment = -1
    for (;;) {
      const c = this.code(this.pos)
      if (c === 32 || c === 9 || c === 12) this.pos++
      else if (c === 35) {
        comment = this.pos
        while (this.pos < this.text.length && this.text.charCodeAt(this.pos) !== 10) this.pos++
      } else return comment
    }
  }

  private continuation(): void {
    const next = this.code(this.pos + 1)
    if (next === 10) {
      this.newline(this.pos + 1)
      this.pos += 2
      if (this.pos >= this.text.length) this.unexpectedEof()
      return
    }
    if (next === -1) this.unexpectedEof()
    const at = utf8Length(this.text.slice(this.bufferStart, this.pos + 2))
    this.failAt('SyntaxError', 'unexpected character after line continuation character', this.lineno, at, 0, false)
  }

  private unexpectedEof(): never {
    const lineno = Math.max(1, this.source.lineCount)
    const line = this.source.line(lineno)
    const offset = this.source.byteColumn(lineno, line.length) + 1
    this.failAt('SyntaxError', 'unexpected EOF while parsing', lineno, offset, -1, false)
  }

  /** Measures the indentation of a new logical line; returns true when the line turned out blank. */
  private indentation(): boolean {
    let col = 0
    let altCol = 0
    let contCol = 0
    for (;;) {
      const c = this.code(this.pos)
      if (c === 32) {
        col++
        altCol++
      } else if (c === 9) {
        col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE
        altCol++
      } else if (c === 12) {
        col = altCol = 0
      } else if (c === 92 && this.code(this.pos + 1) === 10) {
        contCol = contCol || col
        this.newline(this.pos + 1)
        this.pos++
      } else break
      this.pos++
    }
    const c = this.code(this.pos)
    if (c === 35 || c === 10) return false
    if (c === -1) return false
    if (contCol) col = altCol = contCol
    const top = this.indents.length - 1
    if (col === this.indents[top]) {
      if (altCol !== this.altIndents[top]) this.tabError()
    } else if (col > this.indents[top]) {
      if (this.indents.length >= MAX_INDENT) {
        this.failAt('IndentationError', 'too many levels of indentation', this.lineno, 1, 0, false)
      }
      if (altCol <= this.altIndents[top]) this.tabError()
      this.indents.push(col)
      this.altIndents.push(altCol)
      this.push('INDENT', this.pos, this.pos)
    } else {
      let dedents = 0
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
        this.indents.pop()
        this.altIndents.pop()
        dedents++
      }
      if (col !== this.indents[this.indents.length - 1]) {
        const line = this.source.line(this.lineno)
        this.failAt(
          'IndentationError',
          'unindent does not match any outer indentation level',
          this.lineno,
          this.source.byteColumn(this.lineno, line.length) + 1,
          -1,
          false,
        )
      }
      if (altCol !== this.altIndents[this.altIndents.length - 1]) this.tabError()
      for (let i = 0; i < dedents; i++) this.push('DEDENT', this.pos, this.pos)
    }
    return false
  }

  private tabError(): never {
    this.failAt('TabError', 'inconsistent use of tabs and spaces in indentation', this.lineno, 1, 0, false)
  }

  private finish(comment: number): void {
    if (this.brackets.length > 0) {
      const open = this.brackets[this.brackets.length - 1]
      const error = new PythonSyntaxError({
        type: 'SyntaxError',
        msg: `'${open.char}' was never closed`,
        lineno: open.lineno,
        offset: this.source.byteColumn(open.lineno, open.col) + 1,
        end_lineno: open.lineno,
        end_offset: 0,
        text: this.source.errorText(open.lineno),
      })
      throw new TokenFailure({ error, direct: false, unclosed: open })
    }
    // CPython appends the missing final newline, so the NEWLINE sits at the end of the last line.
    const last = this.tokens[this.tokens.length - 1]
    if (last && last.type !== 'NEWLINE' && last.type !== 'DEDENT') {
      this.tokens.push({
        type: 'NEWLINE',
        value: '',
        start: this.pos,
        end: this.pos,
        lineno: this.lineno,
        col: this.col(comment < 0 ? this.pos : comment),
        endLineno: this.lineno,
        endCol: this.col(this.pos),
        level: 0,
      })
    }
    // Tokens at the end of input sit on the last line and have no column in CPython (-1).
    const endLine = Math.max(1, this.source.lineCount)
    const endCol = -1
    const eof = (type: TokenType): Token => ({
      type,
      value: '',
      start: this.pos,
      end: this.pos,
      lineno: endLine,
      col: endCol,
      endLineno: endLine,
      endCol,
      level: 0,
    })
    for (let i = 1; i < this.indents.length; i++) this.tokens.push(eof('DEDENT'))
    this.tokens.push(eof('ENDMARKER'))
  }

  private token(c: number): void {
    const start = this.pos
    if (isPotentialIdentifierStart(c)) return this.nameOrString(start)
    if (isDigit(c) || (c === 46 && isDigit(this.code(start + 1)))) return this.number(start)
    if (c === 34 || c === 39) return this.string(start, start)
    if (c >= 128 || c < 32 || c === 127) return this.badCharacter(start)
    const three = this.text.slice(start, start + 3)
    const two = three.slice(0, 2)
    const op = THREE_CHAR_OPS.has(three) ? three : TWO_CHAR_OPS.has(two) ? two : three[0]
    this.pos += op.length
    if (op === '(' || op === '[' || op === '{') {
      if (this.brackets.length >= MAX_LEVEL) this.fail('too many nested parentheses', this.pos, true)
      this.brackets.push({ char: op, lineno: this.lineno, col: this.col(start) })
    } else if (op in CLOSING) {
      const open = this.brackets.pop()
      if (!open) this.fail(`unmatched '${op}'`, this.pos, true)
      else if (open.char !== CLOSING[op]) {
        const where = open.lineno !== this.lineno ? ` on line ${open.lineno}` : ''
        this.fail(
          `closing parenthesis '${op}' does not match opening parenthesis '${open.char}'${where}`,
          this.pos,
          true,
        )
      }
    }
    this.push('OP', start, this.pos)
  }

  private badCharacter(start: number): never {
    const cp = this.text.codePointAt(start) ?? 0
    const ch = String.fromCodePoint(cp)
    this.pos += ch.length
    const hex = cp.toString(16).toUpperCase().padStart(4, '0')
    const msg = NON_PRINTABLE.test(ch)
      ? `invalid non-printable character U+${hex}`
      : `invalid character '${ch}' (U+${hex})`
    this.fail(msg, this.pos, true)
  }

  private nameOrString(start: number): void {
    let sawB = false
    let sawR = false
    let sawU = false
    let sawF = false
    let i = start
    for (;;) {
      const ch = this.text[i]
      const lower = ch === undefined ? '' : ch.toLowerCase()
      if (lower === 'b' && !(sawB || sawU || sawF)) sawB = true
      else if (lower === 'u' && !(sawB || sawU || sawR || sawF)) sawU = true
      else if (lower === 'r' && !(sawR || sawU)) sawR = true
      else if (lower === 'f' && !(sawF || sawB || sawU)) sawF = true
      else break
      i++
      const q = this.code(i)
      if (q === 34 || q === 39) return this.string(start, i)
    }
    let end = start
    let nonAscii = false
    while (end < this.text.length && isPotentialIdentifierChar(this.text.charCodeAt(end))) {
      if (this.text.charCodeAt(end) >= 128) nonAscii = true
      end++
    }
    if (nonAscii) this.verifyIdentifier(start, end)
    this.pos = end
    this.push('NAME', start, end)
  }

  /** Rejects a non-ASCII character that cannot be part of an identifier (PEP 3131), as CPython does. */
  private verifyIdentifier(start: number, end: number): void {
    const name = this.text.slice(start, end).normalize('NFKC')
    let first = true
    for (const ch of name) {
      if (first ? !ID_START.test(ch) : !ID_CONTINUE.test(ch)) {
        const bad = this.findOriginal(start, end, ch)
        this.pos = bad
        return this.badCharacter(bad)
      }
      first = false
    }
  }

  /** Locates in the raw text the first character that fails identifier rules, to report it where it stands. */
  private findOriginal(start: number, end: number, normalized: string): number {
    let first = true
    for (let i = start; i < end;) {
      const ch = String.fromCodePoint(this.text.codePointAt(i) ?? 0)
      const norm = ch.normalize('NFKC')
      const ok = [...norm].every((n, k) => (first && k === 0 ? ID_START.test(n) : ID_CONTINUE.test(n)))
      if (!ok || norm === normalized) return i
      first = false
      i += ch.length
    }
    return start
  }

  private string(start: number, quoteAt: number): void {
    const startLine = this.lineno
    const startCol = this.col(start)
    const quote = this.text.charCodeAt(quoteAt)
    let i = quoteAt + 1
    let size = 1
    if (this.code(i) === quote && this.code(i + 1) === quote) {
      size = 3
      i += 2
    }
    let closing = 0
    while (closing !== size) {
      const c = this.code(i)
      if (c === -1 || (size === 1 && c === 10)) {
        const detected = c === -1 ? this.source.lineCount : this.lineno
        const kind = size === 3 ? 'unterminated triple-quoted string literal' : 'unterminated string literal'
        const offset = this.source.charColumn(startLine, startCol) + 1
        throw new TokenFailure({
          error: new PythonSyntaxError({
            type: 'SyntaxError',
            msg: `${kind} (detected at line ${Math.max(detected, startLine)})`,
            lineno: startLine,
            offset,
            end_lineno: startLine,
            end_offset: offset,
            text: this.source.line(startLine),
          }),
          direct: true,
          unclosed: null,
        })
      }
      i++
      if (c === quote) closing++
      else {
        closing = 0
        if (c === 10) this.newline(i - 1)
        if (c === 92) {
          if (this.code(i) === 10) this.newline(i)
          if (this.code(i) !== -1) i++
        }
      }
    }
    this.pos = i
    this.push('STRING', start, i, startLine, startCol)
  }

  private number(start: number): void {
    let i = start
    const c0 = this.code(i)
    if (c0 === 48) {
      const x = this.code(i + 1) | 0x20
      if (x === 120) return this.radixNumber(start, i + 2, isHexDigit, 'hexadecimal')
      if (x === 111) return this.radixNumber(start, i + 2, (c) => c >= 48 && c <= 55, 'octal')
      if (x === 98) return this.radixNumber(start, i + 2, (c) => c === 48 || c === 49, 'binary')
      i++
      let c = this.code(i)
      for (;;) {
        if (c === 95) {
          i++
          c = this.code(i)
          if (!isDigit(c)) this.fail('invalid decimal literal', i, true)
        }
        if (c !== 48) break
        i++
        c = this.code(i)
      }
      const zerosEnd = i + 1
      let nonzero = false
      if (isDigit(c)) {
        nonzero = true
        i = this.decimalTail(i)
        c = this.code(i)
      }
      if (c === 46 || c === 101 || c === 69 || c === 106 || c === 74) return this.fraction(start, i)
      if (nonzero) {
        const line = this.lineno
        this.failAt(
          'SyntaxError',
          'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
          line,
          this.source.charColumn(line, this.col(start)) + 1,
          this.source.charColumn(line, this.col(zerosEnd)),
          true,
        )
      }
      return this.endNumber(start, i, 'decimal')
    }
    if (c0 !== 46) i = this.decimalTail(i)
    return this.fraction(start, i)
  }

  /** Continues a decimal number at `i` (the first char after its integer part): fraction, exponent, `j`. */
  private fraction(start: number, i: number): void {
    let c = this.code(i)
    if (c === 46) {
      i++
      if (isDigit(this.code(i))) i = this.decimalTail(i)
      c = this.code(i)
    }
    if (c === 101 || c === 69) {
      const e = i
      i++
      c = this.code(i)
      if (c === 43 || c === 45) {
        i++
        if (!isDigit(this.code(i))) this.fail('invalid decimal literal', i, true)
      } else if (!isDigit(c)) {
        return this.endNumber(start, e, 'decimal')
      }
      i = this.decimalTail(i)
      c = this.code(i)
    }
    if (c === 106 || c === 74) return this.endNumber(start, i + 1, 'imaginary')
    return this.endNumber(start, i, 'decimal')
  }

  private decimalTail(i: number): number {
    for (;;) {
      while (isDigit(this.code(i))) i++
      if (this.code(i) !== 95) return i
      i++
      if (!isDigit(this.code(i))) this.fail('invalid decimal literal', i, true)
    }
  }

  private radixNumber(start: number, i: number, isRadixDigit: (c: number) => boolean, kind: string): void {
    let c = this.code(i)
    do {
      if (c === 95) {
        i++
        c = this.code(i)
      }
      if (!isRadixDigit(c)) {
        if (isDigit(c) && kind !== 'hexadecimal')
          this.fail(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, i + 1, true)
        this.fail(`invalid ${kind} literal`, i, true)
      }
      while (isRadixDigit(c)) {
        i++
        c = this.code(i)
      }
    } while (c === 95)
    if (isDigit(c)) this.fail(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, i + 1, true)
    this.endNumber(start, i, kind)
  }

  /** CPython's `verify_end_of_number`: a letter glued to a number is an error unless it starts a keyword. */
  private endNumber(start: number, end: number, kind: string): void {
    // Only ASCII counts here: CPython lets a non-ASCII character after a number become a separate token.
    const c = this.code(end)
    if (c < 128 && isPotentialIdentifierChar(c) && !this.keywordFollows(end))
      this.fail(`invalid ${kind} literal`, end, true)
    this.pos = end
    this.push('NUMBER', start, end)
  }

  private keywordFollows(at: number): boolean {
    const c = this.text[at]
    if (c === 'i') return at + 1 < this.text.length && 'fns'.includes(this.text[at + 1])
    const rest = KEYWORD_TAILS[c]
    return (
      rest !== undefined &&
      this.text.startsWith(rest, at + 1) &&
      !isPotentialIdentifierChar(this.code(at + 1 + rest.length))
    )
  }

  /** An error located at the tokenizer's current position `at` (CPython's `syntaxerror`). */
  private fail(msg: string, at: number, direct: boolean): never {
    const col = this.source.charColumn(this.lineno, this.col(at))
    this.failAt('SyntaxError', msg, this.lineno, col, col, direct)
  }

  /** Direct (tokenizer-raised) errors carry the line without its newline, as `tokenizer.c` cuts it. */
  private failAt(
    type: SyntaxErrorInfo['type'],
    msg: string,
    lineno: number,
    offset: number,
    endOffset: number,
    direct: boolean,
  ): never {
    throw new TokenFailure({
      error: new PythonSyntaxError({
        type,
        msg,
        lineno,
        offset,
        end_lineno: lineno,
        end_offset: endOffset,
        text: direct ? this.source.line(lineno) : this.source.errorText(lineno),
      }),
      direct,
      unclosed: null,
    })
  }
}

class TokenFailure {
  constructor(readonly failure: TokenizerFailure) {}
}
