// AST → code objects, following CPython 3.11's compile.c: the same instruction sequences for every statement and
// expression, exception handlers as table entries (SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH become handlers that
// cover the instructions emitted while they are active), and `break`/`continue`/`return` unwinding their blocks.
import type * as ast from '../ast/nodes'
import { CodeFlag, type CodeObject } from '../runtime/code'
import { Ellipsis, None, type PyValue } from '../runtime/object'
import { PyBytes } from '../runtime/types/bytes'
import { False, True } from '../runtime/types/bool'
import { PyFloat } from '../runtime/types/float'
import { PyComplex } from '../runtime/types/complex'
import type { PySet } from '../runtime/types/set'
import { PyTuple, pyTuple } from '../runtime/types/tuple'
import { AwaitSource, BinaryOp, CompareOp, FormatFlag, MakeFunctionFlag, Op, ResumeKind } from './opcodes'
import { FrozensetConstants, moduleIdentifiers } from './frozenset-constants'
import { Resolved, type Scope, type SymbolTable } from './symtable'
import { Label, Unit, type FBlock, type FBlockKind } from './unit'

const binaryOps: Record<ast.Operator, BinaryOp> = {
  Add: BinaryOp.ADD,
  BitAnd: BinaryOp.AND,
  FloorDiv: BinaryOp.FLOOR_DIVIDE,
  LShift: BinaryOp.LSHIFT,
  MatMult: BinaryOp.MATRIX_MULTIPLY,
  Mult: BinaryOp.MULTIPLY,
  Mod: BinaryOp.REMAINDER,
  BitOr: BinaryOp.OR,
  Pow: BinaryOp.POWER,
  RShift: BinaryOp.RSHIFT,
  Sub: BinaryOp.SUBTRACT,
  Div: BinaryOp.TRUE_DIVIDE,
  BitXor: BinaryOp.XOR,
}

const unaryOps: Record<ast.UnaryOperator, Op> = {
  UAdd: Op.UNARY_POSITIVE,
  USub: Op.UNARY_NEGATIVE,
  Not: Op.UNARY_NOT,
  Invert: Op.UNARY_INVERT,
}

type Positioned = { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

/** 3.11 starts a multi-line attribute access at the attribute's name (update_start_location_to_match_attr). */
function fromAttributeName(attr: ast.Attribute, node: Positioned): Positioned {
  if (attr.lineno === attr.end_lineno || attr.attr.length > attr.end_col_offset) return node
  return {
    lineno: attr.end_lineno,
    col_offset: attr.end_col_offset - attr.attr.length,
    end_lineno: node.end_lineno,
    end_col_offset: node.end_col_offset,
  }
}

/** An `async def` body (comprehensions inside one are coroutine scopes too, but not async defs). */
function isAsyncDef(scope: Scope): boolean {
  return scope.kind === 'function' && scope.isCoroutine && !scope.isComprehension
}

export class CompileError extends Error {
  constructor(
    message: string,
    readonly node: Positioned | null,
  ) {
    super(message)
  }
}

export function constantValue(value: ast.ConstantValue): PyValue {
  if (value === null) return None
  if (value === true) return True
  if (value === false) return False
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'string') return value
  if ('float' in value) return new PyFloat(value.float)
  if ('bytes' in value) return new PyBytes(value.bytes)
  if ('ellipsis' in value) return Ellipsis
  return new PyComplex(0, value.complex)
}

type Comprehension = ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp

export class CodeGen {
  private u!: Unit
  private readonly units: Unit[] = []
  private frozensets!: FrozensetConstants
  private registeringLiteral = false

  constructor(
    private readonly table: SymbolTable,
    private readonly filename: string,
  ) {}

  compileModule(module: ast.Module): CodeObject {
    this.frozensets = new FrozensetConstants(moduleIdentifiers(module))
    this.enter(this.table.top, '<module>', '<module>', 1)
    const u = this.u
    u.emit(Op.RESUME, ResumeKind.START)
    if (hasAnnotations(module.body)) u.emit(Op.SETUP_ANNOTATIONS)
    this.body(module.body, true)
    u.pos = { line: -1, endLine: -1, col: -1, endCol: -1 }
    u.emit(Op.LOAD_CONST, u.const_(None))
    u.emit(Op.RETURN_VALUE)
    return this.leave(0, 0, 0, 0)
  }

  // --- units ---

  private enter(scope: Scope, name: string, qualname: string, firstLineno: number): void {
    this.u = new Unit(scope, name, qualname, firstLineno)
    this.u.onConst = (value) => this.frozensets.register(value, this.registeringLiteral)
    this.units.push(this.u)
  }

  /** Adds a constant written in the source (a literal), as opposed to one made of identifiers (names, keywords). */
  private literalConst(value: PyValue): number {
    this.registeringLiteral = true
    try {
      return this.u.const_(value)
    } finally {
      this.registeringLiteral = false
    }
  }

  private leave(flags: number, argcount: number, posonly: number, kwonly: number): CodeObject {
    const u = this.units.pop()!
    const code = u.assemble(this.filename, flags, argcount, posonly, kwonly)
    this.u = this.units[this.units.length - 1]
    return code
  }

  private setPos(node: Positioned): void {
    this.u.pos = { line: node.lineno, endLine: node.end_lineno, col: node.col_offset, endCol: node.end_col_offset }
  }

  private at<T>(node: Positioned, emit: () => T): T {
    const saved = this.u.pos
    this.setPos(node)
    try {
      return emit()
    } finally {
      this.u.pos = saved
    }
  }

  /** As compiler_set_qualname: `<locals>` only below real functions; a `global` def or class is top-level. */
  private qualnameFor(name: string): string {
    const parent = this.u
    const scope = parent.scope
    if (scope.kind === 'module') return name
    const isDefOrClass = !name.startsWith('<')
    if (isDefOrClass && scope.scopeOf(name) === Resolved.GLOBAL_EXPLICIT) return name
    if (scope.kind === 'function' && !scope.isComprehension) return `${parent.qualname}.<locals>.${name}`
    return `${parent.qualname}.${name}`
  }

  // --- names ---

  private nameOp(name: string, ctx: ast.ExprContext): void {
    const u = this.u
    const scope = u.scope
    const resolved = scope.scopeOf(name)
    const isFunction = scope.kind === 'function'
    if (resolved === Resolved.FREE || resolved === Resolved.CELL) {
      const slot = u.derefSlot(name)
      if (ctx === 'Load') u.emit(scope.kind === 'class' ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF, slot)
      else u.emit(ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF, slot)
      return
    }
    if (resolved === Resolved.LOCAL && isFunction) {
      const slot = u.varname(name)
      u.emit(ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST, slot)
      return
    }
    if (resolved === Resolved.GLOBAL_EXPLICIT || (resolved === Resolved.GLOBAL_IMPLICIT && isFunction)) {
      const i = u.name_(name)
      if (ctx === 'Load') u.emit(Op.LOAD_GLOBAL, i << 1)
      else u.emit(ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, i)
      return
    }
    const i = u.name_(name)
    u.emit(ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME, i)
  }

  /** Loads a callable with the NULL that CALL expects below it (LOAD_GLOBAL does both at once). */
  private loadCallable(func: ast.Expr): void {
    const u = this.u
    if (func.kind === 'Name') {
      const resolved = u.scope.scopeOf(func.id)
      if (
        resolved === Resolved.GLOBAL_EXPLICIT ||
        (resolved === Resolved.GLOBAL_IMPLICIT && u.scope.kind === 'function')
      ) {
        this.at(func, () => u.emit(Op.LOAD_GLOBAL, (u.name_(func.id) << 1) | 1))
        return
      }
    }
    u.emit(Op.PUSH_NULL)
    this.expr(func)
  }

  // --- statements ---

  private body(stmts: ast.Stmt[], allowDocstring = false): void {
    let start = 0
    if (allowDocstring && stmts.length > 0) {
      const doc = docstring(stmts)
      if (doc !== null) {
        this.at(stmts[0], () => {
          this.u.emit(Op.LOAD_CONST, this.literalConst(doc))
          this.nameOp('__doc__', 'Store')
        })
        start = 1
      }
    }
    for (let i = start; i < stmts.length; i++) this.stmt(stmts[i])
  }

  private stmt(s: ast.Stmt): void {
    this.setPos(s)
    const u = this.u
    switch (s.kind) {
      case 'Expr':
        if (s.value.kind === 'Constant') {
          u.emit(Op.NOP)
          return
        }
        this.expr(s.value)
        this.setPos(s)
        u.emit(Op.POP_TOP)
        return
      case 'Assign':
        this.expr(s.value)
        s.targets.forEach((target, i) => {
          if (i < s.targets.length - 1) u.emit(Op.COPY, 1)
          this.store(target)
        })
        return
      case 'AugAssign':
        return this.augAssign(s)
      case 'AnnAssign':
        return this.annAssign(s)
      case 'Delete':
        for (const t of s.targets) this.del(t)
        return
      case 'Pass':
        u.emit(Op.NOP)
        return
      case 'If':
        return this.if_(s)
      case 'While':
        return this.while_(s)
      case 'For':
        return this.for_(s)
      case 'AsyncFor':
        return this.asyncFor(s)
      case 'Break':
        return this.break_(s)
      case 'Continue':
        return this.continue_(s)
      case 'Return':
        return this.return_(s)
      case 'Raise':
        if (s.exc) this.expr(s.exc)
        if (s.cause) this.expr(s.cause)
        this.setPos(s)
        u.emit(Op.RAISE_VARARGS, s.exc ? (s.cause ? 2 : 1) : 0)
        return
      case 'Try':
        return s.finalbody.length ? this.tryFinally(s) : this.tryExcept(s)
      case 'TryStar':
        throw new CompileError('except* is not supported', s)
      case 'With':
        return this.with_(s, 0)
      case 'AsyncWith':
        return this.asyncWith(s, 0)
      case 'Assert':
        return this.assert_(s)
      case 'Import':
        return this.import_(s)
      case 'ImportFrom':
        return this.importFrom(s)
      case 'Global':
      case 'Nonlocal':
        u.emit(Op.NOP)
        return
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        return this.functionDef(s)
      case 'ClassDef':
        return this.classDef(s)
      case 'Match':
        throw new CompileError('the match statement is not supported yet', s)
    }
  }

  private augAssign(s: ast.AugAssign): void {
    const u = this.u
    const op = binaryOps[s.op] + BinaryOp.INPLACE
    const t = s.target
    if (t.kind === 'Name') {
      this.at(t, () => this.nameOp(t.id, 'Load'))
      this.expr(s.value)
      this.setPos(s)
      u.emit(Op.BINARY_OP, op)
      this.at(t, () => this.nameOp(t.id, 'Store'))
    } else if (t.kind === 'Attribute') {
      this.expr(t.value)
      this.at(t, () => {
        u.emit(Op.COPY, 1)
        u.emit(Op.LOAD_ATTR, u.name_(t.attr))
      })
      this.expr(s.value)
      this.setPos(s)
      u.emit(Op.BINARY_OP, op)
      this.at(t, () => {
        u.emit(Op.SWAP, 2)
        u.emit(Op.STORE_ATTR, u.name_(t.attr))
      })
    } else {
      this.expr(t.value)
      this.subscriptKey(t.slice)
      this.at(t, () => {
        u.emit(Op.COPY, 2)
        u.emit(Op.COPY, 2)
        u.emit(Op.BINARY_SUBSCR)
      })
      this.expr(s.value)
      this.setPos(s)
      u.emit(Op.BINARY_OP, op)
      this.at(t, () => {
        u.emit(Op.SWAP, 3)
        u.emit(Op.SWAP, 2)
        u.emit(Op.STORE_SUBSCR)
      })
    }
  }

  private annAssign(s: ast.AnnAssign): void {
    const u = this.u
    if (s.value) {
      this.expr(s.value)
      this.store(s.target)
    }
    const t = s.target
    if (t.kind === 'Name') {
      if (s.simple && u.scope.kind !== 'function') {
        this.expr(s.annotation)
        this.setPos(s)
        this.nameOp('__annotations__', 'Load')
        u.emit(Op.LOAD_CONST, u.const_(t.id))
        u.emit(Op.STORE_SUBSCR)
      }
      return
    }
    if (!s.value) {
      // An annotated attribute or subscript without a value still evaluates its parts.
      this.expr(t.value)
      u.emit(Op.POP_TOP)
      if (t.kind === 'Subscript') {
        this.subscriptKey(t.slice)
        u.emit(Op.POP_TOP)
      }
    }
    if (u.scope.kind !== 'function') {
      this.expr(s.annotation)
      u.emit(Op.POP_TOP)
    }
  }

  private if_(s: ast.If): void {
    const u = this.u
    const end = new Label()
    const orelse = s.orelse.length ? new Label() : end
    this.jumpIf(s.test, orelse, false)
    this.body(s.body)
    if (s.orelse.length) {
      this.setPos(s)
      u.emit(Op.JUMP_FORWARD, 0, end)
      u.bind(orelse)
      this.body(s.orelse)
    }
    u.bind(end)
  }

  private while_(s: ast.While): void {
    const u = this.u
    const loop = new Label()
    const orelse = new Label()
    const exit = new Label()
    u.bind(loop)
    if (!isConstantTrue(s.test)) this.jumpIf(s.test, orelse, false)
    this.pushFBlock('while', loop, exit)
    this.body(s.body)
    this.popFBlock()
    this.setPos(s)
    u.emit(Op.JUMP_FORWARD, 0, loop)
    u.bind(orelse)
    this.body(s.orelse)
    u.bind(exit)
  }

  private for_(s: ast.For): void {
    const u = this.u
    const start = new Label()
    const cleanup = new Label()
    const exit = new Label()
    this.iterable(s.iter)
    // GET_ITER and FOR_ITER carry the whole statement's span (so a failing iterator gets no carets).
    this.setPos(s)
    u.emit(Op.GET_ITER)
    const depth = u.depth
    u.bind(start)
    this.pushFBlock('for', start, exit)
    this.setPos(s)
    u.emit(Op.FOR_ITER, 0, cleanup)
    this.store(s.target)
    this.body(s.body)
    u.emit(Op.JUMP_FORWARD, 0, start)
    this.popFBlock()
    u.bind(cleanup)
    u.depth = depth - 1
    this.body(s.orelse)
    u.bind(exit)
  }

  private asyncFor(s: ast.AsyncFor): void {
    const u = this.u
    if (!isAsyncDef(u.scope)) throw new CompileError("'async for' outside async function", s)
    const start = new Label()
    const except = new Label()
    const exit = new Label()
    this.expr(s.iter)
    this.setPos(s)
    u.emit(Op.GET_AITER)
    u.bind(start)
    const depth = u.depth
    this.pushFBlock('for', start, exit)
    u.pushHandler(except, false)
    u.emit(Op.GET_ANEXT)
    u.emit(Op.LOAD_CONST, u.const_(None))
    this.yieldFromLoop(ResumeKind.AFTER_AWAIT)
    u.popHandler()
    this.store(s.target)
    this.body(s.body)
    this.setPos(s)
    u.emit(Op.JUMP_FORWARD, 0, start)
    this.popFBlock()
    u.bind(except)
    u.depth = depth + 1
    u.emit(Op.END_ASYNC_FOR)
    this.body(s.orelse)
    u.bind(exit)
  }

  private break_(s: ast.Break): void {
    const u = this.u
    const restore = this.saveBlocks()
    const loop = this.unwindTo(s, true)
    this.setPos(s)
    u.emit(Op.JUMP_FORWARD, 0, loop.exit)
    restore()
  }

  private continue_(s: ast.Continue): void {
    const u = this.u
    const restore = this.saveBlocks()
    const loop = this.unwindTo(s, false)
    this.setPos(s)
    u.emit(Op.JUMP_FORWARD, 0, loop.start)
    restore()
  }

  private return_(s: ast.Return): void {
    const u = this.u
    if (u.scope.kind !== 'function') throw new CompileError("'return' outside function", s)
    const constant = !s.value || s.value.kind === 'Constant'
    if (s.value && !constant) this.expr(s.value)
    const restore = this.saveBlocks()
    while (u.fblocks.length) this.unwind(u.fblocks.pop()!, !constant)
    this.setPos(s)
    if (constant) {
      const value = s.value ? constantValue((s.value as ast.Constant).value) : None
      u.emit(Op.LOAD_CONST, this.literalConst(value))
    }
    u.emit(Op.RETURN_VALUE)
    restore()
  }

  // --- blocks and unwinding ---

  private pushFBlock(kind: FBlockKind, start: Label | null, exit: Label | null, extra: Partial<FBlock> = {}): void {
    this.u.fblocks.push({ kind, start, exit, ...extra })
  }

  private popFBlock(): void {
    this.u.fblocks.pop()
  }

  /** Code after a jump out of blocks continues inside them: snapshot what unwinding changes. */
  private saveBlocks(): () => void {
    const u = this.u
    const blocks = [...u.fblocks]
    const handlers = [...u.handlers]
    const depth = u.depth
    return () => {
      u.fblocks.splice(0, u.fblocks.length, ...blocks)
      u.handlers.splice(0, u.handlers.length, ...handlers)
      u.depth = depth
    }
  }

  /** Emits the clean-up of blocks from the innermost out to the nearest loop, which it returns. */
  private unwindTo(node: Positioned, includeLoop: boolean): FBlock {
    const u = this.u
    while (u.fblocks.length) {
      const top = u.fblocks.pop()!
      if (top.kind === 'while' || top.kind === 'for' || top.kind === 'async-for') {
        if (includeLoop) this.unwind(top, false)
        return top
      }
      this.unwind(top, false)
    }
    throw new CompileError(includeLoop ? "'break' outside loop" : "'continue' not properly in loop", node)
  }

  private unwind(block: FBlock, preserveTos: boolean): void {
    const u = this.u
    switch (block.kind) {
      case 'while':
      case 'exception-handler':
        return
      case 'for':
      case 'async-for':
        if (preserveTos) u.emit(Op.SWAP, 2)
        u.emit(Op.POP_TOP)
        return
      case 'try-except':
        u.popHandler()
        return
      case 'finally-try':
        u.popHandler()
        if (preserveTos) this.pushFBlock('pop-value', null, null)
        this.body(block.finalBody!)
        if (preserveTos) this.popFBlock()
        return
      case 'finally-end':
        if (preserveTos) u.emit(Op.SWAP, 2)
        u.emit(Op.POP_TOP)
        if (preserveTos) u.emit(Op.SWAP, 2)
        u.popHandler()
        u.emit(Op.POP_EXCEPT)
        return
      case 'with':
      case 'async-with':
        u.popHandler()
        if (preserveTos) u.emit(Op.SWAP, 2)
        this.callExitWithNones()
        if (block.kind === 'async-with') this.await_(AwaitSource.AEXIT)
        u.emit(Op.POP_TOP)
        return
      case 'handler-cleanup':
        if (block.name) u.popHandler()
        if (preserveTos) u.emit(Op.SWAP, 2)
        u.popHandler()
        u.emit(Op.POP_EXCEPT)
        if (block.name) {
          u.emit(Op.LOAD_CONST, u.const_(None))
          this.nameOp(block.name, 'Store')
          this.nameOp(block.name, 'Del')
        }
        return
      case 'pop-value':
        if (preserveTos) u.emit(Op.SWAP, 2)
        u.emit(Op.POP_TOP)
        return
    }
  }

  private callExitWithNones(): void {
    const u = this.u
    const none = u.const_(None)
    u.emit(Op.LOAD_CONST, none)
    u.emit(Op.LOAD_CONST, none)
    u.emit(Op.LOAD_CONST, none)
    u.emit(Op.CALL, 2)
  }

  // --- try ---

  private tryExcept(s: ast.Try): void {
    const u = this.u
    const except = new Label()
    const orelse = new Label()
    const end = new Label()
    const cleanup = new Label()
    const depth = u.depth
    u.pushHandler(except, false)
    this.pushFBlock('try-except', null, null)
    this.body(s.body)
    this.popFBlock()
    u.popHandler()
    u.emit(Op.NOP)
    u.bind(orelse)
    this.body(s.orelse)
    u.emit(Op.JUMP_FORWARD, 0, end)

    u.bind(except)
    u.depth = depth + 1
    u.pos = { line: -1, endLine: -1, col: -1, endCol: -1 }
    u.pushHandler(cleanup, true)
    u.emit(Op.PUSH_EXC_INFO)
    this.pushFBlock('exception-handler', null, null)
    for (const handler of s.handlers) {
      const next = new Label()
      this.setPos(handler)
      if (handler.type) {
        this.expr(handler.type)
        this.setPos(handler)
        u.emit(Op.CHECK_EXC_MATCH)
        u.emit(Op.POP_JUMP_FORWARD_IF_FALSE, 0, next)
      }
      const handlerDepth = u.depth
      if (handler.name) {
        const cleanupEnd = new Label()
        this.nameOp(handler.name, 'Store')
        u.pushHandler(cleanupEnd, true)
        this.pushFBlock('handler-cleanup', null, null, { name: handler.name })
        this.body(handler.body)
        this.popFBlock()
        u.pos = { line: -1, endLine: -1, col: -1, endCol: -1 }
        u.popHandler()
        u.popHandler()
        u.emit(Op.POP_EXCEPT)
        u.emit(Op.LOAD_CONST, u.const_(None))
        this.nameOp(handler.name, 'Store')
        this.nameOp(handler.name, 'Del')
        u.emit(Op.JUMP_FORWARD, 0, end)
        u.pushHandler(cleanup, true, depth + 1)
        u.bind(cleanupEnd)
        u.depth = handlerDepth + 1
        u.emit(Op.LOAD_CONST, u.const_(None))
        this.nameOp(handler.name, 'Store')
        this.nameOp(handler.name, 'Del')
        u.emit(Op.RERAISE, 1)
      } else {
        u.emit(Op.POP_TOP)
        this.pushFBlock('handler-cleanup', null, null, { name: null })
        this.body(handler.body)
        this.popFBlock()
        u.pos = { line: -1, endLine: -1, col: -1, endCol: -1 }
        u.popHandler()
        u.emit(Op.POP_EXCEPT)
        u.emit(Op.JUMP_FORWARD, 0, end)
        u.pushHandler(cleanup, true, depth + 1)
      }
      u.bind(next)
      u.depth = handlerDepth
    }
    u.pos = { line: -1, endLine: -1, col: -1, endCol: -1 }
    this.popFBlock()
    u.emit(Op.RERAISE, 0)
    u.popHandler()
    u.bind(cleanup)
    u.depth = depth + 3
    u.emit(Op.COPY, 3)
    u.emit(Op.POP_EXCEPT)
    u.emit(Op.RERAISE, 1)
    u.bind(end)
    u.depth = depth
  }

  private tryFinally(s: ast.Try): void {
    const u = this.u
    const final = new Label()
    const cleanup = new Label()
    const exit = new Label()
    const depth = u.depth
    u.pushHandler(final, false)
    this.pushFBlock('finally-try', null, null, { finalBody: s.finalbody })
    if (s.handlers.length) this.tryExcept(s)
    else this.body(s.body)
    this.popFBlock()
    u.popHandler()
    u.pos = { line: -1, endLine: -1, col: -1, endCol: -1 }
    u.emit(Op.NOP)
    this.body(s.finalbody)
    u.emit(Op.JUMP_FORWARD, 0, exit)

    u.bind(final)
    u.depth = depth + 1
    u.pos = { line: -1, endLine: -1, col: -1, endCol: -1 }
    u.pushHandler(cleanup, true)
    u.emit(Op.PUSH_EXC_INFO)
    this.pushFBlock('finally-end', null, null)
    this.body(s.finalbody)
    this.popFBlock()
    u.pos = { line: -1, endLine: -1, col: -1, endCol: -1 }
    u.emit(Op.RERAISE, 0)
    u.popHandler()
    u.bind(cleanup)
    u.depth = depth + 3
    u.emit(Op.COPY, 3)
    u.emit(Op.POP_EXCEPT)
    u.emit(Op.RERAISE, 1)
    u.bind(exit)
    u.depth = depth
  }

  // --- with ---

  private with_(s: ast.With, index: number): void {
    const u = this.u
    const item = s.items[index]
    const final = new Label()
    const exit = new Label()
    const cleanup = new Label()
    this.expr(item.context_expr)
    this.setPos(s)
    u.emit(Op.BEFORE_WITH)
    const depth = u.depth - 1
    u.pushHandler(final, true, depth)
    this.pushFBlock('with', null, null)
    if (item.optional_vars) this.store(item.optional_vars)
    else u.emit(Op.POP_TOP)
    if (index + 1 === s.items.length) this.body(s.body)
    else this.with_(s, index + 1)
    this.setPos(s)
    this.popFBlock()
    u.popHandler()
    this.callExitWithNones()
    u.emit(Op.POP_TOP)
    u.emit(Op.JUMP_FORWARD, 0, exit)

    u.bind(final)
    u.depth = depth + 2
    u.pushHandler(cleanup, true)
    u.emit(Op.PUSH_EXC_INFO)
    u.emit(Op.WITH_EXCEPT_START)
    this.withExceptFinish(cleanup, depth)
    u.bind(exit)
    // The manager's bound __exit__ (at `depth`) is gone on both paths.
    u.depth = depth - 1
  }

  private asyncWith(s: ast.AsyncWith, index: number): void {
    const u = this.u
    if (!isAsyncDef(u.scope)) throw new CompileError("'async with' outside async function", s)
    const item = s.items[index]
    const final = new Label()
    const exit = new Label()
    const cleanup = new Label()
    this.expr(item.context_expr)
    this.setPos(s)
    u.emit(Op.BEFORE_ASYNC_WITH)
    this.await_(AwaitSource.AENTER)
    const depth = u.depth - 1
    u.pushHandler(final, true, depth)
    this.pushFBlock('async-with', null, null)
    if (item.optional_vars) this.store(item.optional_vars)
    else u.emit(Op.POP_TOP)
    if (index + 1 === s.items.length) this.body(s.body)
    else this.asyncWith(s, index + 1)
    this.setPos(s)
    this.popFBlock()
    u.popHandler()
    this.callExitWithNones()
    this.await_(AwaitSource.AEXIT)
    u.emit(Op.POP_TOP)
    u.emit(Op.JUMP_FORWARD, 0, exit)

    u.bind(final)
    u.depth = depth + 2
    u.pushHandler(cleanup, true)
    u.emit(Op.PUSH_EXC_INFO)
    u.emit(Op.WITH_EXCEPT_START)
    this.await_(AwaitSource.AEXIT)
    this.withExceptFinish(cleanup, depth)
    u.bind(exit)
    // The manager's bound __exit__ (at `depth`) is gone on both paths.
    u.depth = depth - 1
  }

  /** After `__exit__` ran on an exception: suppress it when the result is true, else re-raise. */
  private withExceptFinish(cleanup: Label, depth: number): void {
    const u = this.u
    const suppress = new Label()
    u.pos = { line: -1, endLine: -1, col: -1, endCol: -1 }
    u.emit(Op.POP_JUMP_FORWARD_IF_TRUE, 0, suppress)
    u.emit(Op.RERAISE, 2)
    u.popHandler()
    u.bind(cleanup)
    u.depth = depth + 3
    u.emit(Op.COPY, 3)
    u.emit(Op.POP_EXCEPT)
    u.emit(Op.RERAISE, 1)
    u.bind(suppress)
    u.depth = depth + 3
    u.emit(Op.POP_TOP)
    u.emit(Op.POP_EXCEPT)
    u.emit(Op.POP_TOP)
    u.emit(Op.POP_TOP)
  }

  // --- other statements ---

  private assert_(s: ast.Assert): void {
    const u = this.u
    const end = new Label()
    this.jumpIf(s.test, end, true)
    u.emit(Op.LOAD_ASSERTION_ERROR)
    if (s.msg) {
      this.expr(s.msg)
      u.emit(Op.CALL, 0)
    }
    u.emit(Op.RAISE_VARARGS, 1)
    u.bind(end)
  }

  private import_(s: ast.Import): void {
    const u = this.u
    // 3.11 attributes every instruction of an import to the whole statement.
    for (const alias of s.names) {
      u.emit(Op.LOAD_CONST, u.const_(0))
      u.emit(Op.LOAD_CONST, u.const_(None))
      u.emit(Op.IMPORT_NAME, u.name_(alias.name))
      if (alias.asname) {
        const parts = alias.name.split('.')
        for (let i = 1; i < parts.length; i++) {
          u.emit(Op.IMPORT_FROM, u.name_(parts[i]))
          u.emit(Op.SWAP, 2)
          u.emit(Op.POP_TOP)
        }
        this.nameOp(alias.asname, 'Store')
      } else {
        this.nameOp(alias.name.split('.')[0], 'Store')
      }
    }
  }

  private importFrom(s: ast.ImportFrom): void {
    const u = this.u
    const names = pyTuple(s.names.map((a) => a.name))
    u.emit(Op.LOAD_CONST, u.const_(s.level))
    u.emit(Op.LOAD_CONST, u.const_(names))
    u.emit(Op.IMPORT_NAME, u.name_(s.module ?? ''))
    if (s.names.length === 1 && s.names[0].name === '*') {
      u.emit(Op.IMPORT_STAR)
      return
    }
    for (const alias of s.names) {
      u.emit(Op.IMPORT_FROM, u.name_(alias.name))
      this.nameOp(alias.asname ?? alias.name, 'Store')
    }
    u.emit(Op.POP_TOP)
  }

  // --- functions and classes ---

  private functionDef(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
    for (const d of s.decorator_list) this.expr(d)
    const firstLine = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno
    this.setPos(s)
    const flags = this.defaults(s.args) | this.annotations(s.args, s.returns)
    const scope = this.table.scopeOf(s)
    const code = this.functionBody(scope, s.name, s.args, firstLine, () => this.body(s.body), s.body)
    this.setPos(s)
    this.makeFunction(code, flags)
    this.applyDecorators(s.decorator_list)
    this.nameOp(s.name, 'Store')
  }

  /** Calls the decorators on the new function or class, innermost first, each call placed at its decorator. */
  private applyDecorators(decorators: ast.Expr[]): void {
    for (let i = decorators.length - 1; i >= 0; i--) this.at(decorators[i], () => this.u.emit(Op.CALL, 0))
  }

  /** Pushes defaults and keyword-only defaults as MAKE_FUNCTION expects them; returns its flags. */
  private defaults(args: ast.Arguments): number {
    const u = this.u
    let flags = 0
    if (args.defaults.length) {
      for (const d of args.defaults) this.expr(d)
      u.emit(Op.BUILD_TUPLE, args.defaults.length)
      flags |= MakeFunctionFlag.DEFAULTS
    }
    let kwCount = 0
    args.kwonlyargs.forEach((arg, i) => {
      const d = args.kw_defaults[i]
      if (!d) return
      u.emit(Op.LOAD_CONST, u.const_(arg.arg))
      this.expr(d)
      kwCount++
    })
    if (kwCount) {
      u.emit(Op.BUILD_MAP, kwCount)
      flags |= MakeFunctionFlag.KWDEFAULTS
    }
    return flags
  }

  private annotations(args: ast.Arguments, returns: ast.Expr | null): number {
    const u = this.u
    let count = 0
    const all = [...args.posonlyargs, ...args.args, args.vararg, ...args.kwonlyargs, args.kwarg]
    for (const a of all) {
      if (!a?.annotation) continue
      u.emit(Op.LOAD_CONST, u.const_(a.arg))
      this.expr(a.annotation)
      count++
    }
    if (returns) {
      u.emit(Op.LOAD_CONST, u.const_('return'))
      this.expr(returns)
      count++
    }
    if (!count) return 0
    u.emit(Op.BUILD_TUPLE, count * 2)
    return MakeFunctionFlag.ANNOTATIONS
  }

  private functionBody(
    scope: Scope,
    name: string,
    args: ast.Arguments,
    firstLine: number,
    emitBody: () => void,
    body: ast.Stmt[] | null,
  ): CodeObject {
    const qualname = this.qualnameFor(name)
    this.enter(scope, name, qualname, firstLine)
    const u = this.u
    const doc = body ? docstring(body) : null
    if (scope.kind === 'function' && !scope.isLambda) this.literalConst(doc ?? None)
    this.prologue()
    emitBody()
    u.pos = { line: -1, endLine: -1, col: -1, endCol: -1 }
    u.emit(Op.LOAD_CONST, u.const_(None))
    u.emit(Op.RETURN_VALUE)
    let flags = CodeFlag.OPTIMIZED | CodeFlag.NEWLOCALS
    if (args.vararg) flags |= CodeFlag.VARARGS
    if (args.kwarg) flags |= CodeFlag.VARKEYWORDS
    if (scope.parent && scope.parent.kind !== 'module') flags |= CodeFlag.NESTED
    if (scope.isGenerator && scope.isCoroutine) flags |= CodeFlag.ASYNC_GENERATOR
    else if (scope.isGenerator) flags |= CodeFlag.GENERATOR
    else if (scope.isCoroutine) flags |= CodeFlag.COROUTINE
    return this.leave(
      flags,
      args.posonlyargs.length + args.args.length,
      args.posonlyargs.length,
      args.kwonlyargs.length,
    )
  }

  /** MAKE_CELL for every cell, COPY_FREE_VARS for the closure, then RESUME: 3.11's function prologue. */
  private prologue(): void {
    const u = this.u
    for (const cell of u.cellvars) u.emit(Op.MAKE_CELL, u.derefSlot(cell))
    if (u.freevars.length) u.emit(Op.COPY_FREE_VARS, u.freevars.length)
    u.emit(Op.RESUME, ResumeKind.START)
  }

  private makeFunction(code: CodeObject, flags: number): void {
    const u = this.u
    if (code.freevars.length) {
      for (const name of code.freevars) u.emit(Op.LOAD_CLOSURE, u.derefSlot(name))
      u.emit(Op.BUILD_TUPLE, code.freevars.length)
      flags |= MakeFunctionFlag.CLOSURE
    }
    u.emit(Op.LOAD_CONST, u.const_(code))
    u.emit(Op.MAKE_FUNCTION, flags)
  }

  private classDef(s: ast.ClassDef): void {
    const u = this.u
    for (const d of s.decorator_list) this.expr(d)
    const firstLine = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno
    const scope = this.table.scopeOf(s)
    this.enter(scope, s.name, this.qualnameFor(s.name), firstLine)
    const cu = this.u
    this.setPos(s)
    this.prologue()
    this.nameOp('__name__', 'Load')
    this.nameOp('__module__', 'Store')
    cu.emit(Op.LOAD_CONST, cu.const_(cu.qualname))
    this.nameOp('__qualname__', 'Store')
    if (hasAnnotations(s.body)) cu.emit(Op.SETUP_ANNOTATIONS)
    this.body(s.body, true)
    cu.pos = { line: -1, endLine: -1, col: -1, endCol: -1 }
    if (scope.providesClassCell) {
      cu.emit(Op.LOAD_CLOSURE, cu.derefSlot('__class__'))
      cu.emit(Op.COPY, 1)
      this.nameOp('__classcell__', 'Store')
    } else {
      cu.emit(Op.LOAD_CONST, cu.const_(None))
    }
    cu.emit(Op.RETURN_VALUE)
    const code = this.leave(0, 0, 0, 0)
    this.setPos(s)
    u.emit(Op.PUSH_NULL)
    u.emit(Op.LOAD_BUILD_CLASS)
    this.makeFunction(code, 0)
    u.emit(Op.LOAD_CONST, u.const_(s.name))
    this.callArgs(s.bases, s.keywords, 2, s)
    this.applyDecorators(s.decorator_list)
    this.nameOp(s.name, 'Store')
  }

  // --- targets ---

  private store(t: ast.Expr): void {
    const u = this.u
    switch (t.kind) {
      case 'Name':
        this.at(t, () => this.nameOp(t.id, 'Store'))
        return
      case 'Attribute':
        this.expr(t.value)
        this.at(t, () => u.emit(Op.STORE_ATTR, u.name_(t.attr)))
        return
      case 'Subscript':
        this.expr(t.value)
        this.subscriptKey(t.slice)
        this.at(t, () => u.emit(Op.STORE_SUBSCR))
        return
      case 'Tuple':
      case 'List': {
        const star = t.elts.findIndex((e) => e.kind === 'Starred')
        this.at(t, () => {
          if (star < 0) u.emit(Op.UNPACK_SEQUENCE, t.elts.length)
          else u.emit(Op.UNPACK_EX, star | ((t.elts.length - star - 1) << 8))
        })
        for (const e of t.elts) this.store(e.kind === 'Starred' ? e.value : e)
        return
      }
      default:
        throw new CompileError('cannot assign to expression', t)
    }
  }

  private del(t: ast.Expr): void {
    const u = this.u
    switch (t.kind) {
      case 'Name':
        this.at(t, () => this.nameOp(t.id, 'Del'))
        return
      case 'Attribute':
        this.expr(t.value)
        this.at(t, () => u.emit(Op.DELETE_ATTR, u.name_(t.attr)))
        return
      case 'Subscript':
        this.expr(t.value)
        this.subscriptKey(t.slice)
        this.at(t, () => u.emit(Op.DELETE_SUBSCR))
        return
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.del(e)
        return
      default:
        throw new CompileError('cannot delete expression', t)
    }
  }

  // --- expressions ---

  /** Emits a conditional jump to `label` taken when `e` is truthy (`cond`) or falsy, with 3.11's short cuts. */
  private jumpIf(e: ast.Expr, label: Label, cond: boolean): void {
    const u = this.u
    if (e.kind === 'UnaryOp' && e.op === 'Not') return this.jumpIf(e.operand, label, !cond)
    if (e.kind === 'BoolOp') {
      const isOr = e.op === 'Or'
      const next = cond !== isOr ? new Label() : label
      const last = e.values.length - 1
      for (let i = 0; i < last; i++) this.jumpIf(e.values[i], next, isOr)
      this.jumpIf(e.values[last], label, cond)
      if (next !== label) u.bind(next)
      return
    }
    // 3.11 leaves the location at a comparison once it is tested; any other test jumps from the enclosing one.
    if (e.kind === 'Compare') this.setPos(e)
    this.expr(e)
    u.emit(cond ? Op.POP_JUMP_FORWARD_IF_TRUE : Op.POP_JUMP_FORWARD_IF_FALSE, 0, label)
  }

  private expr(e: ast.Expr): void {
    const saved = this.u.pos
    this.setPos(e)
    this.exprAt(e)
    this.u.pos = saved
  }

  private exprAt(e: ast.Expr): void {
    const u = this.u
    switch (e.kind) {
      case 'Constant':
        u.emit(Op.LOAD_CONST, this.literalConst(constantValue(e.value)))
        return
      case 'Name':
        this.nameOp(e.id, e.ctx)
        return
      case 'BinOp':
        this.expr(e.left)
        this.expr(e.right)
        u.emit(Op.BINARY_OP, binaryOps[e.op])
        return
      case 'UnaryOp': {
        const folded = foldUnary(e)
        if (folded !== undefined) {
          u.emit(Op.LOAD_CONST, this.literalConst(folded))
          return
        }
        this.expr(e.operand)
        u.emit(unaryOps[e.op])
        return
      }
      case 'BoolOp': {
        const end = new Label()
        const jump = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP
        e.values.forEach((v, i) => {
          this.expr(v)
          if (i < e.values.length - 1) u.emit(jump, 0, end)
        })
        u.bind(end)
        return
      }
      case 'Compare':
        return this.compare(e)
      case 'IfExp': {
        const orelse = new Label()
        const end = new Label()
        const depth = u.depth
        this.jumpIf(e.test, orelse, false)
        this.expr(e.body)
        u.emit(Op.JUMP_FORWARD, 0, end)
        u.bind(orelse)
        u.depth = depth
        this.expr(e.orelse)
        u.bind(end)
        return
      }
      case 'NamedExpr':
        this.expr(e.value)
        u.emit(Op.COPY, 1)
        this.store(e.target)
        return
      case 'Lambda': {
        const flags = this.defaults(e.args)
        const scope = this.table.scopeOf(e)
        const code = this.functionBody(
          scope,
          '<lambda>',
          e.args,
          e.lineno,
          () => {
            this.expr(e.body)
            this.u.emit(Op.RETURN_VALUE)
          },
          null,
        )
        this.setPos(e)
        this.makeFunction(code, flags)
        return
      }
      case 'Tuple':
        if (e.ctx !== 'Load') throw new CompileError('tuple target in load context', e)
        return this.sequence(e.elts, 'tuple')
      case 'List':
        return this.sequence(e.elts, 'list')
      case 'Set':
        return this.sequence(e.elts, 'set')
      case 'Dict':
        return this.dict(e)
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        return this.comprehension(e)
      case 'Attribute':
        this.expr(e.value)
        this.setPos(fromAttributeName(e, e))
        u.emit(Op.LOAD_ATTR, u.name_(e.attr))
        return
      case 'Subscript':
        this.expr(e.value)
        this.subscriptKey(e.slice)
        this.setPos(e)
        u.emit(e.ctx === 'Load' ? Op.BINARY_SUBSCR : e.ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR)
        return
      case 'Call':
        return this.call(e)
      case 'JoinedStr':
        return this.joinedStr(e)
      case 'FormattedValue':
        return this.formattedValue(e)
      case 'Yield':
        if (u.scope.kind !== 'function') throw new CompileError("'yield' outside function", e)
        if (e.value) this.expr(e.value)
        else u.emit(Op.LOAD_CONST, u.const_(None))
        this.setPos(e)
        if (u.scope.isCoroutine) u.emit(Op.ASYNC_GEN_WRAP)
        u.emit(Op.YIELD_VALUE)
        u.emit(Op.RESUME, ResumeKind.AFTER_YIELD)
        return
      case 'YieldFrom':
        this.expr(e.value)
        this.setPos(e)
        u.emit(Op.GET_YIELD_FROM_ITER)
        u.emit(Op.LOAD_CONST, u.const_(None))
        this.yieldFromLoop(ResumeKind.AFTER_YIELD_FROM)
        return
      case 'Await':
        if (u.scope.kind !== 'function') throw new CompileError("'await' outside function", e)
        if (!isAsyncDef(u.scope) && !u.scope.isComprehension) {
          throw new CompileError("'await' outside async function", e)
        }
        this.expr(e.value)
        this.setPos(e)
        this.await_()
        return
      case 'Starred':
        throw new CompileError("can't use starred expression here", e)
      case 'Slice':
        this.slice(e)
        return
    }
  }

  /** GET_AWAITABLE, then the SEND/YIELD_VALUE loop that drives the awaited object. */
  private await_(source = AwaitSource.AWAIT): void {
    const u = this.u
    u.emit(Op.GET_AWAITABLE, source)
    u.emit(Op.LOAD_CONST, u.const_(None))
    this.yieldFromLoop(ResumeKind.AFTER_AWAIT)
  }

  private yieldFromLoop(resume: ResumeKind): void {
    const u = this.u
    const loop = new Label()
    const exit = new Label()
    u.bind(loop)
    u.emit(Op.SEND, 0, exit)
    u.emit(Op.YIELD_VALUE)
    u.emit(Op.RESUME, resume)
    u.emit(Op.JUMP_BACKWARD_NO_INTERRUPT, 0, loop)
    u.bind(exit)
    u.depth -= 1
  }

  private compare(e: ast.Compare): void {
    const u = this.u
    this.expr(e.left)
    const n = e.ops.length
    if (n === 1) {
      this.comparand(e, 0)
      this.setPos(e)
      this.compareOp(e.ops[0])
      return
    }
    const cleanup = new Label()
    const end = new Label()
    const depth = u.depth
    for (let i = 0; i < n - 1; i++) {
      this.expr(e.comparators[i])
      this.setPos(e)
      u.emit(Op.SWAP, 2)
      u.emit(Op.COPY, 2)
      this.compareOp(e.ops[i])
      u.emit(Op.JUMP_IF_FALSE_OR_POP, 0, cleanup)
    }
    this.comparand(e, n - 1)
    this.setPos(e)
    this.compareOp(e.ops[n - 1])
    u.emit(Op.JUMP_FORWARD, 0, end)
    u.bind(cleanup)
    u.depth = depth + 1
    u.emit(Op.SWAP, 2)
    u.emit(Op.POP_TOP)
    u.bind(end)
    u.depth = depth
  }

  /** The last operand of `in`/`not in` is an iterable that CPython folds like a loop's. */
  private comparand(e: ast.Compare, i: number): void {
    const op = e.ops[i]
    if (i === e.ops.length - 1 && (op === 'In' || op === 'NotIn')) this.iterable(e.comparators[i])
    else this.expr(e.comparators[i])
  }

  /** An iterated operand: a set display of constants loads as one frozenset constant (CPython's `fold_iter`). */
  private iterable(e: ast.Expr): void {
    const folded = e.kind === 'Set' ? this.foldedSet(e.elts) : undefined
    if (folded === undefined) return this.expr(e)
    this.at(e, () => this.u.emit(Op.LOAD_CONST, this.literalConst(folded)))
  }

  private foldedSet(elts: ast.Expr[]): PySet | undefined {
    const items: PyValue[] = []
    for (const x of elts) {
      const v = constantOf(x)
      if (v === undefined) return undefined
      items.push(v)
    }
    return this.frozensets.fold(items)
  }

  private compareOp(op: ast.CmpOperator): void {
    const u = this.u
    switch (op) {
      case 'Eq':
        return void u.emit(Op.COMPARE_OP, CompareOp.EQ)
      case 'NotEq':
        return void u.emit(Op.COMPARE_OP, CompareOp.NE)
      case 'Lt':
        return void u.emit(Op.COMPARE_OP, CompareOp.LT)
      case 'LtE':
        return void u.emit(Op.COMPARE_OP, CompareOp.LE)
      case 'Gt':
        return void u.emit(Op.COMPARE_OP, CompareOp.GT)
      case 'GtE':
        return void u.emit(Op.COMPARE_OP, CompareOp.GE)
      case 'Is':
        return void u.emit(Op.IS_OP, 0)
      case 'IsNot':
        return void u.emit(Op.IS_OP, 1)
      case 'In':
        return void u.emit(Op.CONTAINS_OP, 0)
      case 'NotIn':
        return void u.emit(Op.CONTAINS_OP, 1)
    }
  }

  private subscriptKey(slice: ast.Expr): void {
    if (slice.kind === 'Slice') this.at(slice, () => this.slice(slice))
    else this.expr(slice)
  }

  private slice(s: ast.Slice): void {
    const u = this.u
    const none = () => u.emit(Op.LOAD_CONST, u.const_(None))
    if (s.lower) this.expr(s.lower)
    else none()
    if (s.upper) this.expr(s.upper)
    else none()
    if (s.step) this.expr(s.step)
    u.emit(Op.BUILD_SLICE, s.step ? 3 : 2)
  }

  /** Tuples, lists and sets, with `*iterable` items spliced in as 3.11 does (build, then extend/update). */
  private sequence(elts: ast.Expr[], kind: 'tuple' | 'list' | 'set'): void {
    const u = this.u
    const build = kind === 'set' ? Op.BUILD_SET : kind === 'list' ? Op.BUILD_LIST : Op.BUILD_TUPLE
    const star = elts.findIndex((x) => x.kind === 'Starred')
    if (star < 0) {
      const constants = kind === 'tuple' ? constantTuple(elts) : undefined
      if (constants) {
        u.emit(Op.LOAD_CONST, this.literalConst(constants))
        return
      }
      // More than two constants: an empty set updated from a frozenset constant, as CPython 3.11 compiles them.
      const folded = kind === 'set' && elts.length > 2 ? this.foldedSet(elts) : undefined
      if (folded) {
        u.emit(Op.BUILD_SET, 0)
        u.emit(Op.LOAD_CONST, this.literalConst(folded))
        u.emit(Op.SET_UPDATE, 1)
        return
      }
      for (const x of elts) this.expr(x)
      u.emit(build, elts.length)
      return
    }
    const extend = kind === 'set' ? Op.SET_UPDATE : Op.LIST_EXTEND
    const add = kind === 'set' ? Op.SET_ADD : Op.LIST_APPEND
    for (let i = 0; i < star; i++) this.expr(elts[i])
    u.emit(kind === 'set' ? Op.BUILD_SET : Op.BUILD_LIST, star)
    for (let i = star; i < elts.length; i++) {
      const x = elts[i]
      if (x.kind === 'Starred') {
        this.expr(x.value)
        u.emit(extend, 1)
      } else {
        this.expr(x)
        u.emit(add, 1)
      }
    }
    if (kind === 'tuple') u.emit(Op.LIST_TO_TUPLE)
  }

  private dict(e: ast.Dict): void {
    const u = this.u
    let pending = 0
    let built = false
    const flush = () => {
      if (!pending && built) return
      u.emit(Op.BUILD_MAP, pending)
      if (built) u.emit(Op.DICT_UPDATE, 1)
      built = true
      pending = 0
    }
    e.keys.forEach((key, i) => {
      if (key === null) {
        flush()
        this.expr(e.values[i])
        u.emit(Op.DICT_UPDATE, 1)
      } else {
        this.expr(key)
        this.expr(e.values[i])
        pending++
      }
    })
    if (pending || !built) flush()
  }

  private comprehension(e: Comprehension): void {
    const u = this.u
    const scope = this.table.scopeOf(e)
    const name = { ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>' }[
      e.kind
    ]
    if (scope.isCoroutine && e.kind !== 'GeneratorExp' && !isAsyncDef(u.scope) && !u.scope.isComprehension) {
      throw new CompileError('asynchronous comprehension outside of an asynchronous function', e)
    }
    this.enter(scope, name, this.qualnameFor(name), e.lineno)
    const cu = this.u
    this.setPos(e)
    this.prologue()
    if (e.kind !== 'GeneratorExp') {
      cu.emit(e.kind === 'ListComp' ? Op.BUILD_LIST : e.kind === 'SetComp' ? Op.BUILD_SET : Op.BUILD_MAP, 0)
    }
    this.comprehensionLoop(e, 0, e.generators.length)
    if (e.kind === 'GeneratorExp') cu.emit(Op.LOAD_CONST, cu.const_(None))
    cu.emit(Op.RETURN_VALUE)
    let flags = CodeFlag.OPTIMIZED | CodeFlag.NEWLOCALS | CodeFlag.NESTED
    if (scope.isGenerator && scope.isCoroutine) flags |= CodeFlag.ASYNC_GENERATOR
    else if (scope.isGenerator) flags |= CodeFlag.GENERATOR
    else if (scope.isCoroutine) flags |= CodeFlag.COROUTINE
    const code = this.leave(flags, 1, 0, 0)
    this.setPos(e)
    this.makeFunction(code, 0)
    const first = e.generators[0]
    this.iterable(first.iter)
    this.setPos(e)
    u.emit(first.is_async ? Op.GET_AITER : Op.GET_ITER)
    u.emit(Op.CALL, 0)
    if (scope.isCoroutine && e.kind !== 'GeneratorExp') this.await_()
  }

  private comprehensionLoop(e: Comprehension, index: number, depthOfResult: number): void {
    const u = this.u
    const gen = e.generators[index]
    const start = new Label()
    const anchor = new Label()
    const ifCleanup = new Label()
    if (index === 0) {
      u.emit(Op.LOAD_FAST, u.varname('.0'))
    } else {
      this.iterable(gen.iter)
      u.emit(gen.is_async ? Op.GET_AITER : Op.GET_ITER)
    }
    u.bind(start)
    const depth = u.depth
    let asyncExcept: Label | null = null
    if (gen.is_async) {
      asyncExcept = new Label()
      u.pushHandler(asyncExcept, false)
      u.emit(Op.GET_ANEXT)
      u.emit(Op.LOAD_CONST, u.const_(None))
      this.yieldFromLoop(ResumeKind.AFTER_AWAIT)
      u.popHandler()
    } else {
      u.emit(Op.FOR_ITER, 0, anchor)
    }
    this.store(gen.target)
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false)
    if (index + 1 < e.generators.length) {
      this.comprehensionLoop(e, index + 1, depthOfResult)
    } else {
      this.setPos(e)
      switch (e.kind) {
        case 'GeneratorExp':
          this.expr(e.elt)
          if (u.scope.isCoroutine) u.emit(Op.ASYNC_GEN_WRAP)
          u.emit(Op.YIELD_VALUE)
          u.emit(Op.RESUME, ResumeKind.AFTER_YIELD)
          u.emit(Op.POP_TOP)
          break
        case 'ListComp':
          this.expr(e.elt)
          u.emit(Op.LIST_APPEND, depthOfResult + 1)
          break
        case 'SetComp':
          this.expr(e.elt)
          u.emit(Op.SET_ADD, depthOfResult + 1)
          break
        case 'DictComp':
          this.expr(e.key)
          this.expr(e.value)
          u.emit(Op.MAP_ADD, depthOfResult + 1)
          break
      }
    }
    u.bind(ifCleanup)
    u.emit(Op.JUMP_FORWARD, 0, start)
    u.bind(anchor)
    if (asyncExcept) {
      u.bind(asyncExcept)
      u.depth = depth + 1
      u.emit(Op.END_ASYNC_FOR)
    } else {
      u.depth = depth - 1
    }
  }

  private call(e: ast.Call): void {
    const u = this.u
    const simple = !e.args.some((a) => a.kind === 'Starred') && !e.keywords.some((k) => k.arg === null)
    if (e.func.kind === 'Attribute' && e.func.ctx === 'Load' && simple) {
      const func = e.func
      this.expr(func.value)
      this.at(fromAttributeName(func, func), () => u.emit(Op.LOAD_METHOD, u.name_(func.attr)))
      this.callArgs(e.args, e.keywords, 0, fromAttributeName(func, e))
      return
    }
    this.loadCallable(e.func)
    this.callArgs(e.args, e.keywords, 0, e)
  }

  /** Emits the arguments and the call; `extra` counts arguments already pushed (a class's body and name). */
  private callArgs(args: ast.Expr[], keywords: ast.Keyword[], extra: number, node: Positioned): void {
    const u = this.u
    const simple = !args.some((a) => a.kind === 'Starred') && !keywords.some((k) => k.arg === null)
    if (simple) {
      for (const a of args) this.expr(a)
      for (const k of keywords) this.expr(k.value)
      this.setPos(node)
      if (keywords.length) u.emit(Op.KW_NAMES, u.const_(pyTuple(keywords.map((k) => k.arg!))))
      u.emit(Op.CALL, extra + args.length + keywords.length)
      return
    }
    // f(*a, **k): gather positional arguments into a tuple and keywords into a dict. A lone `*a` is passed as it
    // is: CALL_FUNCTION_EX makes the tuple (and names the function when `a` is not iterable), as in CPython.
    if (!extra && args.length === 1 && args[0].kind === 'Starred') {
      this.expr(args[0].value)
    } else {
      u.emit(Op.BUILD_LIST, extra)
      for (const a of args) {
        if (a.kind === 'Starred') {
          this.expr(a.value)
          u.emit(Op.LIST_EXTEND, 1)
        } else {
          this.expr(a)
          u.emit(Op.LIST_APPEND, 1)
        }
      }
      u.emit(Op.LIST_TO_TUPLE)
    }
    if (keywords.length) {
      u.emit(Op.BUILD_MAP, 0)
      for (const k of keywords) {
        if (k.arg === null) {
          this.expr(k.value)
          u.emit(Op.DICT_MERGE, 1)
        } else {
          u.emit(Op.LOAD_CONST, u.const_(k.arg))
          this.expr(k.value)
          u.emit(Op.BUILD_MAP, 1)
          u.emit(Op.DICT_MERGE, 1)
        }
      }
    }
    this.setPos(node)
    u.emit(Op.CALL_FUNCTION_EX, keywords.length ? 1 : 0)
  }

  private joinedStr(e: ast.JoinedStr): void {
    const u = this.u
    if (e.values.length === 1 && e.values[0].kind === 'Constant') {
      this.expr(e.values[0])
      return
    }
    if (e.values.length === 0) {
      u.emit(Op.LOAD_CONST, u.const_(''))
      return
    }
    for (const v of e.values) this.expr(v)
    if (e.values.length > 1) u.emit(Op.BUILD_STRING, e.values.length)
  }

  private formattedValue(e: ast.FormattedValue): void {
    const u = this.u
    this.expr(e.value)
    let flags = 0
    if (e.conversion === 115) flags = FormatFlag.STR
    else if (e.conversion === 114) flags = FormatFlag.REPR
    else if (e.conversion === 97) flags = FormatFlag.ASCII
    if (e.format_spec) {
      this.expr(e.format_spec)
      flags |= FormatFlag.HAS_SPEC
    }
    this.setPos(e)
    u.emit(Op.FORMAT_VALUE, flags)
  }
}

function docstring(body: ast.Stmt[]): string | null {
  const first = body[0]
  if (first?.kind === 'Expr' && first.value.kind === 'Constant' && typeof first.value.value === 'string') {
    return first.value.value
  }
  return null
}

function hasAnnotations(body: ast.Stmt[]): boolean {
  const visit = (stmts: ast.Stmt[]): boolean =>
    stmts.some((s) => {
      if (s.kind === 'AnnAssign') return true
      if (s.kind === 'If' || s.kind === 'While' || s.kind === 'For') return visit(s.body) || visit(s.orelse)
      if (s.kind === 'With') return visit(s.body)
      if (s.kind === 'Try')
        return visit(s.body) || visit(s.orelse) || visit(s.finalbody) || s.handlers.some((h) => visit(h.body))
      return false
    })
  return visit(body)
}

function isConstantTrue(e: ast.Expr): boolean {
  return e.kind === 'Constant' && (e.value === true || (typeof e.value === 'number' && e.value !== 0))
}

function foldUnary(e: ast.UnaryOp): PyValue | undefined {
  if (e.operand.kind !== 'Constant' || (e.op !== 'USub' && e.op !== 'UAdd')) return undefined
  const v = e.operand.value
  if (typeof v === 'number') return e.op === 'USub' ? (v === 0 ? 0 : -v) : v
  if (typeof v === 'bigint') {
    const r = e.op === 'USub' ? -v : v
    return r >= BigInt(Number.MIN_SAFE_INTEGER) && r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r
  }
  if (v !== null && typeof v === 'object' && 'float' in v) return new PyFloat(e.op === 'USub' ? -v.float : v.float)
  return undefined
}

/** The value of an expression CPython's AST optimizer folds to a constant (as far as this compiler folds). */
function constantOf(x: ast.Expr): PyValue | undefined {
  if (x.kind === 'Constant') {
    const v = x.value
    return v !== null && typeof v === 'object' && 'complex' in v ? undefined : constantValue(v)
  }
  if (x.kind === 'UnaryOp') return foldUnary(x)
  if (x.kind === 'Tuple') return constantTuple(x.elts)
  return undefined
}

function constantTuple(elts: ast.Expr[]): PyTuple | undefined {
  if (elts.length === 0) return pyTuple([])
  const values: PyValue[] = []
  for (const x of elts) {
    const v = constantOf(x)
    if (v === undefined) return undefined
    values.push(v)
  }
  return pyTuple(values)
}
