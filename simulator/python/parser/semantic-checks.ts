// The SyntaxErrors CPython raises after parsing: first its symbol table (`Python/symtable.c`: global/nonlocal
// misuse, duplicate parameters, `yield` in comprehensions), then its compiler (`Python/compile.c`: `return`/`break`/
// `continue`/`await`/`yield` out of place, starred targets, repeated keywords). Same order, same locations.

import type * as ast from '../ast/nodes'
import type { SourceText } from './source-text'
import { PythonSyntaxError } from './syntax-error'

export function checkModule(module: ast.Module, source: SourceText): void {
  const fail = (msg: string, at: ast.Position): never => {
    throw new PythonSyntaxError({
      type: 'SyntaxError',
      msg,
      lineno: at.lineno,
      offset: source.byteColumn(at.lineno, at.col_offset) + 1,
      end_lineno: at.end_lineno,
      end_offset: source.byteColumn(at.end_lineno, at.end_col_offset) + 1,
      text: source.errorText(at.lineno),
    })
  }
  const root = new SymbolTableBuilder(fail).build(module)
  analyzeNonlocals(root, null, fail)
  new CompilerChecks(fail).module(module)
}

type Fail = (msg: string, at: ast.Position) => never

const PARAM = 1
const LOCAL = 2
const USE = 4
const GLOBAL = 8
const NONLOCAL = 16
const ANNOT = 32
const IMPORT = 64

type ScopeKind = 'module' | 'function' | 'class' | 'comprehension'

interface Scope {
  kind: ScopeKind
  /** ListComp, SetComp, DictComp or GeneratorExp for comprehension scopes. */
  comprehension: string | null
  symbols: Map<string, number>
  directives: Map<string, ast.Position>
  children: Scope[]
  parent: Scope | null
}

function newScope(kind: ScopeKind, parent: Scope | null, comprehension: string | null = null): Scope {
  return { kind, comprehension, symbols: new Map(), directives: new Map(), children: [], parent }
}

const COMPREHENSION_NAMES: Record<string, string> = {
  ListComp: 'list comprehension',
  SetComp: 'set comprehension',
  DictComp: 'dict comprehension',
  GeneratorExp: 'generator expression',
}

class SymbolTableBuilder {
  private scope = newScope('module', null)

  constructor(private readonly fail: Fail) {}

  build(module: ast.Module): Scope {
    const root = this.scope
    this.stmts(module.body)
    return root
  }

  private addDef(name: string, flag: number, at: ast.Position | null): void {
    const cur = this.scope.symbols.get(name) ?? 0
    if (flag & PARAM && cur & PARAM && at) this.fail(`duplicate argument '${name}' in function definition`, at)
    this.scope.symbols.set(name, cur | flag)
  }

  private enter(scope: Scope, body: () => void): void {
    const saved = this.scope
    saved.children.push(scope)
    this.scope = scope
    body()
    this.scope = saved
  }

  private stmts(list: ast.Stmt[]): void {
    for (const s of list) this.stmt(s)
  }

  private exprs(list: (ast.Expr | null)[]): void {
    for (const e of list) if (e) this.expr(e)
  }

  private stmt(s: ast.Stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.addDef(s.name, LOCAL, s)
        this.exprs(s.args.defaults)
        this.exprs(s.args.kw_defaults)
        this.annotations(s.args, s.returns)
        this.exprs(s.decorator_list)
        this.enter(newScope('function', this.scope), () => {
          this.parameters(s.args)
          this.stmts(s.body)
        })
        return
      case 'ClassDef':
        this.addDef(s.name, LOCAL, s)
        this.exprs(s.bases)
        this.exprs(s.keywords.map((k) => k.value))
        this.exprs(s.decorator_list)
        this.enter(newScope('class', this.scope), () => this.stmts(s.body))
        return
      case 'Return':
        if (s.value) this.expr(s.value)
        return
      case 'Delete':
        this.exprs(s.targets)
        return
      case 'Assign':
        this.exprs(s.targets)
        this.expr(s.value)
        return
      case 'AnnAssign':
        if (s.target.kind === 'Name') {
          const cur = this.scope.symbols.get(s.target.id) ?? 0
          if (cur & (GLOBAL | NONLOCAL) && this.scope.directives.has(s.target.id) && s.simple) {
            const which = cur & GLOBAL ? 'global' : 'nonlocal'
            this.fail(`annotated name '${s.target.id}' can't be ${which}`, s)
          }
          this.addDef(s.target.id, s.simple ? ANNOT | LOCAL : LOCAL, s.target)
        } else this.expr(s.target)
        this.expr(s.annotation)
        if (s.value) this.expr(s.value)
        return
      case 'AugAssign':
        this.expr(s.target)
        this.expr(s.value)
        return
      case 'For':
      case 'AsyncFor':
        this.expr(s.target)
        this.expr(s.iter)
        this.stmts(s.body)
        this.stmts(s.orelse)
        return
      case 'While':
      case 'If':
        this.expr(s.test)
        this.stmts(s.body)
        this.stmts(s.orelse)
        return
      case 'Match':
        this.expr(s.subject)
        for (const c of s.cases) {
          this.pattern(c.pattern)
          if (c.guard) this.expr(c.guard)
          this.stmts(c.body)
        }
        return
      case 'Raise':
        this.exprs([s.exc, s.cause])
        return
      case 'Try':
      case 'TryStar':
        this.stmts(s.body)
        this.stmts(s.orelse)
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type)
          if (h.name) this.addDef(h.name, LOCAL, h)
          this.stmts(h.body)
        }
        this.stmts(s.finalbody)
        return
      case 'Assert':
        this.exprs([s.test, s.msg])
        return
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.scope.kind !== 'module') this.fail('import * only allowed at module level', s)
            continue
          }
          this.addDef(a.asname ?? a.name.split('.')[0], IMPORT, a)
        }
        return
      case 'Global':
      case 'Nonlocal':
        this.declaration(s)
        return
      case 'Expr':
        this.expr(s.value)
        return
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) this.exprs([item.context_expr, item.optional_vars])
        this.stmts(s.body)
        return
      case 'Pass':
      case 'Break':
      case 'Continue':
        return
    }
  }

  private declaration(s: ast.Global | ast.Nonlocal): void {
    const which = s.kind === 'Global' ? 'global' : 'nonlocal'
    for (const name of s.names) {
      const cur = this.scope.symbols.get(name) ?? 0
      if (cur & (PARAM | LOCAL | USE | ANNOT)) {
        if (cur & PARAM) this.fail(`name '${name}' is parameter and ${which}`, s)
        if (cur & USE) this.fail(`name '${name}' is used prior to ${which} declaration`, s)
        if (cur & ANNOT) this.fail(`annotated name '${name}' can't be ${which}`, s)
        this.fail(`name '${name}' is assigned to before ${which} declaration`, s)
      }
      this.addDef(name, s.kind === 'Global' ? GLOBAL : NONLOCAL, null)
      if (!this.scope.directives.has(name)) this.scope.directives.set(name, s)
    }
  }

  private annotations(args: ast.Arguments, returns: ast.Expr | null): void {
    this.exprs(argumentAnnotations(args))
    if (returns) this.expr(returns)
  }

  private parameters(args: ast.Arguments): void {
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) this.addDef(a.arg, PARAM, a)
    if (args.vararg) this.addDef(args.vararg.arg, PARAM, args.vararg)
    if (args.kwarg) this.addDef(args.kwarg.arg, PARAM, args.kwarg)
  }

  private pattern(p: ast.Pattern): void {
    switch (p.kind) {
      case 'MatchValue':
        this.expr(p.value)
        return
      case 'MatchSingleton':
        return
      case 'MatchSequence':
      case 'MatchOr':
        for (const sub of p.patterns) this.pattern(sub)
        return
      case 'MatchMapping':
        this.exprs(p.keys)
        for (const sub of p.patterns) this.pattern(sub)
        if (p.rest) this.addDef(p.rest, LOCAL, p)
        return
      case 'MatchClass':
        this.expr(p.cls)
        for (const sub of [...p.patterns, ...p.kwd_patterns]) this.pattern(sub)
        return
      case 'MatchStar':
        if (p.name) this.addDef(p.name, LOCAL, p)
        return
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern)
        if (p.name) this.addDef(p.name, LOCAL, p)
        return
    }
  }

  private expr(e: ast.Expr): void {
    switch (e.kind) {
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : LOCAL, e)
        return
      case 'NamedExpr': {
        const saved = this.scope
        this.expr(e.value)
        this.scope = this.enclosingNonComprehension()
        this.addDef(e.target.id, LOCAL, e.target)
        this.scope = saved
        return
      }
      case 'Lambda':
        this.exprs(e.args.defaults)
        this.exprs(e.args.kw_defaults)
        this.enter(newScope('function', this.scope), () => {
          this.parameters(e.args)
          this.expr(e.body)
        })
        return
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.comprehension(e.kind, e.generators, [e.elt])
        return
      case 'DictComp':
        this.comprehension(e.kind, e.generators, [e.key, e.value])
        return
      case 'Yield':
      case 'YieldFrom':
        if (this.scope.comprehension) this.fail(`'yield' inside ${COMPREHENSION_NAMES[this.scope.comprehension]}`, e)
        if (e.value) this.expr(e.value)
        return
      default:
        for (const child of childExpressions(e)) this.expr(child)
    }
  }

  private enclosingNonComprehension(): Scope {
    let found = this.scope
    while (found.kind === 'comprehension' && found.parent) found = found.parent
    return found
  }

  private comprehension(kind: string, generators: ast.Comprehension[], elements: ast.Expr[]): void {
    this.expr(generators[0].iter)
    this.enter(newScope('comprehension', this.scope, kind), () => {
      generators.forEach((g, i) => {
        this.expr(g.target)
        if (i > 0) this.expr(g.iter)
        this.exprs(g.ifs)
      })
      this.exprs(elements)
    })
  }
}

function argumentAnnotations(args: ast.Arguments): (ast.Expr | null)[] {
  const all = [...args.posonlyargs, ...args.args, ...args.kwonlyargs]
  if (args.vararg) all.push(args.vararg)
  if (args.kwarg) all.push(args.kwarg)
  return all.map((a) => a.annotation)
}

/** Sub-expressions of an expression in CPython's visiting order, for node kinds without special handling. */
function childExpressions(e: ast.Expr): ast.Expr[] {
  switch (e.kind) {
    case 'BoolOp':
      return e.values
    case 'BinOp':
      return [e.left, e.right]
    case 'UnaryOp':
      return [e.operand]
    case 'IfExp':
      return [e.test, e.body, e.orelse]
    case 'Dict':
      return [...e.keys.filter((k): k is ast.Expr => k !== null), ...e.values]
    case 'Set':
    case 'List':
    case 'Tuple':
      return e.elts
    case 'Await':
      return [e.value]
    case 'Compare':
      return [e.left, ...e.comparators]
    case 'Call':
      return [e.func, ...e.args, ...e.keywords.map((k) => k.value)]
    case 'FormattedValue':
      return e.format_spec ? [e.value, e.format_spec] : [e.value]
    case 'JoinedStr':
      return e.values
    case 'Attribute':
    case 'Starred':
      return [e.value]
    case 'Subscript':
      return [e.value, e.slice]
    case 'Slice':
      return [e.lower, e.upper, e.step].filter((x): x is ast.Expr => x !== null)
    default:
      return []
  }
}

/** The analysis pass: every `nonlocal` must name a binding of an enclosing function. */
function analyzeNonlocals(scope: Scope, bound: Set<string> | null, fail: Fail): void {
  for (const [name, flags] of scope.symbols) {
    if (!(flags & NONLOCAL)) continue
    const at = scope.directives.get(name)
    if (!at) continue
    if (flags & GLOBAL) fail(`name '${name}' is nonlocal and global`, at)
    if (!bound) fail('nonlocal declaration not allowed at module level', at)
    if (!bound.has(name)) fail(`no binding for nonlocal '${name}' found`, at)
  }
  const childBound = new Set(bound ?? [])
  if (scope.kind === 'function' || scope.kind === 'comprehension') {
    for (const [name, flags] of scope.symbols) {
      if (flags & (LOCAL | PARAM | IMPORT) && !(flags & (GLOBAL | NONLOCAL))) childBound.add(name)
    }
  }
  for (const child of scope.children)
    analyzeNonlocals(child, scope.kind === 'class' ? (bound ?? new Set()) : childBound, fail)
}

interface CompileContext {
  inFunction: boolean
  isAsync: boolean
  inLoop: boolean
  inComprehension: boolean
  /** An `async def` whose body yields: an async generator, where `return value` is not allowed. */
  isAsyncGenerator: boolean
}

const MODULE_CONTEXT: CompileContext = {
  inFunction: false,
  isAsync: false,
  inLoop: false,
  inComprehension: false,
  isAsyncGenerator: false,
}

class CompilerChecks {
  private ctx: CompileContext = MODULE_CONTEXT

  constructor(private readonly fail: Fail) {}

  module(m: ast.Module): void {
    this.stmts(m.body)
  }

  private nested(ctx: CompileContext, body: () => void): void {
    const saved = this.ctx
    this.ctx = ctx
    body()
    this.ctx = saved
  }

  private stmts(list: ast.Stmt[]): void {
    for (const s of list) this.stmt(s)
  }

  private exprs(list: (ast.Expr | null)[]): void {
    for (const e of list) if (e) this.expr(e)
  }

  private loopBody(body: ast.Stmt[]): void {
    this.nested({ ...this.ctx, inLoop: true }, () => this.stmts(body))
  }

  private stmt(s: ast.Stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.exprs(s.decorator_list)
        this.exprs(s.args.defaults)
        this.exprs(s.args.kw_defaults)
        // `*args: *Ts` (PEP 646) is the one place a starred annotation is allowed.
        this.exprs(argumentAnnotations(s.args).map((a) => (a?.kind === 'Starred' ? a.value : a)))
        if (s.returns) this.expr(s.returns)
        this.nested(
          {
            ...MODULE_CONTEXT,
            inFunction: true,
            isAsync: s.kind === 'AsyncFunctionDef',
            isAsyncGenerator: s.kind === 'AsyncFunctionDef' && containsYield(s.body),
          },
          () => this.stmts(s.body),
        )
        return
      case 'ClassDef':
        this.exprs(s.decorator_list)
        this.elements(s.bases)
        this.keywords(s.keywords)
        this.nested(MODULE_CONTEXT, () => this.stmts(s.body))
        return
      case 'Return':
        if (!this.ctx.inFunction) this.fail("'return' outside function", s)
        if (s.value && this.ctx.isAsyncGenerator) this.fail("'return' with value in async generator", s)
        if (s.value) this.expr(s.value)
        return
      case 'Delete':
        this.exprs(s.targets)
        return
      case 'Assign':
        this.expr(s.value)
        for (const t of s.targets) this.target(t)
        return
      case 'AugAssign':
        this.expr(s.target)
        this.expr(s.value)
        return
      case 'AnnAssign':
        if (s.value) this.expr(s.value)
        this.expr(s.target)
        // Annotations are evaluated only at module and class level.
        if (!this.ctx.inFunction) this.expr(s.annotation)
        return
      case 'For':
      case 'AsyncFor':
        if (s.kind === 'AsyncFor' && !this.ctx.isAsync) this.fail("'async for' outside async function", s)
        this.expr(s.iter)
        this.target(s.target)
        this.loopBody(s.body)
        this.stmts(s.orelse)
        return
      case 'While':
        this.expr(s.test)
        this.loopBody(s.body)
        this.stmts(s.orelse)
        return
      case 'If':
        this.expr(s.test)
        this.stmts(s.body)
        this.stmts(s.orelse)
        return
      case 'With':
      case 'AsyncWith':
        if (s.kind === 'AsyncWith' && !this.ctx.isAsync) this.fail("'async with' outside async function", s)
        for (const item of s.items) {
          this.expr(item.context_expr)
          if (item.optional_vars) this.target(item.optional_vars)
        }
        this.stmts(s.body)
        return
      case 'Match':
        this.expr(s.subject)
        s.cases.forEach((c, i) => {
          this.pattern(c.pattern, c.guard !== null || i === s.cases.length - 1)
          if (c.guard) this.expr(c.guard)
          this.stmts(c.body)
        })
        return
      case 'Raise':
        this.exprs([s.exc, s.cause])
        return
      case 'Try':
      case 'TryStar':
        this.stmts(s.body)
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type)
          this.stmts(h.body)
        }
        this.stmts(s.orelse)
        this.stmts(s.finalbody)
        return
      case 'Assert':
        this.exprs([s.test, s.msg])
        return
      case 'Expr':
        this.expr(s.value)
        return
      case 'Break':
        if (!this.ctx.inLoop) this.fail("'break' outside loop", s)
        return
      case 'Continue':
        if (!this.ctx.inLoop) this.fail("'continue' not properly in loop", s)
        return
      default:
        return
    }
  }

  /** Irrefutable patterns must come last (or be guarded): `compiler_pattern_as`/`compiler_pattern_or`. */
  private pattern(p: ast.Pattern, allowIrrefutable: boolean): void {
    switch (p.kind) {
      case 'MatchAs':
        if (p.pattern) return this.pattern(p.pattern, allowIrrefutable)
        if (!allowIrrefutable) {
          if (p.name) this.fail(`name capture '${p.name}' makes remaining patterns unreachable`, p)
          this.fail('wildcard makes remaining patterns unreachable', p)
        }
        return
      case 'MatchOr': {
        const names = boundNames(p.patterns[0])
        p.patterns.forEach((alt, i) => {
          this.pattern(alt, i === p.patterns.length - 1 && allowIrrefutable)
          const altNames = boundNames(alt)
          if (altNames.size !== names.size || [...altNames].some((n) => !names.has(n))) {
            this.fail('alternative patterns bind different names', lastCompiledPattern(alt))
          }
        })
        return
      }
      case 'MatchSequence':
        if (p.patterns.filter((sub) => sub.kind === 'MatchStar').length > 1) {
          this.fail('multiple starred names in sequence pattern', p)
        }
        for (const sub of p.patterns) this.pattern(sub, true)
        return
      case 'MatchMapping':
        for (const sub of p.patterns) this.pattern(sub, true)
        return
      case 'MatchClass':
        for (const sub of [...p.patterns, ...p.kwd_patterns]) this.pattern(sub, true)
        return
      default:
        return
    }
  }

  /** An assignment target: starred rules of `compiler_assign`/`unpack_helper`. */
  private target(t: ast.Expr): void {
    if (t.kind === 'Starred') this.fail('starred assignment target must be in a list or tuple', t)
    if (t.kind === 'List' || t.kind === 'Tuple') {
      const stars = t.elts.filter((e) => e.kind === 'Starred')
      if (stars.length > 1) this.fail('multiple starred expressions in assignment', t)
      for (const e of t.elts) this.target(e.kind === 'Starred' ? e.value : e)
      return
    }
    this.expr(t)
  }

  private keywords(keywords: ast.Keyword[]): void {
    const seen = new Set<string>()
    for (const k of keywords) {
      if (k.arg !== null) {
        if (seen.has(k.arg)) this.fail(`keyword argument repeated: ${k.arg}`, k)
        seen.add(k.arg)
      }
    }
    for (const k of keywords) this.expr(k.value)
  }

  private elements(elts: ast.Expr[]): void {
    for (const e of elts) this.expr(e.kind === 'Starred' ? e.value : e)
  }

  private expr(e: ast.Expr): void {
    switch (e.kind) {
      case 'Starred':
        this.fail("can't use starred expression here", e)
        return
      case 'List':
      case 'Tuple':
      case 'Set':
        this.elements(e.elts)
        return
      case 'Call':
        this.expr(e.func)
        this.keywords(e.keywords)
        this.elements(e.args)
        return
      case 'Lambda':
        this.exprs(e.args.defaults)
        this.exprs(e.args.kw_defaults)
        this.nested({ ...MODULE_CONTEXT, inFunction: true }, () => this.expr(e.body))
        return
      case 'Await':
        if (!this.ctx.inFunction) this.fail("'await' outside function", e)
        if (!this.ctx.isAsync && !this.ctx.inComprehension) this.fail("'await' outside async function", e)
        this.expr(e.value)
        return
      case 'Yield':
      case 'YieldFrom':
        if (!this.ctx.inFunction) this.fail("'yield' outside function", e)
        if (e.kind === 'YieldFrom' && this.ctx.isAsync) this.fail("'yield from' inside async function", e)
        if (e.value) this.expr(e.value)
        return
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp': {
        const generators = e.generators
        const outsideAsync = !this.ctx.isAsync && !this.ctx.inComprehension
        if (e.kind !== 'GeneratorExp' && outsideAsync && isAsyncComprehension(e)) {
          this.fail('asynchronous comprehension outside of an asynchronous function', e)
        }
        this.expr(generators[0].iter)
        this.nested({ ...MODULE_CONTEXT, inFunction: true, isAsync: this.ctx.isAsync, inComprehension: true }, () => {
          generators.forEach((g, i) => {
            if (i > 0) this.expr(g.iter)
            this.exprs(g.ifs)
          })
          if (e.kind === 'DictComp') this.exprs([e.key, e.value])
          else this.expr(e.elt)
        })
        return
      }
      case 'Dict':
        this.exprs(e.keys)
        this.exprs(e.values)
        return
      default:
        for (const child of childExpressions(e)) this.expr(child)
    }
  }
}

/** Whether a function body yields, not counting nested functions, lambdas and classes. */
function containsYield(body: ast.Stmt[]): boolean {
  return someNode(body, (n) => n.kind === 'Yield' || n.kind === 'YieldFrom')
}

/** A comprehension is asynchronous when it has `async for` or awaits (outside nested functions). */
function isAsyncComprehension(e: ast.ListComp | ast.SetComp | ast.DictComp): boolean {
  if (e.generators.some((g) => g.is_async)) return true
  const inner = [
    e.kind === 'DictComp' ? [e.key, e.value] : [e.elt],
    e.generators.slice(1).map((g) => g.iter),
    e.generators.map((g) => g.ifs),
  ]
  return someNode(inner, (n) => n.kind === 'Await')
}

const SCOPE_KINDS = new Set(['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Lambda'])

/** Searches nodes, not descending into nested function, lambda or class scopes. */
function someNode(root: unknown, test: (node: ast.Node) => boolean): boolean {
  if (Array.isArray(root)) return root.some((item) => someNode(item, test))
  if (root === null || typeof root !== 'object' || !('kind' in root)) return false
  const node = root as ast.Node
  if (test(node)) return true
  if (SCOPE_KINDS.has(node.kind)) return false
  return Object.values(node).some((value) => typeof value === 'object' && someNode(value, test))
}

function boundNames(p: ast.Pattern, into = new Set<string>()): Set<string> {
  switch (p.kind) {
    case 'MatchAs':
      if (p.pattern) boundNames(p.pattern, into)
      if (p.name) into.add(p.name)
      break
    case 'MatchStar':
      if (p.name) into.add(p.name)
      break
    case 'MatchMapping':
      for (const sub of p.patterns) boundNames(sub, into)
      if (p.rest) into.add(p.rest)
      break
    case 'MatchSequence':
    case 'MatchOr':
      for (const sub of p.patterns) boundNames(sub, into)
      break
    case 'MatchClass':
      for (const sub of [...p.patterns, ...p.kwd_patterns]) boundNames(sub, into)
      break
  }
  return into
}

/** The compiler reports errors at the location of the pattern it compiled last. */
function lastCompiledPattern(p: ast.Pattern): ast.Pattern {
  switch (p.kind) {
    case 'MatchAs':
      return p.pattern ? lastCompiledPattern(p.pattern) : p
    case 'MatchSequence':
    case 'MatchOr':
    case 'MatchMapping':
      return p.patterns.length ? lastCompiledPattern(p.patterns[p.patterns.length - 1]) : p
    case 'MatchClass': {
      const subs = [...p.patterns, ...p.kwd_patterns]
      return subs.length ? lastCompiledPattern(subs[subs.length - 1]) : p
    }
    default:
      return p
  }
}
