// Token access for the PEG parser: positions to backtrack to, and the bookkeeping CPython's error reporting relies
// on — how far the tokenizer has been asked to read (`fill`), and the tokenizer failure waiting at the end.

import type * as ast from '../ast/nodes'
import type { Token, TokenStream } from './tokenizer'

export const KEYWORDS = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
])

export class TokenCursor {
  pos = 0
  /** Number of tokens handed out so far, like CPython's `p->fill`. */
  fill = 0

  constructor(readonly stream: TokenStream) {}

  /** The token at `pos + ahead`; reaching a tokenizer failure raises it, as CPython's lazy tokenizer would. */
  peek(ahead = 0): Token {
    const index = this.pos + ahead
    const { tokens, failure } = this.stream
    if (index >= tokens.length) {
      if (failure) throw failure.error
      return tokens[tokens.length - 1]
    }
    if (index + 1 > this.fill) this.fill = index + 1
    return tokens[index]
  }

  next(): Token {
    const token = this.peek()
    this.pos++
    return token
  }

  /** The last token handed out by the tokenizer (CPython's `p->tokens[p->fill - 1]`). */
  lastFilled(): Token {
    return this.stream.tokens[Math.max(0, Math.min(this.fill, this.stream.tokens.length) - 1)]
  }

  /** The most recently consumed token. */
  previous(): Token {
    return this.stream.tokens[this.pos - 1]
  }

  isOp(value: string, ahead = 0): boolean {
    const token = this.peek(ahead)
    return token.type === 'OP' && token.value === value
  }

  isKeyword(value: string, ahead = 0): boolean {
    const token = this.peek(ahead)
    return token.type === 'NAME' && token.value === value
  }

  /** A NAME that is not a keyword (soft keywords count as names). */
  isName(ahead = 0): boolean {
    const token = this.peek(ahead)
    return token.type === 'NAME' && !KEYWORDS.has(token.value)
  }

  isType(type: Token['type'], ahead = 0): boolean {
    return this.peek(ahead).type === type
  }

  /** Consumes an operator if it is next. */
  op(value: string): Token | null {
    return this.isOp(value) ? this.next() : null
  }

  keyword(value: string): Token | null {
    return this.isKeyword(value) ? this.next() : null
  }

  name(): Token | null {
    return this.isName() ? this.next() : null
  }

  /** Location from the token at `start` to the last consumed token. */
  span(start: number): ast.Position {
    const first = this.stream.tokens[start]
    const last = this.stream.tokens[this.pos - 1]
    return { lineno: first.lineno, col_offset: first.col, end_lineno: last.endLineno, end_col_offset: last.endCol }
  }
}

export function tokenSpan(first: Token, last: Token = first): ast.Position {
  return { lineno: first.lineno, col_offset: first.col, end_lineno: last.endLineno, end_col_offset: last.endCol }
}
