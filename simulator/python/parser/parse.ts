// Entry point: source → Module, or the SyntaxError CPython 3.11 would report for `python3 file.py`. The order of
// decisions follows `_PyPegen_run_parser`: a strict first pass; on failure a second pass with the `invalid_*` rules;
// then tokenizer errors further down the file take priority; finally symbol-table and compiler checks.

import type * as ast from '../ast/nodes'
import { Parser } from './statement-rules'
import { checkModule } from './semantic-checks'
import { SourceText } from './source-text'
import { PythonSyntaxError, type SyntaxErrorInfo } from './syntax-error'
import { tokenize, type Token, type TokenStream } from './tokenizer'

export type ParseResult = { ok: true; module: ast.Module } | { ok: false; error: SyntaxErrorInfo }

export function parse(source: string, filename: string): ParseResult {
  try {
    const text = new SourceText(source)
    const module = parseModule(text)
    checkModule(module, text)
    return { ok: true, module }
  } catch (e) {
    if (e instanceof PythonSyntaxError) return { ok: false, error: { ...e.info, filename } }
    if (e instanceof RangeError) {
      // CPython gives up on such nesting with a MemoryError from its parser stack; we report it as a SyntaxError.
      const error: SyntaxErrorInfo = {
        type: 'SyntaxError',
        msg: 'too many nested parentheses',
        filename,
        lineno: 1,
        offset: 1,
        end_lineno: 1,
        end_offset: 1,
        text: '',
      }
      return { ok: false, error }
    }
    throw e
  }
}

function parseModule(source: SourceText): ast.Module {
  const stream = tokenize(source)
  const parser = new Parser(stream, source, (text, lineno, col) => parseFStringExpression(text, lineno, col))
  try {
    const module = parser.file()
    if (module) return module
  } catch (e) {
    // A tokenizer failure met during the first pass is final; other errors still yield to later tokenizer errors.
    if (e instanceof PythonSyntaxError && e !== stream.failure?.error)
      throw preferLaterTokenizerError(e, parser, stream)
    throw e
  }
  const lastToken = parser.lastFilled()
  parser.reset()
  parser.callInvalidRules = true
  let error: PythonSyntaxError
  try {
    parser.file()
    error = genericError(parser, lastToken, stream)
  } catch (e) {
    if (!(e instanceof PythonSyntaxError)) throw e
    error = e
    if (e !== stream.failure?.error) error = preferLaterTokenizerError(e, parser, stream)
  }
  throw error
}

/** `_PyPegen_set_syntax_error` for a second pass that found nothing specific. */
function genericError(parser: Parser, lastToken: Token, stream: TokenStream): PythonSyntaxError {
  if (lastToken.type === 'INDENT' || lastToken.type === 'DEDENT') {
    try {
      parser.raiseHere(lastToken.type === 'INDENT' ? 'unexpected indent' : 'unexpected unindent', 'IndentationError')
    } catch (e) {
      return e as PythonSyntaxError
    }
  }
  let error: PythonSyntaxError
  try {
    parser.raiseAt(
      'SyntaxError',
      'invalid syntax',
      lastToken.lineno,
      lastToken.col,
      lastToken.endLineno,
      lastToken.endCol,
    )
  } catch (e) {
    error = e as PythonSyntaxError
  }
  return preferLaterTokenizerError(error!, parser, stream)
}

/**
 * `_PyPegen_tokenize_full_source_to_check_for_errors`: an error the tokenizer raises later in the file wins over a
 * parser error, and so does a bracket left open on a line before the error.
 */
function preferLaterTokenizerError(error: PythonSyntaxError, parser: Parser, stream: TokenStream): PythonSyntaxError {
  const failure = stream.failure
  if (!failure) return error
  if (failure.direct) return failure.error
  if (failure.unclosed && parser.lastFilled().lineno > failure.unclosed.lineno) return failure.error
  return error
}

/** An error already placed and prefixed by the f-string parse it came from; enclosing ones pass it on. */
class FStringSyntaxError extends PythonSyntaxError {}

/** Parses the expression of an f-string replacement field, as CPython 3.11 does from the text `(expr)`. */
function parseFStringExpression(text: string, lineno: number, col: number): ast.Expr {
  const source = new SourceText(`(${text})\n`)
  const stream = tokenize(source)
  const sub = new Parser(stream, source, (t, l, c) => parseFStringExpression(t, l, c))
  let expr: ast.Expr
  try {
    expr = parseFStringRule(sub)
  } catch (e) {
    if (!(e instanceof PythonSyntaxError)) throw e
    const info = e.info
    if (stream.failure?.direct && e === stream.failure.error) {
      // Raised by the tokenizer itself, which knows nothing of f-strings.
      throw new PythonSyntaxError({
        ...info,
        lineno: info.lineno + lineno - 1,
        end_lineno: info.end_lineno + lineno - 1,
      })
    }
    if (e instanceof FStringSyntaxError) throw e
    throw new FStringSyntaxError({
      ...info,
      msg: `f-string: ${info.msg}`,
      lineno: info.lineno + lineno - 1,
      end_lineno: info.end_lineno + lineno - 1,
      text: source.errorText(info.lineno),
    })
  }
  shiftPositions(expr, lineno, col)
  return expr
}

/** CPython's `fstring: star_expressions` start rule, with its own second pass. */
function parseFStringRule(sub: Parser): ast.Expr {
  const expr = sub.starExpressions()
  if (expr) return expr
  const last = sub.lastFilled()
  sub.reset()
  sub.callInvalidRules = true
  sub.starExpressions()
  return sub.raiseAt('SyntaxError', 'invalid syntax', last.lineno, last.col, last.endLineno, last.endCol)
}

/** Moves a sub-parse's nodes to their place in the file: line 1 columns shift by `col`, lines by `lineno - 1`. */
function shiftPositions(node: unknown, lineno: number, col: number): void {
  if (Array.isArray(node)) {
    for (const item of node) shiftPositions(item, lineno, col)
    return
  }
  if (node === null || typeof node !== 'object' || !('kind' in node)) return
  const n = node as Record<string, unknown> & Partial<ast.Position>
  if (typeof n.lineno === 'number' && typeof n.end_lineno === 'number') {
    if (n.lineno === 1) n.col_offset = (n.col_offset ?? 0) + col
    if (n.end_lineno === 1) n.end_col_offset = (n.end_col_offset ?? 0) + col
    n.lineno += lineno - 1
    n.end_lineno += lineno - 1
  }
  for (const key of Object.keys(n)) {
    const value = n[key]
    if (value !== null && typeof value === 'object') shiftPositions(value, lineno, col)
  }
}
