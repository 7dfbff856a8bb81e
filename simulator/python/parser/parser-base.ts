// The parser follows the rules of CPython 3.11's `Grammar/python.gram` one by one, so that it accepts the same
// programs, builds the same AST and — with `callInvalidRules` set for the second pass, as CPython does — raises the
// same specialised syntax errors from the `invalid_*` rules. The rules are split over a chain of classes, one
// file per part of the grammar; this base holds what they share: error reporting placed the way CPython places its
// errors, memoization and backtracking.

import type * as ast from '../ast/nodes'
import { expressionName, invalidTarget, type TargetsType } from './expression-names'
import type { SourceText } from './source-text'
import { PythonSyntaxError, type SyntaxErrorType } from './syntax-error'
import { TokenCursor, tokenSpan } from './token-cursor'
import type { Token, TokenStream } from './tokenizer'
import type { FStringHost } from './strings'

/** Memoized results of one rule, indexed by start token: the value, and where parsing it ended. */
interface Memo {
  values: unknown[]
  ends: number[]
}

export abstract class ParserBase extends TokenCursor implements FStringHost {
  callInvalidRules = false
  private memos = new Map<string, Memo>()

  constructor(
    stream: TokenStream,
    readonly source: SourceText,
    readonly subParser: (text: string, lineno: number, col: number) => ast.Expr,
  ) {
    super(stream)
  }

  reset(): void {
    this.pos = 0
    this.memos = new Map()
  }

  protected abstract arguments(): { args: ast.Expr[]; keywords: ast.Keyword[] } | null
  protected abstract block(): ast.Stmt[] | null
  protected abstract expression(): ast.Expr | null
  protected abstract starExpression(): ast.Expr | null
  protected abstract starTargets(): ast.Expr | null

  raiseAt(type: SyntaxErrorType, msg: string, lineno: number, col: number, endLineno: number, endCol: number): never {
    const offset = col < 0 ? col + 1 : this.source.byteColumn(lineno, col) + 1
    const endOffset = endCol < 0 ? endCol + 1 : this.source.byteColumn(endLineno, endCol) + 1
    throw new PythonSyntaxError({
      type,
      msg,
      lineno,
      offset,
      end_lineno: endLineno,
      end_offset: endOffset,
      text: this.source.errorText(lineno),
    })
  }

  raiseKnown(msg: string, a: ast.Position, type: SyntaxErrorType = 'SyntaxError'): never {
    this.raiseAt(type, msg, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset)
  }

  raiseRange(msg: string, a: ast.Position, b: ast.Position): never {
    this.raiseAt('SyntaxError', msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset)
  }

  /** An error without a known location: CPython places it at the last token read (`RAISE_SYNTAX_ERROR`). */
  raiseHere(msg: string, type: SyntaxErrorType = 'SyntaxError'): never {
    const t = this.lastFilled()
    if (t.type === 'INDENT' || t.type === 'DEDENT' || t.type === 'ENDMARKER') {
      throw new PythonSyntaxError({
        type,
        msg,
        lineno: t.lineno,
        offset: t.col < 0 ? 0 : this.source.byteColumn(t.lineno, t.col),
        end_lineno: t.endLineno,
        end_offset: -1,
        text: this.source.errorText(t.lineno),
      })
    }
    this.raiseAt(type, msg, t.lineno, t.col, t.endLineno, t.endCol)
  }

  /** `RAISE_SYNTAX_ERROR_STARTING_FROM`: from `a` to where the tokenizer currently stands. */
  raiseStartingFrom(msg: string, a: ast.Position): never {
    const t = this.lastFilled()
    this.raiseAt('SyntaxError', msg, a.lineno, a.col_offset, t.endLineno, t.endCol - 1)
  }

  /** `RAISE_SYNTAX_ERROR_INVALID_TARGET`: raises only when `e` holds something that cannot be a target. */
  raiseInvalidTarget(type: TargetsType, e: ast.Expr): void {
    const bad = invalidTarget(e, type)
    if (!bad) return
    const verb = type === 'del' ? 'cannot delete' : 'cannot assign to'
    this.raiseKnown(`${verb} ${expressionName(bad)}`, bad)
  }

  /** A forced token (`&&'x'` in the grammar): its absence is an error in either pass. */
  protected expectForced(value: string): Token {
    const t = this.peek()
    if (t.type === 'OP' && t.value === value) return this.next()
    if (t.type === 'NAME' && t.value === value) return this.next()
    this.raiseAt('SyntaxError', `expected '${value}'`, t.lineno, t.col, t.endLineno, t.endCol)
  }

  protected memo<T>(rule: string, fn: () => T | null): T | null {
    // Shared between parses with and without the invalid_* rules, as in CPython, whose error reports depend on it.
    let table = this.memos.get(rule)
    if (!table) {
      table = { values: [], ends: [] }
      this.memos.set(rule, table)
    }
    const start = this.pos
    const end = table.ends[start]
    if (end !== undefined) {
      this.pos = end
      return table.values[start] as T | null
    }
    const value = fn()
    if (value === null) this.pos = start
    table.values[start] = value
    table.ends[start] = this.pos
    return value
  }

  /** Runs `fn`; on failure (null) restores the position. */
  protected attempt<T>(fn: () => T | null): T | null {
    const start = this.pos
    const value = fn()
    if (value === null) this.pos = start
    return value
  }

  /** Whether `fn` would succeed here, without consuming anything. */
  protected lookahead(fn: () => unknown): boolean {
    const start = this.pos
    const ok = fn() !== null
    this.pos = start
    return ok
  }

  /** Span ending at the last consumed token that is not NEWLINE/INDENT/DEDENT (CPython's EXTRA). */
  override span(start: number): ast.Position {
    const tokens = this.stream.tokens
    let last = this.pos - 1
    while (last > start && isWhitespaceToken(tokens[last])) last--
    return tokenSpan(tokens[start], tokens[last])
  }

  protected withoutInvalidRules<T>(fn: () => T): T {
    const saved = this.callInvalidRules
    this.callInvalidRules = false
    try {
      return fn()
    } finally {
      this.callInvalidRules = saved
    }
  }

  /** `a=KEYWORD ... ':' NEWLINE !INDENT` of the invalid_*_stmt rules: the block after `what` is missing. */
  protected checkIndentedBlock(what: string, opener: Token): void {
    if (this.callInvalidRules && this.isOp(':') && this.isType('NEWLINE', 1) && !this.isType('INDENT', 2)) {
      this.pos += 2
      this.raiseHere(`expected an indented block after ${what} on line ${opener.lineno}`, 'IndentationError')
    }
  }
}

function isWhitespaceToken(t: Token): boolean {
  return t.type === 'NEWLINE' || t.type === 'INDENT' || t.type === 'DEDENT' || t.type === 'ENDMARKER'
}

/** Identifiers are NFKC-normalized (PEP 3131). */
export function nameId(t: Token): string {
  return /^\w*$/.test(t.value) ? t.value : t.value.normalize('NFKC')
}

export function emptyArguments(): ast.Arguments {
  return {
    kind: 'arguments',
    posonlyargs: [],
    args: [],
    vararg: null,
    kwonlyargs: [],
    kw_defaults: [],
    kwarg: null,
    defaults: [],
  }
}
