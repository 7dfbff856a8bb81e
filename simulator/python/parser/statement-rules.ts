// Statements: the `file` start rule, simple and compound statements with their invalid_* rules.

import type * as ast from '../ast/nodes'
import { expressionName } from './expression-names'
import { tokenSpan } from './token-cursor'
import type { Token } from './tokenizer'
import { PatternRules } from './pattern-rules'
import { nameId, emptyArguments } from './parser-base'

const AUGASSIGN: Record<string, ast.Operator> = {
  '+=': 'Add',
  '-=': 'Sub',
  '*=': 'Mult',
  '@=': 'MatMult',
  '/=': 'Div',
  '%=': 'Mod',
  '&=': 'BitAnd',
  '|=': 'BitOr',
  '^=': 'BitXor',
  '<<=': 'LShift',
  '>>=': 'RShift',
  '**=': 'Pow',
  '//=': 'FloorDiv',
}

export class Parser extends PatternRules {
  file(): ast.Module | null {
    const body = this.statements() ?? []
    if (!this.isType('ENDMARKER')) return null
    return { kind: 'Module', body, type_ignores: [] }
  }

  protected statements(): ast.Stmt[] | null {
    const out: ast.Stmt[] = []
    for (;;) {
      const s = this.statement()
      if (!s) break
      out.push(...s)
    }
    return out.length ? out : null
  }

  protected statement(): ast.Stmt[] | null {
    const c = this.compoundStatement()
    if (c) return [c]
    return this.simpleStatements()
  }

  protected simpleStatements(): ast.Stmt[] | null {
    return this.attempt(() => {
      const start = this.pos
      const first = this.simpleStatement()
      if (!first) return null
      if (!this.isOp(';') && this.isType('NEWLINE')) {
        this.next()
        return [first]
      }
      this.pos = start
      const out: ast.Stmt[] = []
      for (;;) {
        const s = this.simpleStatement()
        if (!s) break
        out.push(s)
        if (!this.op(';')) break
      }
      if (!out.length || !this.isType('NEWLINE')) return null
      this.next()
      return out
    })
  }

  protected simpleStatement(): ast.Stmt | null {
    return this.memo('simple_stmt', () => {
      const start = this.pos
      const assignment = this.attempt(() => this.assignment())
      if (assignment) return assignment
      const e = this.starExpressions()
      if (e) return { kind: 'Expr', value: e, ...this.span(start) }
      const t = this.peek()
      if (t.type !== 'NAME') return null
      switch (t.value) {
        case 'return':
          return this.returnStatement()
        case 'import':
        case 'from':
          return this.attempt(() => this.importStatement())
        case 'raise':
          return this.raiseStatement()
        case 'pass':
          this.next()
          return { kind: 'Pass', ...this.span(start) }
        case 'del':
          return this.attempt(() => this.delStatement())
        case 'yield': {
          const y = this.yieldExpr()
          return y ? { kind: 'Expr', value: y, ...this.span(start) } : null
        }
        case 'assert':
          return this.attempt(() => this.assertStatement())
        case 'break':
          this.next()
          return { kind: 'Break', ...this.span(start) }
        case 'continue':
          this.next()
          return { kind: 'Continue', ...this.span(start) }
        case 'global':
        case 'nonlocal':
          return this.attempt(() => this.scopeStatement(t.value))
      }
      return null
    })
  }

  protected compoundStatement(): ast.Stmt | null {
    const t = this.peek()
    const v = t.type === 'NAME' ? t.value : t.type === 'OP' && t.value === '@' ? '@' : ''
    if (v === 'def' || v === '@' || v === 'async') {
      const f = this.attempt(() => this.functionDef())
      if (f) return f
    }
    if (v === 'if') return this.attempt(() => this.ifStatement('if'))
    if (v === 'class' || v === '@') {
      const c = this.attempt(() => this.classDef())
      if (c) return c
    }
    if (v === 'with' || v === 'async') {
      const w = this.attempt(() => this.withStatement())
      if (w) return w
    }
    if (v === 'for' || v === 'async') {
      const f = this.attempt(() => this.forStatement())
      if (f) return f
    }
    if (v === 'try') return this.attempt(() => this.tryStatement())
    if (v === 'while') return this.attempt(() => this.whileStatement())
    return this.attempt(() => this.matchStatement())
  }

  protected assignment(): ast.Stmt | null {
    const start = this.pos
    // NAME ':' expression ['=' annotated_rhs]
    if (this.isName() && this.isOp(':', 1)) {
      const name = this.next()
      this.next()
      const annotation = this.expression()
      if (annotation) {
        const value = this.annotatedValue()
        const target: ast.Name = { kind: 'Name', id: nameId(name), ctx: 'Store', ...tokenSpan(name) }
        return { kind: 'AnnAssign', target, annotation, value, simple: 1, ...this.span(start) }
      }
      this.pos = start
    }
    // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    const annTarget =
      this.attempt(() => {
        if (this.op('(')) {
          const t = this.singleTarget()
          return t && this.op(')') ? t : null
        }
        return null
      }) ?? this.singleSubscriptAttributeTarget()
    if (annTarget && this.op(':')) {
      const annotation = this.expression()
      if (annotation) {
        const value = this.annotatedValue()
        return { kind: 'AnnAssign', target: annTarget, annotation, value, simple: 0, ...this.span(start) }
      }
    }
    this.pos = start
    // (star_targets '=')+ (yield_expr | star_expressions) !'='
    const targets: ast.Expr[] = []
    for (;;) {
      const m = this.pos
      const t = this.starTargets()
      if (t && this.op('=')) targets.push(t)
      else {
        this.pos = m
        break
      }
    }
    if (targets.length) {
      const value = this.yieldExpr() ?? this.starExpressions()
      if (value && !this.isOp('=')) return { kind: 'Assign', targets, value, type_comment: null, ...this.span(start) }
    }
    this.pos = start
    // single_target augassign ~ (yield_expr | star_expressions)
    const augTarget = this.singleTarget()
    if (augTarget) {
      const t = this.peek()
      if (t.type === 'OP' && t.value in AUGASSIGN) {
        this.next()
        const value = this.yieldExpr() ?? this.starExpressions()
        if (!value) return null
        return { kind: 'AugAssign', target: augTarget, op: AUGASSIGN[t.value], value, ...this.span(start) }
      }
    }
    this.pos = start
    if (this.callInvalidRules) this.invalidAssignment()
    return null
  }

  /** The optional `['=' annotated_rhs]`: the value, or null (position unchanged) when there is none. */
  protected annotatedValue(): ast.Expr | null {
    return this.attempt(() => (this.op('=') ? (this.yieldExpr() ?? this.starExpressions()) : null))
  }

  protected invalidAssignment(): void {
    const start = this.pos
    const annTarget = this.invalidAnnAssignTarget()
    if (annTarget && this.op(':') && this.expression()) {
      this.raiseKnown(`only single target (not ${expressionName(annTarget)}) can be annotated`, annTarget)
    }
    this.pos = start
    const first = this.starNamedExpression()
    if (first && this.op(',')) {
      this.starNamedExpressions()
      if (this.op(':') && this.expression()) this.raiseKnown('only single target (not tuple) can be annotated', first)
    }
    this.pos = start
    const e = this.expression()
    if (e && this.op(':') && this.expression()) this.raiseKnown('illegal target for annotation', e)
    this.pos = start
    this.skipStarTargetsAssignments()
    const lhs = this.starExpressions()
    if (lhs && this.isOp('=')) this.raiseInvalidTarget('star', lhs)
    this.pos = start
    this.skipStarTargetsAssignments()
    const y = this.yieldExpr()
    if (y && this.isOp('=')) this.raiseKnown('assignment to yield expression not possible', y)
    this.pos = start
    const aug = this.starExpressions()
    if (aug) {
      const t = this.peek()
      if (t.type === 'OP' && t.value in AUGASSIGN) {
        this.next()
        if (this.yieldExpr() ?? this.starExpressions()) {
          this.raiseKnown(`'${expressionName(aug)}' is an illegal expression for augmented assignment`, aug)
        }
      }
    }
    this.pos = start
  }

  protected skipStarTargetsAssignments(): void {
    for (;;) {
      const m = this.pos
      if (!(this.starTargets() && this.op('='))) {
        this.pos = m
        return
      }
    }
  }

  protected invalidAnnAssignTarget(): ast.Expr | null {
    return this.attempt(() => {
      if (this.isOp('(')) {
        const t = this.tuple()
        if (t) return t
        this.next()
        const inner = this.invalidAnnAssignTarget()
        return inner && this.op(')') ? inner : null
      }
      return this.isOp('[') ? this.list() : null
    })
  }

  protected returnStatement(): ast.Stmt {
    const start = this.pos
    this.next()
    const value = this.starExpressions()
    return { kind: 'Return', value, ...this.span(start) }
  }

  protected raiseStatement(): ast.Stmt {
    const start = this.pos
    this.next()
    const exc = this.expression()
    if (!exc) return { kind: 'Raise', exc: null, cause: null, ...this.span(start) }
    const cause = this.attempt(() => (this.keyword('from') ? this.expression() : null))
    return { kind: 'Raise', exc, cause, ...this.span(start) }
  }

  protected scopeStatement(which: string): ast.Stmt | null {
    const start = this.pos
    this.next()
    const names: string[] = []
    for (;;) {
      const n = this.name()
      if (!n) return null
      names.push(nameId(n))
      if (!this.isOp(',') || !this.isName(1)) break
      this.next()
    }
    return which === 'global'
      ? { kind: 'Global', names, ...this.span(start) }
      : { kind: 'Nonlocal', names, ...this.span(start) }
  }

  protected delStatement(): ast.Stmt | null {
    const start = this.pos
    this.next()
    const targets = this.delTargets()
    if (targets && (this.isOp(';') || this.isType('NEWLINE'))) return { kind: 'Delete', targets, ...this.span(start) }
    if (this.callInvalidRules) {
      this.pos = start + 1
      const e = this.starExpressions()
      if (e) this.raiseInvalidTarget('del', e)
    }
    return null
  }

  protected assertStatement(): ast.Stmt | null {
    const start = this.pos
    this.next()
    const test = this.expression()
    if (!test) return null
    const msg = this.attempt(() => (this.op(',') ? this.expression() : null))
    return { kind: 'Assert', test, msg, ...this.span(start) }
  }

  protected importStatement(): ast.Stmt | null {
    const start = this.pos
    if (this.keyword('import')) {
      const names: ast.Alias[] = []
      for (;;) {
        const alias = this.dottedAsName()
        if (!alias) return null
        names.push(alias)
        if (!this.isOp(',')) break
        this.next()
      }
      return { kind: 'Import', names, ...this.span(start) }
    }
    this.next()
    let level = 0
    for (;;) {
      if (this.op('.')) level++
      else if (this.op('...')) level += 3
      else break
    }
    const module = this.dottedName()
    if (module === null && level === 0) return null
    if (!this.keyword('import')) return null
    const names = this.importFromTargets()
    if (!names) return null
    return { kind: 'ImportFrom', module, names, level, ...this.span(start) }
  }

  protected importFromTargets(): ast.Alias[] | null {
    const start = this.pos
    if (this.op('(')) {
      const names = this.importFromAsNames()
      if (names) {
        this.op(',')
        if (this.op(')')) return names
      }
      this.pos = start
      return null
    }
    const names = this.importFromAsNames()
    if (names && !this.isOp(',')) return names
    this.pos = start
    const star = this.op('*')
    if (star) return [{ kind: 'alias', name: '*', asname: null, ...tokenSpan(star) }]
    if (this.callInvalidRules && this.importFromAsNames() && this.op(',') && this.isType('NEWLINE')) {
      this.raiseHere('trailing comma not allowed without surrounding parentheses')
    }
    this.pos = start
    return null
  }

  protected importFromAsNames(): ast.Alias[] | null {
    const names: ast.Alias[] = []
    for (;;) {
      const m = this.pos
      const n = this.name()
      if (!n) {
        this.pos = m
        break
      }
      let asname: string | null = null
      const save = this.pos
      if (this.keyword('as')) {
        const a = this.name()
        if (a) asname = nameId(a)
        else this.pos = save
      }
      names.push({ kind: 'alias', name: nameId(n), asname, ...this.span(m) })
      if (!(this.isOp(',') && this.isName(1))) break
      this.next()
    }
    return names.length ? names : null
  }

  protected dottedAsName(): ast.Alias | null {
    const start = this.pos
    const name = this.dottedName()
    if (name === null) return null
    let asname: string | null = null
    const save = this.pos
    if (this.keyword('as')) {
      const a = this.name()
      if (a) asname = nameId(a)
      else this.pos = save
    }
    return { kind: 'alias', name, asname, ...this.span(start) }
  }

  protected dottedName(): string | null {
    const first = this.name()
    if (!first) return null
    let name = nameId(first)
    while (this.isOp('.') && this.isName(1)) {
      this.next()
      name += '.' + nameId(this.next())
    }
    return name
  }

  protected block(): ast.Stmt[] | null {
    return this.memo('block', () => {
      const start = this.pos
      if (this.isType('NEWLINE') && this.isType('INDENT', 1)) {
        this.pos += 2
        const body = this.statements()
        if (body && this.isType('DEDENT')) {
          this.next()
          return body
        }
        this.pos = start
      }
      const simple = this.simpleStatements()
      if (simple) return simple
      if (this.callInvalidRules && this.isType('NEWLINE') && !this.isType('INDENT', 1)) {
        this.next()
        this.peek()
        this.raiseHere('expected an indented block', 'IndentationError')
      }
      return null
    })
  }

  protected decorators(): ast.Expr[] {
    const out: ast.Expr[] = []
    for (;;) {
      const m = this.pos
      if (!this.op('@')) break
      const e = this.namedExpression()
      if (!e || !this.isType('NEWLINE')) {
        this.pos = m
        break
      }
      this.next()
      out.push(e)
    }
    return out
  }

  protected classDef(): ast.Stmt | null {
    const decorators = this.decorators()
    if (!this.isKeyword('class')) return null
    const start = this.pos
    const opener = this.next()
    const name = this.name()
    if (!name) return null
    let bases: ast.Expr[] = []
    let keywords: ast.Keyword[] = []
    const m = this.pos
    if (this.op('(')) {
      const args = this.arguments()
      if (this.op(')')) {
        if (args) ({ args: bases, keywords } = args)
      } else this.pos = m
    }
    if (this.callInvalidRules) {
      if (this.isType('NEWLINE')) this.raiseHere("expected ':'")
      this.checkIndentedBlock('class definition', opener)
    }
    if (!this.op(':')) return null
    const body = this.block()
    if (!body) return null
    return {
      kind: 'ClassDef',
      name: nameId(name),
      bases,
      keywords,
      body,
      decorator_list: decorators,
      ...this.span(start),
    }
  }

  protected functionDef(): ast.Stmt | null {
    const decorators = this.decorators()
    const start = this.pos
    const isAsync = this.isKeyword('async') && this.isKeyword('def', 1)
    if (isAsync) this.next()
    if (!this.isKeyword('def')) return null
    const opener = this.next()
    const name = this.name()
    if (!name) return null
    this.expectForced('(')
    const args = this.parameters(false) ?? emptyArguments()
    if (!this.op(')')) return null
    let returns: ast.Expr | null = null
    const m = this.pos
    if (this.op('->')) {
      returns = this.expression()
      if (!returns) this.pos = m
    }
    this.checkIndentedBlock('function definition', opener)
    this.expectForced(':')
    const body = this.block()
    if (!body) return null
    return {
      kind: isAsync ? 'AsyncFunctionDef' : 'FunctionDef',
      name: nameId(name),
      args,
      body,
      decorator_list: decorators,
      returns,
      type_comment: null,
      ...this.span(start),
    }
  }

  protected ifStatement(keyword: 'if' | 'elif'): ast.Stmt | null {
    const start = this.pos
    const opener = this.next()
    const test = this.namedExpression()
    if (!test) return null
    if (this.callInvalidRules) {
      if (this.isType('NEWLINE')) this.raiseHere("expected ':'")
      this.checkIndentedBlock(`'${keyword}' statement`, opener)
    }
    if (!this.op(':')) return null
    const body = this.block()
    if (!body) return null
    if (this.isKeyword('elif')) {
      const elif = this.attempt(() => this.ifStatement('elif'))
      if (elif) return { kind: 'If', test, body, orelse: [elif], ...this.span(start) }
    }
    const orelse = this.elseBlock() ?? []
    return { kind: 'If', test, body, orelse, ...this.span(start) }
  }

  protected elseBlock(): ast.Stmt[] | null {
    return this.attempt(() => {
      if (!this.isKeyword('else')) return null
      const opener = this.next()
      this.checkIndentedBlock("'else' statement", opener)
      this.expectForced(':')
      return this.block()
    })
  }

  protected whileStatement(): ast.Stmt | null {
    const start = this.pos
    const opener = this.next()
    const test = this.namedExpression()
    if (!test) return null
    if (this.callInvalidRules) {
      if (this.isType('NEWLINE')) this.raiseHere("expected ':'")
      this.checkIndentedBlock("'while' statement", opener)
    }
    if (!this.op(':')) return null
    const body = this.block()
    if (!body) return null
    const orelse = this.elseBlock() ?? []
    return { kind: 'While', test, body, orelse, ...this.span(start) }
  }

  protected forStatement(): ast.Stmt | null {
    const start = this.pos
    const isAsync = !!this.keyword('async')
    if (!this.isKeyword('for')) return null
    const opener = this.next()
    if (this.callInvalidRules) this.invalidForStatement(opener)
    const afterFor = this.pos
    const target = this.starTargets()
    if (target && this.keyword('in')) {
      // The cut after 'in': once here, the statement is this or nothing.
      const iter = this.starExpressions()
      if (!iter || !this.op(':')) return null
      const body = this.block()
      if (!body) return null
      const orelse = this.elseBlock() ?? []
      return {
        kind: isAsync ? 'AsyncFor' : 'For',
        target,
        iter,
        body,
        orelse,
        type_comment: null,
        ...this.span(start),
      }
    }
    if (this.callInvalidRules) {
      this.pos = afterFor
      const e = this.starExpressions()
      if (e) this.raiseInvalidTarget('for', e)
    }
    return null
  }

  protected invalidForStatement(opener: Token): void {
    const m = this.pos
    if (this.starTargets() && this.keyword('in') && this.starExpressions()) {
      if (this.isType('NEWLINE')) this.raiseHere("expected ':'")
      this.checkIndentedBlock("'for' statement", opener)
    }
    this.pos = m
  }

  protected withStatement(): ast.Stmt | null {
    const start = this.pos
    const isAsync = !!this.keyword('async')
    if (!this.isKeyword('with')) return null
    const opener = this.next()
    const afterWith = this.pos
    if (this.callInvalidRules) this.invalidWithStatement(opener, afterWith)
    if (this.op('(')) {
      const items = this.withItems()
      if (items) {
        this.op(',')
        if (this.op(')') && this.op(':')) {
          const body = this.block()
          if (body) return this.withNode(isAsync, items, body, start)
        }
      }
      this.pos = afterWith
    }
    const items = this.withItems()
    if (items && this.op(':')) {
      const body = this.block()
      if (body) return this.withNode(isAsync, items, body, start)
    }
    return null
  }

  protected invalidWithStatement(opener: Token, afterWith: number): void {
    const loose = (): boolean => {
      for (;;) {
        if (!this.expression()) return false
        const m = this.pos
        if (this.keyword('as') && !this.starTarget()) this.pos = m
        if (!this.op(',')) return true
      }
    }
    for (const parenthesized of [false, true]) {
      this.pos = afterWith
      if (parenthesized) {
        if (!this.op('(')) continue
        if (!loose()) continue
        this.op(',')
        if (!this.op(')')) continue
      } else if (!loose()) continue
      if (this.isType('NEWLINE')) this.raiseHere("expected ':'")
      this.checkIndentedBlock("'with' statement", opener)
    }
    this.pos = afterWith
  }

  protected withNode(isAsync: boolean, items: ast.WithItem[], body: ast.Stmt[], start: number): ast.Stmt {
    return isAsync
      ? { kind: 'AsyncWith', items, body, type_comment: null, ...this.span(start) }
      : { kind: 'With', items, body, type_comment: null, ...this.span(start) }
  }

  protected withItems(): ast.WithItem[] | null {
    const items: ast.WithItem[] = []
    for (;;) {
      const item = this.withItem()
      if (!item) break
      items.push(item)
      if (!(this.isOp(',') && this.lookahead(() => (this.next(), this.withItem())))) break
      this.next()
    }
    return items.length ? items : null
  }

  protected withItem(): ast.WithItem | null {
    const e = this.expression()
    if (!e) return null
    const m = this.pos
    if (this.keyword('as')) {
      const t = this.starTarget()
      if (t && (this.isOp(',') || this.isOp(')') || this.isOp(':'))) {
        return { kind: 'withitem', context_expr: e, optional_vars: t }
      }
      if (this.callInvalidRules) {
        this.pos = m + 1
        const bad = this.expression()
        if (bad && (this.isOp(',') || this.isOp(')') || this.isOp(':'))) this.raiseInvalidTarget('star', bad)
      }
      this.pos = m
    }
    return { kind: 'withitem', context_expr: e, optional_vars: null }
  }

  protected tryStatement(): ast.Stmt | null {
    const start = this.pos
    const opener = this.next()
    this.checkIndentedBlock("'try' statement", opener)
    this.expectForced(':')
    const body = this.block()
    if (!body) return null
    if (this.callInvalidRules) this.invalidTryStatement()
    const handlers: ast.ExceptHandler[] = []
    let star: boolean | null = null
    for (;;) {
      const h = this.exceptBlock(star)
      if (!h) break
      star = h.star
      handlers.push(h.handler)
    }
    const orelse = handlers.length ? (this.elseBlock() ?? []) : []
    const finalbody = this.finallyBlock()
    if (!handlers.length && !finalbody) return null
    const fields = { body, handlers, orelse, finalbody: finalbody ?? [], ...this.span(start) }
    return star ? { kind: 'TryStar', ...fields } : { kind: 'Try', ...fields }
  }

  protected invalidTryStatement(): void {
    if (!this.isKeyword('except') && !this.isKeyword('finally')) this.raiseHere("expected 'except' or 'finally' block")
    const m = this.pos
    const message = "cannot have both 'except' and 'except*' on the same 'try'"
    if (this.exceptBlocks(false) && this.isKeyword('except') && this.isOp('*', 1)) {
      this.raiseRange(message, tokenSpan(this.peek()), tokenSpan(this.peek(1)))
    }
    this.pos = m
    if (this.exceptBlocks(true) && this.isKeyword('except')) {
      const a = this.next()
      if (this.expression()) {
        const n = this.pos
        if (!(this.keyword('as') && this.name())) this.pos = n
      }
      if (this.isOp(':')) this.raiseKnown(message, tokenSpan(a))
    }
    this.pos = m
  }

  /** How many consecutive handlers of one kind (`except` or `except*`) follow. */
  protected exceptBlocks(star: boolean): number {
    let count = 0
    while (this.exceptBlock(star)) count++
    return count
  }

  protected exceptBlock(star: boolean | null): { handler: ast.ExceptHandler; star: boolean } | null {
    return this.attempt(() => {
      if (!this.isKeyword('except')) return null
      const start = this.pos
      const opener = this.next()
      const isStar = !!this.op('*')
      if (star !== null && star !== isStar) return null
      if (this.callInvalidRules) this.invalidExceptStatement(opener, isStar)
      let type: ast.Expr | null = null
      let name: string | null = null
      if (!this.isOp(':')) {
        type = this.expression()
        if (!type) return null
        const m = this.pos
        if (this.keyword('as')) {
          const n = this.name()
          if (n) name = nameId(n)
          else this.pos = m
        }
      } else if (isStar) return null
      if (!this.op(':')) return null
      const body = this.block()
      if (!body) return null
      return { handler: { kind: 'ExceptHandler', type, name, body, ...this.span(start) }, star: isStar }
    })
  }

  protected invalidExceptStatement(opener: Token, isStar: boolean): void {
    const m = this.pos
    const what = isStar ? "'except*' statement" : "'except' statement"
    if (this.isOp(':')) {
      this.checkIndentedBlock(what, opener)
      return
    }
    if (this.isType('NEWLINE')) this.raiseHere("expected ':'")
    const a = this.expression()
    if (a) {
      const afterType = this.pos
      if (this.op(',') && this.expressions()) {
        const n = this.pos
        if (!(this.keyword('as') && this.name())) this.pos = n
        if (this.isOp(':')) this.raiseStartingFrom('multiple exception types must be parenthesized', a)
      }
      this.pos = afterType
      const n = this.pos
      if (!(this.keyword('as') && this.name())) this.pos = n
      if (this.isType('NEWLINE')) this.raiseHere("expected ':'")
      this.checkIndentedBlock(what, opener)
    }
    this.pos = m
  }

  protected finallyBlock(): ast.Stmt[] | null {
    return this.attempt(() => {
      if (!this.isKeyword('finally')) return null
      const opener = this.next()
      this.checkIndentedBlock("'finally' statement", opener)
      this.expectForced(':')
      return this.block()
    })
  }
}
