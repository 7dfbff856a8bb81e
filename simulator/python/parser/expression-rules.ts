// Expressions, from `star_expressions` down to atoms, displays and comprehensions.

import type * as ast from '../ast/nodes'
import { expressionName } from './expression-names'
import { numberValue } from './literals'
import { concatenateStrings } from './strings'
import { tokenSpan } from './token-cursor'
import type { Token } from './tokenizer'
import { ParameterRules } from './parameter-rules'
import { nameId, emptyArguments } from './parser-base'

const BINARY_LEVELS: Record<string, ast.Operator>[] = [
  { '|': 'BitOr' },
  { '^': 'BitXor' },
  { '&': 'BitAnd' },
  { '<<': 'LShift', '>>': 'RShift' },
  { '+': 'Add', '-': 'Sub' },
  { '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult' },
]

const COMPARE_OPS: Record<string, ast.CmpOperator> = {
  '==': 'Eq',
  '!=': 'NotEq',
  '<=': 'LtE',
  '<': 'Lt',
  '>=': 'GtE',
  '>': 'Gt',
}

/**
 * CPython's SOFT_KEYWORD token test compares only as many characters as the name has (`strncmp`), so any prefix
 * of a soft keyword (`c`, `ma`, …) counts as one.
 */
function isSoftKeywordPrefix(name: string): boolean {
  return ['_', 'case', 'match'].some((keyword) => keyword.startsWith(name))
}

export abstract class ExpressionRules extends ParameterRules {
  expressions(): ast.Expr | null {
    const start = this.pos
    const first = this.expression()
    if (!first) return null
    if (!this.isOp(',')) return first
    const elts = [first]
    while (this.op(',')) {
      const e = this.expression()
      if (!e) break
      elts.push(e)
    }
    return { kind: 'Tuple', elts, ctx: 'Load', ...this.span(start) }
  }

  expression(): ast.Expr | null {
    return this.memo('expression', () => {
      if (this.callInvalidRules) {
        this.invalidExpression()
        this.invalidLegacyExpression()
      }
      return this.expressionWithoutInvalid()
    })
  }

  protected expressionWithoutInvalid(): ast.Expr | null {
    const start = this.pos
    const a = this.disjunction()
    if (!a) return this.lambdef()
    const m = this.pos
    if (this.keyword('if')) {
      const test = this.disjunction()
      if (test && this.keyword('else')) {
        const orelse = this.expression()
        if (orelse) return { kind: 'IfExp', test, body: a, orelse, ...this.span(start) }
      }
      this.pos = m
    }
    return a
  }

  protected invalidExpression(): void {
    const start = this.pos
    const t = this.peek()
    const nameString = this.isName() && this.isType('STRING', 1)
    const soft = t.type === 'NAME' && isSoftKeywordPrefix(t.value)
    if (!nameString && !soft) {
      const a = this.disjunction()
      if (a) {
        const b = this.withoutInvalidRules(() => this.expressionWithoutInvalid())
        if (b && !isLegacyName(a) && this.previous().level !== 0) {
          this.raiseRange('invalid syntax. Perhaps you forgot a comma?', a, b)
        }
      }
    }
    this.pos = start
    const a = this.disjunction()
    if (a && this.keyword('if')) {
      const b = this.disjunction()
      if (b && !this.isKeyword('else') && !this.isOp(':')) {
        this.raiseRange("expected 'else' after 'if' expression", a, b)
      }
    }
    this.pos = start
  }

  protected invalidLegacyExpression(): void {
    const start = this.pos
    const t = this.peek()
    if (this.isName() && !this.isOp('(', 1)) {
      this.next()
      // Parsed for any name, as CPython does, before checking for `print`/`exec`.
      const b = this.starExpressions()
      if (b && (t.value === 'print' || t.value === 'exec')) {
        this.raiseRange(`Missing parentheses in call to '${t.value}'. Did you mean ${t.value}(...)?`, tokenSpan(t), b)
      }
    }
    this.pos = start
  }

  yieldExpr(): ast.Expr | null {
    if (!this.isKeyword('yield')) return null
    const start = this.pos
    this.next()
    if (this.keyword('from')) {
      const value = this.expression()
      if (!value) {
        this.pos = start
        return null
      }
      return { kind: 'YieldFrom', value, ...this.span(start) }
    }
    const value = this.starExpressions()
    return { kind: 'Yield', value, ...this.span(start) }
  }

  starExpressions(): ast.Expr | null {
    const start = this.pos
    const first = this.starExpression()
    if (!first) return null
    if (!this.isOp(',')) return first
    const elts = [first]
    while (this.op(',')) {
      const e = this.starExpression()
      if (!e) break
      elts.push(e)
    }
    return { kind: 'Tuple', elts, ctx: 'Load', ...this.span(start) }
  }

  protected starExpression(): ast.Expr | null {
    const start = this.pos
    if (this.op('*')) {
      const value = this.bitwiseOr()
      if (!value) {
        this.pos = start
        return null
      }
      return { kind: 'Starred', value, ctx: 'Load', ...this.span(start) }
    }
    return this.expression()
  }

  protected starNamedExpressions(): ast.Expr[] | null {
    const out: ast.Expr[] = []
    for (;;) {
      const e = this.starNamedExpression()
      if (!e) break
      out.push(e)
      if (!this.isOp(',')) break
      this.next()
    }
    return out.length ? out : null
  }

  protected starNamedExpression(): ast.Expr | null {
    const start = this.pos
    if (this.op('*')) {
      const value = this.bitwiseOr()
      if (!value) {
        this.pos = start
        return null
      }
      return { kind: 'Starred', value, ctx: 'Load', ...this.span(start) }
    }
    return this.namedExpression()
  }

  protected assignmentExpression(): ast.Expr | null | 'cut' {
    if (!(this.isName() && this.isOp(':=', 1))) return null
    const start = this.pos
    const name = this.next()
    this.next()
    const value = this.expression()
    if (!value) {
      this.pos = start
      return 'cut'
    }
    const target: ast.Name = { kind: 'Name', id: nameId(name), ctx: 'Store', ...tokenSpan(name) }
    return { kind: 'NamedExpr', target, value, ...this.span(start) }
  }

  namedExpression(): ast.Expr | null {
    const start = this.pos
    const assign = this.assignmentExpression()
    if (assign === 'cut') return null
    if (assign) return assign
    if (this.callInvalidRules) this.memo('invalid_named_expression', () => this.invalidNamedExpression())
    const e = this.expression()
    if (!e || this.isOp(':=')) {
      this.pos = start
      return null
    }
    return e
  }

  protected invalidNamedExpression(): null {
    const start = this.pos
    const a = this.expression()
    if (a && this.op(':=') && this.expression()) {
      this.raiseKnown(`cannot use assignment expressions with ${expressionName(a)}`, a)
    }
    this.pos = start
    if (this.isName() && this.isOp('=', 1)) {
      const name = this.next()
      this.next()
      const b = this.bitwiseOr()
      if (b && !this.isOp('=') && !this.isOp(':=')) {
        this.raiseRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", tokenSpan(name), b)
      }
    }
    this.pos = start
    const excluded = this.lookahead(() => this.list() ?? this.tuple() ?? this.genexp() ?? this.constantKeyword())
    if (!excluded) {
      const a2 = this.bitwiseOr()
      if (a2 && this.op('=') && this.bitwiseOr() && !this.isOp('=') && !this.isOp(':=')) {
        this.raiseKnown(`cannot assign to ${expressionName(a2)} here. Maybe you meant '==' instead of '='?`, a2)
      }
    }
    this.pos = start
    return null
  }

  protected constantKeyword(): Token | null {
    const t = this.peek()
    return t.type === 'NAME' && (t.value === 'True' || t.value === 'None' || t.value === 'False') ? this.next() : null
  }

  protected disjunction(): ast.Expr | null {
    return this.memo('disjunction', () => this.boolOp('or', 'Or', () => this.conjunction()))
  }

  protected conjunction(): ast.Expr | null {
    return this.boolOp('and', 'And', () => this.inversion())
  }

  protected boolOp(word: string, op: ast.BoolOperator, operand: () => ast.Expr | null): ast.Expr | null {
    const start = this.pos
    const first = operand()
    if (!first) return null
    const values = [first]
    for (;;) {
      const m = this.pos
      if (!this.keyword(word)) break
      const next = operand()
      if (!next) {
        this.pos = m
        break
      }
      values.push(next)
    }
    return values.length === 1 ? first : { kind: 'BoolOp', op, values, ...this.span(start) }
  }

  protected inversion(): ast.Expr | null {
    const start = this.pos
    if (this.keyword('not')) {
      const operand = this.inversion()
      if (!operand) {
        this.pos = start
        return null
      }
      return { kind: 'UnaryOp', op: 'Not', operand, ...this.span(start) }
    }
    return this.comparison()
  }

  protected comparison(): ast.Expr | null {
    const start = this.pos
    const left = this.bitwiseOr()
    if (!left) return null
    const ops: ast.CmpOperator[] = []
    const comparators: ast.Expr[] = []
    for (;;) {
      const m = this.pos
      const op = this.compareOp()
      if (!op) break
      const right = this.bitwiseOr()
      if (!right) {
        this.pos = m
        break
      }
      ops.push(op)
      comparators.push(right)
    }
    return ops.length ? { kind: 'Compare', left, ops, comparators, ...this.span(start) } : left
  }

  protected compareOp(): ast.CmpOperator | null {
    const t = this.peek()
    if (t.type === 'OP' && t.value in COMPARE_OPS) {
      this.next()
      return COMPARE_OPS[t.value]
    }
    if (t.type !== 'NAME') return null
    if (t.value === 'in') {
      this.next()
      return 'In'
    }
    if (t.value === 'not' && this.isKeyword('in', 1)) {
      this.pos += 2
      return 'NotIn'
    }
    if (t.value === 'is') {
      this.next()
      if (this.keyword('not')) return 'IsNot'
      return 'Is'
    }
    return null
  }

  protected bitwiseOr(): ast.Expr | null {
    return this.memo('bitwise_or', () => this.binaryLevel(0))
  }

  protected binaryLevel(level: number): ast.Expr | null {
    if (level === BINARY_LEVELS.length) return this.factor()
    const ops = BINARY_LEVELS[level]
    const start = this.pos
    let left = this.binaryLevel(level + 1)
    if (!left) return null
    for (;;) {
      const t = this.peek()
      if (t.type !== 'OP' || !(t.value in ops)) break
      const m = this.pos
      this.next()
      const right = this.binaryLevel(level + 1)
      if (!right) {
        this.pos = m
        break
      }
      left = { kind: 'BinOp', left, op: ops[t.value], right, ...this.span(start) }
    }
    return left
  }

  protected factor(): ast.Expr | null {
    const start = this.pos
    const t = this.peek()
    if (t.type === 'OP' && (t.value === '+' || t.value === '-' || t.value === '~')) {
      this.next()
      const operand = this.factor()
      if (!operand) {
        this.pos = start
        return null
      }
      const op = t.value === '+' ? 'UAdd' : t.value === '-' ? 'USub' : 'Invert'
      return { kind: 'UnaryOp', op, operand, ...this.span(start) }
    }
    return this.power()
  }

  protected power(): ast.Expr | null {
    const start = this.pos
    const base = this.awaitPrimary()
    if (!base) return null
    const m = this.pos
    if (this.op('**')) {
      const exponent = this.factor()
      if (exponent) return { kind: 'BinOp', left: base, op: 'Pow', right: exponent, ...this.span(start) }
      this.pos = m
    }
    return base
  }

  protected awaitPrimary(): ast.Expr | null {
    const start = this.pos
    if (this.keyword('await')) {
      const value = this.primary()
      if (!value) {
        this.pos = start
        return null
      }
      return { kind: 'Await', value, ...this.span(start) }
    }
    return this.primary()
  }

  protected primary(): ast.Expr | null {
    return this.memo('primary', () => {
      const start = this.pos
      let value = this.atom()
      if (!value) return null
      for (;;) {
        const next = this.trailer(value, start, 'Load')
        if (!next) break
        value = next
      }
      return value
    })
  }

  /** One `.name`, call, or subscript applied to `value`; null (position unchanged) when none follows. */
  protected trailer(value: ast.Expr, start: number, ctx: ast.ExprContext): ast.Expr | null {
    const m = this.pos
    if (this.isOp('.')) {
      this.next()
      const n = this.name()
      if (n) return { kind: 'Attribute', value, attr: nameId(n), ctx, ...this.span(start) }
      this.pos = m
      return null
    }
    if (this.isOp('(')) {
      const g = this.genexp()
      if (g) return { kind: 'Call', func: value, args: [g], keywords: [], ...this.span(start) }
      this.next()
      const args = this.arguments()
      if (this.op(')')) {
        return {
          kind: 'Call',
          func: value,
          args: args?.args ?? [],
          keywords: args?.keywords ?? [],
          ...this.span(start),
        }
      }
      this.pos = m
      return null
    }
    if (this.isOp('[')) {
      this.next()
      const slice = this.slices()
      if (slice && this.op(']')) return { kind: 'Subscript', value, slice, ctx, ...this.span(start) }
      this.pos = m
      return null
    }
    return null
  }

  protected slices(): ast.Expr | null {
    const start = this.pos
    const single = this.slice()
    if (single && !this.isOp(',')) return single
    this.pos = start
    const elts: ast.Expr[] = []
    for (;;) {
      const e = this.slice() ?? this.starredExpression()
      if (!e) break
      elts.push(e)
      if (!this.isOp(',')) break
      this.next()
    }
    if (!elts.length) return null
    return { kind: 'Tuple', elts, ctx: 'Load', ...this.span(start) }
  }

  protected slice(): ast.Expr | null {
    const start = this.pos
    const lower = this.attempt(() => this.expression())
    if (this.op(':')) {
      const upper = this.expression()
      let step: ast.Expr | null = null
      if (this.op(':')) step = this.expression()
      return { kind: 'Slice', lower, upper, step, ...this.span(start) }
    }
    this.pos = start
    return this.namedExpression()
  }

  protected atom(): ast.Expr | null {
    const t = this.peek()
    switch (t.type) {
      case 'NAME':
        if (t.value === 'True' || t.value === 'False' || t.value === 'None') {
          this.next()
          const value = t.value === 'None' ? null : t.value === 'True'
          return { kind: 'Constant', value, kind_: null, ...tokenSpan(t) }
        }
        if (!this.isName()) return null
        this.next()
        return { kind: 'Name', id: nameId(t), ctx: 'Load', ...tokenSpan(t) }
      case 'STRING':
        return this.strings()
      case 'NUMBER':
        return this.number()
      case 'OP':
        if (t.value === '(') return this.tuple() ?? this.group() ?? this.genexp()
        if (t.value === '[') return this.list() ?? this.listcomp()
        if (t.value === '{') return this.dict() ?? this.set() ?? this.dictcomp() ?? this.setcomp()
        if (t.value === '...') {
          this.next()
          return { kind: 'Constant', value: { ellipsis: true }, kind_: null, ...tokenSpan(t) }
        }
        return null
      default:
        return null
    }
  }

  strings(): ast.Expr | null {
    return this.memo('strings', () => {
      const tokens: Token[] = []
      while (this.isType('STRING')) tokens.push(this.next())
      if (!tokens.length) return null
      this.peek()
      return concatenateStrings(this, tokens)
    })
  }

  protected tuple(): ast.Expr | null {
    return this.attempt(() => {
      const start = this.pos
      if (!this.op('(')) return null
      const elts: ast.Expr[] = []
      if (!this.isOp(')')) {
        const first = this.starNamedExpression()
        if (!first || !this.op(',')) return null
        elts.push(first, ...(this.starNamedExpressions() ?? []))
      }
      if (!this.op(')')) return null
      return { kind: 'Tuple', elts, ctx: 'Load', ...this.span(start) }
    })
  }

  protected group(): ast.Expr | null {
    return this.attempt(() => {
      const start = this.pos
      this.next()
      const e = this.yieldExpr() ?? this.namedExpression()
      if (e && this.op(')')) return e
      if (this.callInvalidRules) {
        this.pos = start + 1
        const starred = this.starredExpression()
        if (starred && this.isOp(')')) this.raiseKnown('cannot use starred expression here', starred)
        this.pos = start + 1
        if (this.isOp('**')) {
          const dstar = this.next()
          const value = this.expression()
          if (value && this.isOp(')')) this.raiseKnown('cannot use double starred expression here', tokenSpan(dstar))
        }
      }
      return null
    })
  }

  genexp(): ast.Expr | null {
    return this.attempt(() => {
      const start = this.pos
      if (!this.op('(')) return null
      const elt = this.genexpElement()
      if (elt) {
        const generators = this.forIfClauses()
        if (generators && this.op(')')) return { kind: 'GeneratorExp', elt, generators, ...this.span(start) }
      }
      if (this.callInvalidRules) this.invalidComprehension(start)
      return null
    })
  }

  protected genexpElement(): ast.Expr | null {
    const a = this.assignmentExpression()
    if (a === 'cut') return null
    if (a) return a
    const e = this.expression()
    if (!e || this.isOp(':=')) return null
    return e
  }

  protected list(): ast.Expr | null {
    return this.attempt(() => {
      const start = this.pos
      if (!this.op('[')) return null
      const elts = this.starNamedExpressions() ?? []
      if (!this.op(']')) return null
      return { kind: 'List', elts, ctx: 'Load', ...this.span(start) }
    })
  }

  protected listcomp(): ast.Expr | null {
    return this.attempt(() => {
      const start = this.pos
      if (!this.op('[')) return null
      const elt = this.namedExpression()
      if (elt) {
        const generators = this.forIfClauses()
        if (generators && this.op(']')) return { kind: 'ListComp', elt, generators, ...this.span(start) }
      }
      if (this.callInvalidRules) this.invalidComprehension(start)
      return null
    })
  }

  protected set(): ast.Expr | null {
    return this.attempt(() => {
      const start = this.pos
      if (!this.op('{')) return null
      const elts = this.starNamedExpressions()
      if (!elts || !this.op('}')) return null
      return { kind: 'Set', elts, ...this.span(start) }
    })
  }

  protected setcomp(): ast.Expr | null {
    return this.attempt(() => {
      const start = this.pos
      if (!this.op('{')) return null
      const elt = this.namedExpression()
      if (elt) {
        const generators = this.forIfClauses()
        if (generators && this.op('}')) return { kind: 'SetComp', elt, generators, ...this.span(start) }
      }
      if (this.callInvalidRules) this.invalidComprehension(start)
      return null
    })
  }

  protected invalidComprehension(start: number): void {
    this.pos = start + 1
    const starred = this.starredExpression()
    if (starred && this.forIfClauses()) this.raiseKnown('iterable unpacking cannot be used in comprehension', starred)
    this.pos = start + 1
    if (!this.isOp('(', -1)) {
      const a = this.starNamedExpression()
      if (a && this.op(',')) {
        const b = this.starNamedExpressions()
        if (b && this.forIfClauses()) {
          this.raiseRange('did you forget parentheses around the comprehension target?', a, b[b.length - 1])
        }
      }
    }
    this.pos = start
  }

  protected dict(): ast.Expr | null {
    return this.attempt(() => {
      const start = this.pos
      if (!this.op('{')) return null
      const keys: (ast.Expr | null)[] = []
      const values: ast.Expr[] = []
      for (;;) {
        const m = this.pos
        if (this.op('**')) {
          const v = this.bitwiseOr()
          if (!v) {
            this.pos = m
            break
          }
          keys.push(null)
          values.push(v)
        } else {
          const kv = this.kvpair()
          if (!kv) break
          keys.push(kv[0])
          values.push(kv[1])
        }
        if (!this.isOp(',')) break
        this.next()
      }
      if (this.op('}')) return { kind: 'Dict', keys, values, ...this.span(start) }
      if (this.callInvalidRules) this.invalidDoubleStarredKvpairs(start)
      return null
    })
  }

  protected invalidDoubleStarredKvpairs(start: number): void {
    this.pos = start + 1
    let pairs = 0
    for (;;) {
      const m = this.pos
      const ok = this.op('**') ? this.bitwiseOr() : this.kvpair()
      if (!ok) {
        this.pos = m
        break
      }
      pairs++
      if (!this.isOp(',')) break
      this.next()
    }
    if (pairs && this.previous().value === ',') {
      const key = this.expression()
      if (key && !this.isOp(':')) {
        this.raiseAt(
          'SyntaxError',
          "':' expected after dictionary key",
          key.lineno,
          key.end_col_offset - 1,
          key.end_lineno,
          -1,
        )
      }
      if (key) this.invalidDictValue()
    }
    this.pos = start + 1
    if (this.expression()) this.invalidDictValue()
    this.pos = start
  }

  /** After a key: `':' '*' bitwise_or` or `':' &('}'|',')`. */
  protected invalidDictValue(): void {
    if (!this.isOp(':')) return
    const colon = this.next()
    if (this.isOp('*')) {
      const star = this.next()
      if (this.bitwiseOr())
        this.raiseStartingFrom('cannot use a starred expression in a dictionary value', tokenSpan(star))
    } else if (this.isOp('}') || this.isOp(',')) {
      this.raiseKnown("expression expected after dictionary key and ':'", tokenSpan(colon))
    }
  }

  protected kvpair(): [ast.Expr, ast.Expr] | null {
    return this.attempt(() => {
      const k = this.expression()
      if (!k || !this.op(':')) return null
      const v = this.expression()
      return v ? [k, v] : null
    })
  }

  protected dictcomp(): ast.Expr | null {
    return this.attempt(() => {
      const start = this.pos
      if (!this.op('{')) return null
      const kv = this.kvpair()
      if (kv) {
        const generators = this.forIfClauses()
        if (generators && this.op('}')) {
          return { kind: 'DictComp', key: kv[0], value: kv[1], generators, ...this.span(start) }
        }
      }
      if (this.callInvalidRules) {
        this.pos = start + 1
        if (this.isOp('**')) {
          const a = this.next()
          if (this.bitwiseOr() && this.forIfClauses() && this.isOp('}')) {
            this.raiseKnown('dict unpacking cannot be used in dict comprehension', tokenSpan(a))
          }
        }
      }
      return null
    })
  }

  protected forIfClauses(): ast.Comprehension[] | null {
    const out: ast.Comprehension[] = []
    for (;;) {
      const c = this.forIfClause()
      if (c === 'cut') return null
      if (!c) break
      out.push(c)
    }
    return out.length ? out : null
  }

  protected forIfClause(): ast.Comprehension | null | 'cut' {
    const start = this.pos
    const isAsync = this.isKeyword('async') && this.isKeyword('for', 1)
    if (isAsync) this.next()
    if (!this.isKeyword('for')) {
      this.pos = start
      return null
    }
    this.next()
    const afterFor = this.pos
    const target = this.starTargets()
    if (target && this.keyword('in')) {
      const iter = this.disjunction()
      if (!iter) {
        this.pos = start
        return 'cut'
      }
      const ifs: ast.Expr[] = []
      for (;;) {
        const m = this.pos
        if (!this.keyword('if')) break
        const cond = this.disjunction()
        if (!cond) {
          this.pos = m
          break
        }
        ifs.push(cond)
      }
      return { kind: 'comprehension', target, iter, ifs, is_async: isAsync ? 1 : 0 }
    }
    if (this.callInvalidRules) {
      this.pos = afterFor
      const e = this.starExpressions()
      if (e) this.raiseInvalidTarget('for', e)
    }
    this.pos = start
    return null
  }

  protected lambdef(): ast.Expr | null {
    if (!this.isKeyword('lambda')) return null
    const start = this.pos
    this.next()
    const args = this.parameters(true) ?? emptyArguments()
    if (!this.op(':')) {
      this.pos = start
      return null
    }
    const body = this.expression()
    if (!body) {
      this.pos = start
      return null
    }
    return { kind: 'Lambda', args, body, ...this.span(start) }
  }

  protected number(): ast.Constant | null {
    if (!this.isType('NUMBER')) return null
    const t = this.next()
    return { kind: 'Constant', value: numberValue(t.value), kind_: null, ...tokenSpan(t) }
  }

  protected starredExpression(): ast.Expr | null {
    const start = this.pos
    if (!this.op('*')) return null
    const value = this.expression()
    if (!value) {
      this.pos = start
      return null
    }
    return { kind: 'Starred', value, ctx: 'Load', ...this.span(start) }
  }
}

function isLegacyName(e: ast.Expr): boolean {
  return e.kind === 'Name' && (e.id === 'print' || e.id === 'exec')
}
