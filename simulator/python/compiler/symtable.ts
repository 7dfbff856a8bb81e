// Name resolution, as CPython's symtable.c does it: one pass records what each scope binds and uses, a second
// decides for every name whether it is local, global, free (closed over) or a cell (captured by an inner scope).
import type * as ast from '../ast/nodes'

export const enum Def {
  LOCAL = 1,
  GLOBAL = 2,
  NONLOCAL = 4,
  PARAM = 8,
  USE = 16,
  FREE_CLASS = 32,
  IMPORT = 64,
  COMP_ITER = 128,
}

export const enum Resolved {
  LOCAL = 1,
  GLOBAL_EXPLICIT,
  GLOBAL_IMPLICIT,
  FREE,
  CELL,
}

export type ScopeKind = 'module' | 'class' | 'function'

export class Scope {
  readonly symbols = new Map<string, number>()
  readonly resolved = new Map<string, Resolved>()
  readonly children: Scope[] = []
  readonly params: string[] = []
  isGenerator = false
  isCoroutine = false
  isComprehension = false
  isLambda = false
  hasVarargs = false
  hasVarkw = false
  /** Set on a class scope whose methods need `__class__` (for `super()`): its body provides the cell. */
  providesClassCell = false

  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly node: ast.Node,
    readonly parent: Scope | null,
  ) {}

  flags(name: string): number {
    return this.symbols.get(name) ?? 0
  }

  add(name: string, flag: number): void {
    this.symbols.set(name, this.flags(name) | flag)
  }

  /** How code in this scope reaches `name`. */
  scopeOf(name: string): Resolved {
    return this.resolved.get(name) ?? Resolved.GLOBAL_IMPLICIT
  }

  /** Cell variables, sorted by name as CPython orders them; a class with `super()` users adds `__class__`. */
  cellVars(): string[] {
    const cells = [...this.resolved].filter(([, r]) => r === Resolved.CELL).map(([n]) => n)
    if (this.providesClassCell) cells.push('__class__')
    return cells.sort()
  }

  /** Free variables, sorted; a class also passes down names its methods close over (FREE_CLASS). */
  freeVars(): string[] {
    return [...this.symbols.keys()]
      .filter((n) => this.resolved.get(n) === Resolved.FREE || this.flags(n) & Def.FREE_CLASS)
      .sort()
  }
}

export interface SymbolTable {
  top: Scope
  scopeOf(node: ast.Node): Scope
}

export function buildSymbolTable(module: ast.Module): SymbolTable {
  const byNode = new Map<ast.Node, Scope>()
  const top = new Scope('module', 'top', module, null)
  byNode.set(module, top)
  new Collector(byNode).visitBody(module.body, top)
  analyze(top, null, new Set(), new Set())
  return {
    top,
    scopeOf: (node) => {
      const scope = byNode.get(node)
      if (!scope) throw new Error('compiler: no scope for node')
      return scope
    },
  }
}

class Collector {
  constructor(private readonly byNode: Map<ast.Node, Scope>) {}

  private child(kind: ScopeKind, name: string, node: ast.Node, parent: Scope): Scope {
    const scope = new Scope(kind, name, node, parent)
    parent.children.push(scope)
    this.byNode.set(node, scope)
    return scope
  }

  visitBody(body: ast.Stmt[], scope: Scope): void {
    for (const stmt of body) this.stmt(stmt, scope)
  }

  private bind(name: string, scope: Scope, flag: number = Def.LOCAL): void {
    scope.add(name, flag)
  }

  private use(name: string, scope: Scope): void {
    scope.add(name, Def.USE)
    // `super()` needs the class it was defined in: CPython makes `__class__` a free name of the method.
    if (name === 'super' && scope.kind === 'function') scope.add('__class__', Def.USE)
  }

  private args(args: ast.Arguments, scope: Scope): void {
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) {
      scope.params.push(a.arg)
      this.bind(a.arg, scope, Def.PARAM)
    }
    // *args and **kwargs take the slots after the others, also when a closure makes them cells.
    if (args.vararg) {
      scope.hasVarargs = true
      scope.params.push(args.vararg.arg)
      this.bind(args.vararg.arg, scope, Def.PARAM)
    }
    if (args.kwarg) {
      scope.hasVarkw = true
      scope.params.push(args.kwarg.arg)
      this.bind(args.kwarg.arg, scope, Def.PARAM)
    }
  }

  private argDefaultsAndAnnotations(args: ast.Arguments, scope: Scope): void {
    for (const d of args.defaults) this.expr(d, scope)
    for (const d of args.kw_defaults) if (d) this.expr(d, scope)
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs, args.vararg, args.kwarg]) {
      if (a?.annotation) this.expr(a.annotation, scope)
    }
  }

  private stmt(s: ast.Stmt, scope: Scope): void {
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.bind(s.name, scope)
        for (const d of s.decorator_list) this.expr(d, scope)
        this.argDefaultsAndAnnotations(s.args, scope)
        if (s.returns) this.expr(s.returns, scope)
        const fn = this.child('function', s.name, s, scope)
        fn.isCoroutine = s.kind === 'AsyncFunctionDef'
        this.args(s.args, fn)
        this.visitBody(s.body, fn)
        return
      }
      case 'ClassDef': {
        this.bind(s.name, scope)
        for (const d of s.decorator_list) this.expr(d, scope)
        for (const b of s.bases) this.expr(b, scope)
        for (const k of s.keywords) this.expr(k.value, scope)
        const cls = this.child('class', s.name, s, scope)
        this.visitBody(s.body, cls)
        return
      }
      case 'Return':
        if (s.value) this.expr(s.value, scope)
        return
      case 'Delete':
        for (const t of s.targets) this.expr(t, scope)
        return
      case 'Assign':
        this.expr(s.value, scope)
        for (const t of s.targets) this.expr(t, scope)
        return
      case 'AugAssign':
        this.expr(s.target, scope)
        this.expr(s.value, scope)
        if (s.target.kind === 'Name') this.use(s.target.id, scope)
        return
      case 'AnnAssign':
        if (s.target.kind === 'Name') this.bind(s.target.id, scope)
        else this.expr(s.target, scope)
        if (scope.kind !== 'function' || s.target.kind !== 'Name') this.expr(s.annotation, scope)
        if (s.value) this.expr(s.value, scope)
        return
      case 'For':
      case 'AsyncFor':
        this.expr(s.target, scope)
        this.expr(s.iter, scope)
        this.visitBody(s.body, scope)
        this.visitBody(s.orelse, scope)
        return
      case 'While':
      case 'If':
        this.expr(s.test, scope)
        this.visitBody(s.body, scope)
        this.visitBody(s.orelse, scope)
        return
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.expr(item.context_expr, scope)
          if (item.optional_vars) this.expr(item.optional_vars, scope)
        }
        this.visitBody(s.body, scope)
        return
      case 'Match':
        this.expr(s.subject, scope)
        for (const c of s.cases) {
          this.pattern(c.pattern, scope)
          if (c.guard) this.expr(c.guard, scope)
          this.visitBody(c.body, scope)
        }
        return
      case 'Raise':
        if (s.exc) this.expr(s.exc, scope)
        if (s.cause) this.expr(s.cause, scope)
        return
      case 'Try':
      case 'TryStar':
        this.visitBody(s.body, scope)
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type, scope)
          if (h.name) this.bind(h.name, scope)
          this.visitBody(h.body, scope)
        }
        this.visitBody(s.orelse, scope)
        this.visitBody(s.finalbody, scope)
        return
      case 'Assert':
        this.expr(s.test, scope)
        if (s.msg) this.expr(s.msg, scope)
        return
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') continue
          const bound = a.asname ?? (s.kind === 'Import' ? a.name.split('.')[0] : a.name)
          this.bind(bound, scope, Def.LOCAL | Def.IMPORT)
        }
        return
      case 'Global':
        for (const n of s.names) scope.add(n, Def.GLOBAL)
        return
      case 'Nonlocal':
        for (const n of s.names) scope.add(n, Def.NONLOCAL)
        return
      case 'Expr':
        this.expr(s.value, scope)
        return
      case 'Pass':
      case 'Break':
      case 'Continue':
        return
    }
  }

  private pattern(p: ast.Pattern, scope: Scope): void {
    switch (p.kind) {
      case 'MatchValue':
        this.expr(p.value, scope)
        return
      case 'MatchSingleton':
        return
      case 'MatchSequence':
      case 'MatchOr':
        for (const q of p.patterns) this.pattern(q, scope)
        return
      case 'MatchMapping':
        for (const k of p.keys) this.expr(k, scope)
        for (const q of p.patterns) this.pattern(q, scope)
        if (p.rest) this.bind(p.rest, scope)
        return
      case 'MatchClass':
        this.expr(p.cls, scope)
        for (const q of [...p.patterns, ...p.kwd_patterns]) this.pattern(q, scope)
        return
      case 'MatchStar':
        if (p.name) this.bind(p.name, scope)
        return
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern, scope)
        if (p.name) this.bind(p.name, scope)
        return
    }
  }

  private comprehension(
    node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
    name: string,
    scope: Scope,
  ): void {
    const [first, ...rest] = node.generators
    this.expr(first.iter, scope)
    const comp = this.child('function', name, node, scope)
    comp.isComprehension = true
    comp.isGenerator = node.kind === 'GeneratorExp'
    comp.params.push('.0')
    comp.add('.0', Def.PARAM)
    if (first.is_async) comp.isCoroutine = true
    this.expr(first.target, comp)
    for (const cond of first.ifs) this.expr(cond, comp)
    for (const gen of rest) {
      if (gen.is_async) comp.isCoroutine = true
      this.expr(gen.iter, comp)
      this.expr(gen.target, comp)
      for (const cond of gen.ifs) this.expr(cond, comp)
    }
    if (node.kind === 'DictComp') {
      this.expr(node.key, comp)
      this.expr(node.value, comp)
    } else {
      this.expr(node.elt, comp)
    }
    // An asynchronous list/set/dict comprehension is awaited where it runs, making an enclosing one async too.
    if (comp.isCoroutine && !comp.isGenerator && scope.isComprehension) scope.isCoroutine = true
  }

  private expr(e: ast.Expr, scope: Scope): void {
    switch (e.kind) {
      case 'Name':
        if (e.ctx === 'Load') this.use(e.id, scope)
        else this.bind(e.id, scope)
        return
      case 'NamedExpr': {
        this.expr(e.value, scope)
        // A walrus inside a comprehension binds in the nearest enclosing non-comprehension scope.
        let target = scope
        while (target.isComprehension && target.parent) target = target.parent
        if (target !== scope) {
          target.add(e.target.id, Def.LOCAL)
          scope.add(e.target.id, Def.NONLOCAL | Def.USE)
          if (target.kind === 'module') scope.symbols.set(e.target.id, Def.GLOBAL | Def.USE)
        } else {
          this.bind(e.target.id, scope)
        }
        return
      }
      case 'BoolOp':
        for (const v of e.values) this.expr(v, scope)
        return
      case 'BinOp':
        this.expr(e.left, scope)
        this.expr(e.right, scope)
        return
      case 'UnaryOp':
        this.expr(e.operand, scope)
        return
      case 'Lambda': {
        this.argDefaultsAndAnnotations({ ...e.args, posonlyargs: [], args: [], kwonlyargs: [] }, scope)
        const fn = this.child('function', '<lambda>', e, scope)
        fn.isLambda = true
        this.args(e.args, fn)
        this.expr(e.body, fn)
        return
      }
      case 'IfExp':
        this.expr(e.test, scope)
        this.expr(e.body, scope)
        this.expr(e.orelse, scope)
        return
      case 'Dict':
        for (const k of e.keys) if (k) this.expr(k, scope)
        for (const v of e.values) this.expr(v, scope)
        return
      case 'Set':
      case 'List':
      case 'Tuple':
        for (const x of e.elts) this.expr(x, scope)
        return
      case 'ListComp':
        return this.comprehension(e, '<listcomp>', scope)
      case 'SetComp':
        return this.comprehension(e, '<setcomp>', scope)
      case 'DictComp':
        return this.comprehension(e, '<dictcomp>', scope)
      case 'GeneratorExp':
        return this.comprehension(e, '<genexpr>', scope)
      case 'Await':
        this.expr(e.value, scope)
        // An await makes a comprehension asynchronous (a genexpr becomes an async generator).
        if (scope.isComprehension) scope.isCoroutine = true
        return
      case 'Yield':
        scope.isGenerator = true
        if (e.value) this.expr(e.value, scope)
        return
      case 'YieldFrom':
        scope.isGenerator = true
        this.expr(e.value, scope)
        return
      case 'Compare':
        this.expr(e.left, scope)
        for (const c of e.comparators) this.expr(c, scope)
        return
      case 'Call':
        this.expr(e.func, scope)
        for (const a of e.args) this.expr(a, scope)
        for (const k of e.keywords) this.expr(k.value, scope)
        return
      case 'FormattedValue':
        this.expr(e.value, scope)
        if (e.format_spec) this.expr(e.format_spec, scope)
        return
      case 'JoinedStr':
        for (const v of e.values) this.expr(v, scope)
        return
      case 'Constant':
        return
      case 'Attribute':
        this.expr(e.value, scope)
        return
      case 'Subscript':
        this.expr(e.value, scope)
        this.expr(e.slice, scope)
        return
      case 'Starred':
        this.expr(e.value, scope)
        return
      case 'Slice':
        if (e.lower) this.expr(e.lower, scope)
        if (e.upper) this.expr(e.upper, scope)
        if (e.step) this.expr(e.step, scope)
        return
    }
  }
}

/**
 * Decides every name's scope as CPython's analyze_block does. `bound` holds names bound by enclosing function
 * scopes (null at module level), `global` names known global there; the free names this block and its children
 * need from outside are added to `free`.
 */
function analyze(scope: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
  const local = new Set<string>()
  const newGlobal = new Set<string>()
  const newBound = new Set<string>()
  const newFree = new Set<string>()
  if (scope.kind === 'class') {
    for (const n of global) newGlobal.add(n)
    if (bound) for (const n of bound) newBound.add(n)
  }
  for (const [name, flags] of scope.symbols) {
    if (flags & Def.GLOBAL) {
      scope.resolved.set(name, Resolved.GLOBAL_EXPLICIT)
      global.add(name)
      bound?.delete(name)
    } else if (flags & Def.NONLOCAL) {
      scope.resolved.set(name, Resolved.FREE)
      free.add(name)
    } else if (flags & (Def.LOCAL | Def.PARAM)) {
      scope.resolved.set(name, Resolved.LOCAL)
      local.add(name)
      global.delete(name)
    } else if (bound?.has(name)) {
      scope.resolved.set(name, Resolved.FREE)
      free.add(name)
    } else {
      scope.resolved.set(name, Resolved.GLOBAL_IMPLICIT)
    }
  }
  if (scope.kind !== 'class') {
    if (scope.kind === 'function') for (const n of local) newBound.add(n)
    if (bound) for (const n of bound) newBound.add(n)
    for (const n of global) newGlobal.add(n)
  } else {
    newBound.add('__class__')
  }

  for (const child of scope.children) {
    const childFree = new Set<string>()
    analyze(child, new Set(newBound), childFree, new Set(newGlobal))
    for (const n of childFree) newFree.add(n)
  }

  if (scope.kind === 'function') {
    for (const name of newFree) {
      if (scope.resolved.get(name) === Resolved.LOCAL) {
        scope.resolved.set(name, Resolved.CELL)
        newFree.delete(name)
      }
    }
  } else if (scope.kind === 'class' && newFree.delete('__class__')) {
    scope.providesClassCell = true
  }

  for (const name of newFree) {
    const flags = scope.symbols.get(name)
    if (flags !== undefined) {
      if (scope.kind === 'class' && flags & (Def.LOCAL | Def.PARAM | Def.GLOBAL)) {
        scope.symbols.set(name, flags | Def.FREE_CLASS)
      }
      continue
    }
    if (bound && !bound.has(name)) continue
    scope.symbols.set(name, 0)
    scope.resolved.set(name, Resolved.FREE)
  }
  for (const n of newFree) free.add(n)
}
