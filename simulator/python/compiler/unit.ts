// One code object under construction: its instructions, constants, names and fast slots, the handlers active while
// emitting, and the blocks that `break`, `continue` and `return` must unwind.
import type * as ast from '../ast/nodes'
import { Ellipsis, None, type PyValue } from '../runtime/object'
import { PyBytes } from '../runtime/types/bytes'
import { PyBool } from '../runtime/types/bool'
import { PyFloat } from '../runtime/types/float'
import { PyTuple } from '../runtime/types/tuple'
import { CodeObject } from '../runtime/code'
import { backwardJump, type Op } from './opcodes'
import { stackEffect } from './stack-effect'
import type { Scope } from './symtable'

export class Label {
  index = -1
}

export interface Handler {
  label: Label
  depth: number
  lasti: boolean
}

export interface Instr {
  op: Op
  arg: number
  target: Label | null
  line: number
  endLine: number
  col: number
  endCol: number
  handler: Handler | null
}

export type FBlockKind =
  | 'while'
  | 'for'
  | 'async-for'
  | 'try-except'
  | 'finally-try'
  | 'finally-end'
  | 'with'
  | 'async-with'
  | 'handler-cleanup'
  | 'pop-value'
  | 'exception-handler'

export interface FBlock {
  kind: FBlockKind
  /** Loop start (continue target) or the handler the block installed. */
  start: Label | null
  /** Loop exit (break target). */
  exit: Label | null
  /** finally body to replay, or the bound name a handler must clear. */
  finalBody?: ast.Stmt[]
  name?: string | null
}

export interface Position {
  line: number
  endLine: number
  col: number
  endCol: number
}

export class Unit {
  readonly instrs: Instr[] = []
  readonly consts: PyValue[] = []
  private readonly constIndex = new Map<unknown, number>()
  /** Told of every constant added, in compile order (which decides how set displays fold). */
  onConst: ((value: PyValue) => void) | null = null
  readonly names: string[] = []
  private readonly nameIndex = new Map<string, number>()
  readonly varnames: string[] = []
  readonly cellvars: string[]
  readonly freevars: string[]
  readonly handlers: Handler[] = []
  readonly fblocks: FBlock[] = []
  depth = 0
  maxDepth = 0
  pos: Position
  constructor(
    readonly scope: Scope,
    readonly name: string,
    readonly qualname: string,
    readonly firstLineno: number,
  ) {
    this.pos = { line: firstLineno, endLine: firstLineno, col: -1, endCol: -1 }
    for (const p of scope.params) this.varname(p)
    if (scope.kind === 'function') {
      for (const [n] of scope.resolved) if (scope.scopeOf(n) === 1 /* LOCAL */) this.varname(n)
    }
    this.cellvars = scope.cellVars()
    this.freevars = scope.freeVars()
  }

  varname(name: string): number {
    let i = this.varnames.indexOf(name)
    if (i < 0) {
      i = this.varnames.length
      this.varnames.push(name)
    }
    return i
  }

  /** The fast slot of a cell or free variable: cells that are parameters keep the parameter's slot. */
  derefSlot(name: string): number {
    const cell = this.cellvars.indexOf(name)
    if (cell >= 0) {
      const param = this.scope.params.indexOf(name)
      if (param >= 0) return this.varnames.indexOf(name)
      return this.varnames.length + this.cellOnly().indexOf(name)
    }
    const free = this.freevars.indexOf(name)
    if (free < 0) throw new Error(`compiler: ${name} is not a cell or free variable`)
    return this.varnames.length + this.cellOnly().length + free
  }

  private cellOnly(): string[] {
    return this.cellvars.filter((c) => !this.varnames.includes(c))
  }

  name_(name: string): number {
    let i = this.nameIndex.get(name)
    if (i === undefined) {
      i = this.names.length
      this.names.push(name)
      this.nameIndex.set(name, i)
    }
    return i
  }

  const_(value: PyValue): number {
    this.onConst?.(value)
    const key = constKey(value)
    let i = this.constIndex.get(key)
    if (i === undefined) {
      i = this.consts.length
      this.consts.push(value)
      this.constIndex.set(key, i)
    }
    return i
  }

  emit(op: Op, arg = 0, target: Label | null = null): Instr {
    const instr: Instr = {
      op,
      arg,
      target,
      line: this.pos.line,
      endLine: this.pos.endLine,
      col: this.pos.col,
      endCol: this.pos.endCol,
      handler: this.handlers.length ? this.handlers[this.handlers.length - 1] : null,
    }
    this.instrs.push(instr)
    this.depth += stackEffect(op, arg, false)
    if (this.depth > this.maxDepth) this.maxDepth = this.depth
    return instr
  }

  bind(label: Label): void {
    label.index = this.instrs.length
  }

  pushHandler(label: Label, lasti: boolean, depth = this.depth): Handler {
    const handler = { label, depth, lasti }
    this.handlers.push(handler)
    return handler
  }

  popHandler(): void {
    this.handlers.pop()
  }

  assemble(filename: string, flags: number, argcount: number, posonly: number, kwonly: number): CodeObject {
    const n = this.instrs.length
    const code = new Int32Array(n)
    const positions = new Int32Array(n * 4)
    for (let i = 0; i < n; i++) {
      const ins = this.instrs[i]
      let op = ins.op
      let arg = ins.arg
      if (ins.target) {
        arg = ins.target.index
        if (arg < 0) throw new Error('compiler: unbound label')
        if (arg <= i) op = backwardJump(op)
      }
      code[i] = op | (arg << 8)
      positions[i * 4] = ins.line
      positions[i * 4 + 1] = ins.endLine
      positions[i * 4 + 2] = ins.col
      positions[i * 4 + 3] = ins.endCol
    }
    const table = []
    for (let i = 0; i < n;) {
      const handler = this.instrs[i].handler
      let j = i + 1
      while (j < n && this.instrs[j].handler === handler) j++
      if (handler) {
        table.push({ start: i, end: j, target: handler.label.index, depth: handler.depth, lasti: handler.lasti })
      }
      i = j
    }
    const cellOnly = this.cellOnly()
    const localsplus = [...this.varnames, ...cellOnly, ...this.freevars]
    const cellSlots = new Int32Array(this.cellvars.map((c) => localsplus.indexOf(c)))
    return new CodeObject(
      this.name,
      this.qualname,
      filename,
      this.firstLineno,
      flags,
      argcount,
      posonly,
      kwonly,
      code,
      this.consts,
      this.names,
      localsplus,
      this.varnames.length,
      this.cellvars,
      this.freevars,
      cellSlots,
      positions,
      table,
      this.maxDepth + 2,
    )
  }
}

/** Equal constants share a slot; 1, 1.0, True and -0.0 must not. */
/** What tells constants apart in a code object's `co_consts` (CPython's `_PyCode_ConstantKey`). */
export function constKey(value: PyValue): unknown {
  if (typeof value === 'number') return `i${value}`
  if (typeof value === 'bigint') return `I${value}`
  if (typeof value === 'string') return `s${value}`
  if (value instanceof PyFloat) return Object.is(value.value, -0) ? 'f-0' : `f${value.value}`
  if (value === None) return 'None'
  if (value === Ellipsis) return 'Ellipsis'
  if (value instanceof PyBool) return value.value ? 'True' : 'False'
  if (value instanceof PyBytes) return `b${Array.from(value.bytes).join(',')}`
  if (value instanceof PyTuple) return `t(${value.items.map((v) => String(constKey(v))).join(',')})`
  return value
}
