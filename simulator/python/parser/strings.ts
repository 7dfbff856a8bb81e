// Adjacent string literals → one Constant or JoinedStr, following CPython 3.11's `Parser/string_parser.c`:
// literal parts merge, empty ones vanish, every Constant/FormattedValue inside a JoinedStr carries the span of the
// whole concatenation, and f-string expressions are parsed from `(expr)` at their place in the source.

import type * as ast from '../ast/nodes'
import { decodeBytes, decodeStrEscapes, LiteralError, stringBody, stringPrefix } from './literals'
import type { Token } from './tokenizer'
import { tokenSpan } from './token-cursor'

export interface FStringHost {
  raiseHere(msg: string): never
  raiseKnown(msg: string, at: ast.Position): never
  /** Parses the text of an f-string replacement field whose `{` stands at (lineno, col). */
  subParser(text: string, lineno: number, col: number): ast.Expr
}

const MAX_FSTRING_NESTING = 2

class StringBuilder {
  values: (ast.Constant | ast.FormattedValue)[] = []
  literal: string | null = null
  sawFString = false

  constructor(
    readonly position: ast.Position,
    readonly kind: 'u' | null,
  ) {}

  addLiteral(text: string): void {
    if (text === '') return
    this.literal = (this.literal ?? '') + text
  }

  flush(): void {
    if (this.literal !== null) this.values.push(this.constant(this.literal))
    this.literal = null
  }

  constant(value: string): ast.Constant {
    return { kind: 'Constant', value, kind_: this.kind, ...this.position }
  }
}

export function concatenateStrings(host: FStringHost, tokens: Token[]): ast.Expr {
  const position = tokenSpan(tokens[0], tokens[tokens.length - 1])
  const bytesMode = stringPrefix(tokens[0].value).bytes
  try {
    if (tokens.some((t) => stringPrefix(t.value).bytes !== bytesMode)) {
      host.raiseHere('cannot mix bytes and nonbytes literals')
    }
    if (bytesMode) {
      const parts = tokens.map((t) => {
        const { body } = stringBody(t.value)
        if (/[\u0080-\uffff]/.test(body))
          host.raiseKnown('bytes can only contain ASCII literal characters', tokenSpan(t))
        return decodeBytes(body, stringPrefix(t.value).raw)
      })
      const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
      let at = 0
      for (const p of parts) {
        joined.set(p, at)
        at += p.length
      }
      return { kind: 'Constant', value: { bytes: joined }, kind_: null, ...position }
    }
    const builder = new StringBuilder(position, tokens[0].value[0] === 'u' ? 'u' : null)
    for (const t of tokens) {
      const prefix = stringPrefix(t.value)
      const { body, offset } = stringBody(t.value)
      if (prefix.format) {
        builder.sawFString = true
        new FStringScanner(host, builder, t, body, offset, prefix.raw).parse(0)
      } else builder.addLiteral(prefix.raw ? body : decodeStrEscapes(body))
    }
    if (!builder.sawFString) return builder.constant(builder.literal ?? '')
    builder.flush()
    return { kind: 'JoinedStr', values: builder.values, ...position }
  } catch (e) {
    if (e instanceof LiteralError) host.raiseHere(e.msg)
    throw e
  }
}

/** Scans one f-string token's body: literal text, `{{`/`}}`, and replacement fields with their format specs. */
class FStringScanner {
  private i = 0

  constructor(
    private readonly host: FStringHost,
    private readonly builder: StringBuilder,
    private readonly token: Token,
    private readonly body: string,
    private readonly bodyOffset: number,
    private readonly raw: boolean,
  ) {}

  /** Parses until the end of the body (level 0) or the `}` closing a format spec (level > 0). */
  parse(level: number): void {
    for (;;) {
      this.literal(level)
      if (this.i >= this.body.length) return
      const ch = this.body[this.i]
      if (ch === '}') {
        if (level === 0) this.host.raiseHere("f-string: single '}' is not allowed")
        return
      }
      this.field(level)
    }
  }

  private literal(level: number): void {
    let text = ''
    while (this.i < this.body.length) {
      const ch = this.body[this.i]
      if (!this.raw && ch === '\\' && this.body[this.i + 1] === 'N' && this.body[this.i + 2] === '{') {
        const close = this.body.indexOf('}', this.i)
        const end = close === -1 ? this.body.length : close + 1
        text += this.body.slice(this.i, end)
        this.i = end
        continue
      }
      if (ch === '{' || ch === '}') {
        if (level === 0 && this.body[this.i + 1] === ch) {
          text += ch
          this.i += 2
          continue
        }
        break
      }
      text += ch
      this.i++
    }
    this.builder.addLiteral(this.raw ? text : decodeStrEscapes(text))
  }

  private field(level: number): void {
    if (level >= MAX_FSTRING_NESTING) this.host.raiseHere('f-string: expressions nested too deeply')
    const braceAt = this.i
    this.i++
    const exprStart = this.i
    const stack: string[] = []
    let quote = ''
    let quoteSize = 0
    for (; this.i < this.body.length; this.i++) {
      const ch = this.body[this.i]
      if (ch === '\\') this.host.raiseHere('f-string expression part cannot include a backslash')
      if (quote) {
        if (ch === quote && (quoteSize === 1 || this.body.startsWith(quote.repeat(3), this.i))) {
          this.i += quoteSize - 1
          quote = ''
        }
        continue
      }
      if (ch === "'" || ch === '"') {
        quoteSize = this.body.startsWith(ch.repeat(3), this.i) ? 3 : 1
        this.i += quoteSize - 1
        quote = ch
        continue
      }
      if (ch === '[' || ch === '(' || ch === '{') {
        stack.push(ch)
        continue
      }
      if (ch === '#') this.host.raiseHere("f-string expression part cannot include '#'")
      if (stack.length === 0 && '!:}=<>'.includes(ch)) {
        const next = this.body[this.i + 1]
        if ('=!<>'.includes(ch) && next === '=') {
          this.i++
          continue
        }
        if (ch === '<' || ch === '>') continue
        break
      }
      if (ch === ']' || ch === ')' || ch === '}') {
        const open = stack.pop()
        if (!open) this.host.raiseHere(`f-string: unmatched '${ch}'`)
        const expected = open === '(' ? ')' : open === '[' ? ']' : '}'
        if (ch !== expected) {
          this.host.raiseHere(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`)
        }
      }
    }
    if (quote) this.host.raiseHere('f-string: unterminated string')
    if (stack.length) this.host.raiseHere(`f-string: unmatched '${stack[stack.length - 1]}'`)
    if (this.i >= this.body.length) this.host.raiseHere("f-string: expecting '}'")
    const exprText = this.body.slice(exprStart, this.i)
    if (exprText.trim() === '') {
      const ch = this.body[this.i]
      this.host.raiseHere(
        ch === '}' ? 'f-string: empty expression not allowed' : `f-string: expression required before '${ch}'`,
      )
    }
    const value = this.compile(exprText, braceAt)

    let selfDoc: string | null = null
    if (this.body[this.i] === '=') {
      this.i++
      while (/\s/.test(this.body[this.i] ?? '')) this.i++
      if (this.i >= this.body.length) this.host.raiseHere("f-string: expecting '}'")
      selfDoc = this.body.slice(exprStart, this.i)
    }
    let conversion = -1
    if (this.body[this.i] === '!') {
      this.i++
      if (this.i >= this.body.length) this.host.raiseHere("f-string: expecting '}'")
      const c = this.body[this.i++]
      if (c !== 's' && c !== 'r' && c !== 'a') {
        this.host.raiseHere("f-string: invalid conversion character: expected 's', 'r', or 'a'")
      }
      conversion = c.charCodeAt(0)
    }
    let formatSpec: ast.JoinedStr | null = null
    if (this.i >= this.body.length) this.host.raiseHere("f-string: expecting '}'")
    if (this.body[this.i] === ':') {
      this.i++
      const outer = this.builder
      const spec = new StringBuilder(outer.position, outer.kind)
      const nested = new FStringScanner(this.host, spec, this.token, this.body, this.bodyOffset, this.raw)
      nested.i = this.i
      nested.parse(level + 1)
      this.i = nested.i
      spec.flush()
      formatSpec = { kind: 'JoinedStr', values: spec.values, ...outer.position }
    }
    if (this.i >= this.body.length || this.body[this.i] !== '}') this.host.raiseHere("f-string: expecting '}'")
    this.i++
    if (selfDoc !== null) {
      this.builder.addLiteral(selfDoc)
      if (conversion === -1 && formatSpec === null) conversion = 'r'.charCodeAt(0)
    }
    this.builder.flush()
    this.builder.values.push({
      kind: 'FormattedValue',
      value,
      conversion,
      format_spec: formatSpec,
      ...this.builder.position,
    })
  }

  /**
   * Where CPython 3.11 places the expression: its line is the string's first line plus the newlines before `{`,
   * and its first-line columns are shifted by where the `{` stands.
   */
  private compile(exprText: string, braceAt: number): ast.Expr {
    const before = this.token.value.slice(0, this.bodyOffset + braceAt)
    const lines = before.split('\n').length - 1
    const newlineAfterBrace = /^[ \t\f]*(\n|$)/.test(this.body.slice(braceAt + 1).split('}')[0])
    const braceCol = newlineAfterBrace ? 0 : before.length - (before.lastIndexOf('\n') + 1)
    // 3.11 adds the string's own column only while the expression is on the string's first line.
    const col = lines === 0 ? this.token.col + braceCol : braceCol
    return this.host.subParser(exprText, this.token.lineno + lines, col)
  }
}
