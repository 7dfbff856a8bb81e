// The `match` statement and its patterns.

import type * as ast from '../ast/nodes'
import { tokenSpan } from './token-cursor'
import { TargetRules } from './target-rules'
import { nameId } from './parser-base'

export abstract class PatternRules extends TargetRules {
  protected matchStatement(): ast.Stmt | null {
    if (!this.isKeyword('match')) return null
    const start = this.pos
    const opener = this.next()
    const subject = this.subjectExpr()
    if (!subject) return null
    if (this.callInvalidRules) {
      if (this.isType('NEWLINE')) this.raiseHere("expected ':'")
      this.checkIndentedBlock("'match' statement", opener)
    }
    if (!this.op(':') || !this.isType('NEWLINE') || !this.isType('INDENT', 1)) return null
    this.pos += 2
    const cases: ast.MatchCase[] = []
    for (;;) {
      const c = this.attempt(() => this.caseBlock())
      if (!c) break
      cases.push(c)
    }
    if (!cases.length || !this.isType('DEDENT')) return null
    this.next()
    return { kind: 'Match', subject, cases, ...this.span(start) }
  }

  protected subjectExpr(): ast.Expr | null {
    const start = this.pos
    const first = this.starNamedExpression()
    if (first && this.op(',')) {
      const rest = this.starNamedExpressions() ?? []
      return { kind: 'Tuple', elts: [first, ...rest], ctx: 'Load', ...this.span(start) }
    }
    this.pos = start
    return this.namedExpression()
  }

  protected caseBlock(): ast.MatchCase | null {
    if (!this.isKeyword('case')) return null
    const opener = this.next()
    const pattern = this.patterns()
    if (!pattern) return null
    let guard: ast.Expr | null = null
    const m = this.pos
    if (this.keyword('if')) {
      guard = this.namedExpression()
      if (!guard) this.pos = m
    }
    if (this.callInvalidRules) {
      if (this.isType('NEWLINE')) this.raiseHere("expected ':'")
      this.checkIndentedBlock("'case' statement", opener)
    }
    if (!this.op(':')) return null
    const body = this.block()
    if (!body) return null
    return { kind: 'match_case', pattern, guard, body }
  }

  protected patterns(): ast.Pattern | null {
    const start = this.pos
    const open = this.openSequencePattern()
    if (open) return { kind: 'MatchSequence', patterns: open, ...this.span(start) }
    return this.pattern()
  }

  protected pattern(): ast.Pattern | null {
    const start = this.pos
    const or = this.orPattern()
    if (!or) return null
    const m = this.pos
    if (this.keyword('as')) {
      const target = this.patternCaptureTarget()
      if (target) return { kind: 'MatchAs', pattern: or, name: target, ...this.span(start) }
      if (this.callInvalidRules) {
        if (this.isName() && this.peek().value === '_')
          this.raiseKnown("cannot use '_' as a target", tokenSpan(this.peek()))
        if (!this.isName()) {
          const e = this.expression()
          if (e) this.raiseKnown('invalid pattern target', e)
        }
      }
      this.pos = m
    }
    return or
  }

  protected orPattern(): ast.Pattern | null {
    const start = this.pos
    const patterns: ast.Pattern[] = []
    for (;;) {
      const p = this.closedPattern()
      if (!p) break
      patterns.push(p)
      if (!this.isOp('|')) break
      const m = this.pos
      this.next()
      if (!this.lookahead(() => this.closedPattern())) {
        this.pos = m
        break
      }
    }
    if (!patterns.length) return null
    return patterns.length === 1 ? patterns[0] : { kind: 'MatchOr', patterns, ...this.span(start) }
  }

  protected closedPattern(): ast.Pattern | null {
    return this.memo('closed_pattern', () => {
      const start = this.pos
      const literal = this.literalPattern()
      if (literal) return literal
      const capture = this.patternCaptureTarget()
      if (capture) return { kind: 'MatchAs', pattern: null, name: capture, ...this.span(start) }
      if (this.isName() && this.peek().value === '_') {
        this.next()
        return { kind: 'MatchAs', pattern: null, name: null, ...this.span(start) }
      }
      const value = this.attempt(() => {
        const a = this.attr()
        return a && !(this.isOp('.') || this.isOp('(') || this.isOp('=')) ? a : null
      })
      if (value) return { kind: 'MatchValue', value, ...this.span(start) }
      if (this.isOp('(')) {
        const group = this.attempt(() => {
          this.next()
          const p = this.pattern()
          return p && this.op(')') ? p : null
        })
        if (group) return group
      }
      return this.sequencePattern() ?? this.mappingPattern() ?? this.classPattern()
    })
  }

  protected literalPattern(): ast.Pattern | null {
    const start = this.pos
    const value = this.literalExpr()
    if (!value) return null
    if (value.kind === 'Constant' && (value.value === null || value.value === true || value.value === false)) {
      return { kind: 'MatchSingleton', value: value.value, ...this.span(start) }
    }
    return { kind: 'MatchValue', value, ...this.span(start) }
  }

  protected literalExpr(): ast.Expr | null {
    return this.attempt(() => {
      const start = this.pos
      const t = this.peek()
      if (t.type === 'NAME' && (t.value === 'None' || t.value === 'True' || t.value === 'False')) {
        this.next()
        const value = t.value === 'None' ? null : t.value === 'True'
        return { kind: 'Constant', value, kind_: null, ...tokenSpan(t) }
      }
      if (t.type === 'STRING') return this.strings()
      const real = this.signedNumber()
      if (!real) return null
      if (this.isOp('+') || this.isOp('-')) {
        const opTok = this.next()
        const imag = this.number()
        if (!imag) return null
        return {
          kind: 'BinOp',
          left: real,
          op: opTok.value === '+' ? 'Add' : 'Sub',
          right: imag,
          ...this.span(start),
        }
      }
      return real
    })
  }

  protected signedNumber(): ast.Expr | null {
    const start = this.pos
    if (this.op('-')) {
      const n = this.number()
      if (!n) return null
      return { kind: 'UnaryOp', op: 'USub', operand: n, ...this.span(start) }
    }
    return this.number()
  }

  protected patternCaptureTarget(): string | null {
    if (!this.isName() || this.peek().value === '_') return null
    if (this.isOp('.', 1) || this.isOp('(', 1) || this.isOp('=', 1)) return null
    return nameId(this.next())
  }

  protected attr(): ast.Expr | null {
    const start = this.pos
    const first = this.name()
    if (!first || !this.isOp('.')) return null
    let value: ast.Expr = { kind: 'Name', id: nameId(first), ctx: 'Load', ...tokenSpan(first) }
    while (this.isOp('.') && this.isName(1)) {
      this.next()
      const n = this.next()
      value = { kind: 'Attribute', value, attr: nameId(n), ctx: 'Load', ...this.span(start) }
    }
    return value.kind === 'Attribute' ? value : null
  }

  protected nameOrAttr(): ast.Expr | null {
    const a = this.attempt(() => this.attr())
    if (a) return a
    const n = this.name()
    return n ? { kind: 'Name', id: nameId(n), ctx: 'Load', ...tokenSpan(n) } : null
  }

  protected sequencePattern(): ast.Pattern | null {
    return this.attempt(() => {
      const start = this.pos
      if (this.op('[')) {
        const patterns = this.maybeSequencePattern() ?? []
        if (!this.op(']')) return null
        return { kind: 'MatchSequence', patterns, ...this.span(start) }
      }
      if (this.op('(')) {
        const patterns = this.openSequencePattern() ?? []
        if (!this.op(')')) return null
        return { kind: 'MatchSequence', patterns, ...this.span(start) }
      }
      return null
    })
  }

  protected openSequencePattern(): ast.Pattern[] | null {
    return this.attempt(() => {
      const first = this.maybeStarPattern()
      if (!first || !this.op(',')) return null
      return [first, ...(this.maybeSequencePattern() ?? [])]
    })
  }

  protected maybeSequencePattern(): ast.Pattern[] | null {
    const out: ast.Pattern[] = []
    for (;;) {
      const p = this.maybeStarPattern()
      if (!p) break
      out.push(p)
      if (!this.isOp(',')) break
      this.next()
    }
    return out.length ? out : null
  }

  protected maybeStarPattern(): ast.Pattern | null {
    const start = this.pos
    if (this.isOp('*')) {
      this.next()
      const target = this.patternCaptureTarget()
      if (target) return { kind: 'MatchStar', name: target, ...this.span(start) }
      if (this.isName() && this.peek().value === '_') {
        this.next()
        return { kind: 'MatchStar', name: null, ...this.span(start) }
      }
      this.pos = start
      return null
    }
    return this.pattern()
  }

  protected mappingPattern(): ast.Pattern | null {
    return this.attempt(() => {
      const start = this.pos
      if (!this.op('{')) return null
      const keys: ast.Expr[] = []
      const patterns: ast.Pattern[] = []
      let rest: string | null = null
      for (;;) {
        if (this.isOp('}')) break
        if (this.op('**')) {
          rest = this.patternCaptureTarget()
          if (!rest) return null
          this.op(',')
          break
        }
        const key = this.literalExpr() ?? this.attempt(() => this.attr())
        if (!key || !this.op(':')) return null
        const value = this.pattern()
        if (!value) return null
        keys.push(key)
        patterns.push(value)
        if (!this.op(',')) break
      }
      if (!this.op('}')) return null
      return { kind: 'MatchMapping', keys, patterns, rest, ...this.span(start) }
    })
  }

  protected classPattern(): ast.Pattern | null {
    return this.attempt(() => {
      const start = this.pos
      const cls = this.nameOrAttr()
      if (!cls || !this.op('(')) return null
      const patterns: ast.Pattern[] = []
      const kwdAttrs: string[] = []
      const kwdPatterns: ast.Pattern[] = []
      for (;;) {
        if (this.isOp(')')) break
        if (this.isName() && this.isOp('=', 1)) {
          const n = this.next()
          this.next()
          const p = this.pattern()
          if (!p) return null
          kwdAttrs.push(nameId(n))
          kwdPatterns.push(p)
        } else {
          const pStart = this.pos
          const p = this.pattern()
          if (!p) return null
          if (kwdAttrs.length) {
            if (this.callInvalidRules)
              this.raiseRange('positional patterns follow keyword patterns', this.span(pStart), p)
            return null
          }
          patterns.push(p)
        }
        if (!this.op(',')) break
      }
      if (!this.op(')')) return null
      return { kind: 'MatchClass', cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns, ...this.span(start) }
    })
  }
}
