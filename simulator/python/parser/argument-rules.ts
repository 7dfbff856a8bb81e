// Call arguments (`arguments`, `args`, `kwargs`) and their invalid_* rules.

import type * as ast from '../ast/nodes'
import { tokenSpan } from './token-cursor'
import { ExpressionRules } from './expression-rules'
import { nameId } from './parser-base'

export abstract class ArgumentRules extends ExpressionRules {
  protected arguments(): { args: ast.Expr[]; keywords: ast.Keyword[] } | null {
    return this.memo('arguments', () => {
      const start = this.pos
      const parsed = this.args()
      if (parsed) {
        this.op(',')
        if (this.isOp(')')) return parsed
      }
      this.pos = start
      if (this.callInvalidRules) this.invalidArguments()
      return null
    })
  }

  protected args(): { args: ast.Expr[]; keywords: ast.Keyword[] } | null {
    const first = this.argItem()
    if (!first) {
      const kw = this.kwargs()
      return kw ? { args: kw.starred, keywords: kw.keywords } : null
    }
    const positional = [first]
    for (;;) {
      const m = this.pos
      if (!this.op(',')) break
      const e = this.argItem()
      if (!e) {
        this.pos = m
        break
      }
      positional.push(e)
    }
    const m = this.pos
    if (this.op(',')) {
      const kw = this.kwargs()
      if (kw) return { args: [...positional, ...kw.starred], keywords: kw.keywords }
      this.pos = m
    }
    return { args: positional, keywords: [] }
  }

  protected argItem(): ast.Expr | null {
    return this.starredExpression() ?? this.attempt(() => this.positionalArgument())
  }

  protected positionalArgument(): ast.Expr | null {
    const a = this.assignmentExpression()
    if (a === 'cut') return null
    let e = a
    if (!e) {
      e = this.expression()
      if (!e || this.isOp(':=')) return null
    }
    return this.isOp('=') ? null : e
  }

  protected kwargs(): { starred: ast.Expr[]; keywords: ast.Keyword[] } | null {
    const starred: ast.Expr[] = []
    const keywords: ast.Keyword[] = []
    let doubleStarred = false
    for (;;) {
      const item = this.kwargItem(doubleStarred)
      if (!item) break
      if (item.kind === 'keyword') {
        keywords.push(item)
        if (item.arg === null) doubleStarred = true
      } else starred.push(item)
      const m = this.pos
      if (!this.op(',')) break
      const allowStar = !doubleStarred
      if (!this.lookahead(() => this.kwargItem(!allowStar))) {
        this.pos = m
        break
      }
    }
    return starred.length || keywords.length ? { starred, keywords } : null
  }

  protected kwargItem(afterDoubleStar: boolean): ast.Keyword | ast.Expr | null {
    if (this.callInvalidRules) this.invalidKwarg()
    const start = this.pos
    if (this.isName() && this.isOp('=', 1)) {
      const n = this.next()
      this.next()
      const value = this.expression()
      if (value) return { kind: 'keyword', arg: nameId(n), value, ...this.span(start) }
      this.pos = start
      return null
    }
    if (!afterDoubleStar && this.isOp('*')) return this.starredExpression()
    if (this.op('**')) {
      const value = this.expression()
      if (value) return { kind: 'keyword', arg: null, value, ...this.span(start) }
      this.pos = start
    }
    return null
  }

  protected invalidKwarg(): void {
    const start = this.pos
    const t = this.peek()
    if (t.type === 'NAME' && (t.value === 'True' || t.value === 'False' || t.value === 'None') && this.isOp('=', 1)) {
      this.raiseRange(`cannot assign to ${t.value}`, tokenSpan(t), tokenSpan(this.peek(1)))
    }
    if (this.isName() && this.isOp('=', 1)) {
      const eq = this.peek(1)
      this.pos += 2
      if (this.expression() && this.forIfClauses()) {
        this.raiseRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", tokenSpan(t), tokenSpan(eq))
      }
      this.pos = start
      return
    }
    const a = this.expression()
    if (a && this.isOp('=')) {
      this.raiseRange('expression cannot contain assignment, perhaps you meant "=="?', a, tokenSpan(this.peek()))
    }
    this.pos = start
  }

  protected invalidArguments(): void {
    const start = this.pos
    const parsed = this.args()
    if (parsed && this.op(',') && this.isOp('*')) {
      this.raiseKnown('iterable argument unpacking follows keyword argument unpacking', tokenSpan(this.peek()))
    }
    this.pos = start
    const a = this.expression()
    if (a) {
      const b = this.forIfClauses()
      if (b && this.isOp(',')) {
        this.raiseRange('Generator expression must be parenthesized', a, lastComprehensionItem(b))
      }
    }
    this.pos = start
    if (this.isName() && this.isOp('=', 1)) {
      const name = this.peek()
      const eq = this.peek(1)
      this.pos += 2
      if (this.expression() && this.forIfClauses()) {
        this.raiseRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", tokenSpan(name), tokenSpan(eq))
      }
    }
    this.pos = start
    const parsedAgain = this.args()
    if (parsedAgain) {
      const afterArgs = this.pos
      const comps = this.forIfClauses()
      if (comps && parsedAgain.args.length > 1 && !parsedAgain.keywords.length) {
        this.raiseRange(
          'Generator expression must be parenthesized',
          parsedAgain.args[parsedAgain.args.length - 1],
          lastComprehensionItem(comps),
        )
      }
      this.pos = afterArgs
      if (this.op(',')) {
        const e = this.expression()
        if (e) {
          const comps2 = this.forIfClauses()
          if (comps2) this.raiseRange('Generator expression must be parenthesized', e, lastComprehensionItem(comps2))
        }
      }
      this.pos = afterArgs
      if (this.op(',') && this.args()) {
        const unpacking = parsedAgain.keywords.some((k) => k.arg === null)
        this.raiseHere(
          unpacking
            ? 'positional argument follows keyword argument unpacking'
            : 'positional argument follows keyword argument',
        )
      }
    }
    this.pos = start
  }
}

function lastComprehensionItem(comps: ast.Comprehension[]): ast.Expr {
  const last = comps[comps.length - 1]
  return last.ifs.length ? last.ifs[last.ifs.length - 1] : last.iter
}
