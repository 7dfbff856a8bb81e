import type { AttrCaches } from './abstract/attr-cache'
import type { WithCache } from '../vm/enter-fast'
import { builtinType, PyObject, type PyValue } from './object'

export const CodeType = builtinType('code')

/** co_flags bits, as CPython numbers them. */
export const enum CodeFlag {
  OPTIMIZED = 0x1,
  NEWLOCALS = 0x2,
  VARARGS = 0x4,
  VARKEYWORDS = 0x8,
  NESTED = 0x10,
  GENERATOR = 0x20,
  COROUTINE = 0x80,
  ITERABLE_COROUTINE = 0x100,
  ASYNC_GENERATOR = 0x200,
}

/** One row of the exception table: instructions [start, end) jump to `target` with the stack cut to `depth`. */
export interface ExceptionTableEntry {
  start: number
  end: number
  target: number
  depth: number
  /** Push the raising instruction's index before the exception (for RERAISE to restore it). */
  lasti: boolean
}

/**
 * Compiled code, as CPython's code object: instructions, constants, names, the layout of the frame's fast slots
 * (`localsplus` = varnames, then cells that are not parameters, then free variables), positions and handlers.
 */
export class CodeObject extends PyObject {
  constructor(
    readonly name: string,
    readonly qualname: string,
    readonly filename: string,
    readonly firstLineno: number,
    readonly flags: number,
    readonly argcount: number,
    readonly posonlyargcount: number,
    readonly kwonlyargcount: number,
    /** Instructions: opcode in the low 8 bits, argument above. */
    readonly code: Int32Array,
    readonly consts: PyValue[],
    readonly names: string[],
    /** All fast slots' names: locals (parameters first), then cell-only names, then free names. */
    readonly localsplus: string[],
    readonly nlocals: number,
    readonly cellvars: string[],
    readonly freevars: string[],
    /** For each cell variable, its fast slot; a parameter that is a cell keeps its own slot. */
    readonly cellSlots: Int32Array,
    /** 4 numbers per instruction: line, end line, column, end column (UTF-16 columns; -1 when unknown). */
    readonly positions: Int32Array,
    readonly exceptionTable: ExceptionTableEntry[],
    readonly stacksize: number,
  ) {
    super(CodeType)
    this.attrCaches = new Array(code.length)
  }

  /**
   * 3.11's quickening counter: RESUME and JUMP_BACKWARD count up from -8; from 0 on, CALL and COMPARE_OP run their
   * specialised forms, which skip some recursion checks.
   */
  warmup = -8

  /** The attribute instructions' inline caches, by instruction index. */
  readonly attrCaches: AttrCaches

  /** BEFORE_WITH's caches (vm/enter-fast), by instruction index; made when code first enters a with block fast. */
  withCaches: (WithCache | undefined)[] | null = null

  get nslots(): number {
    return this.localsplus.length
  }

  lineOf(instr: number): number {
    return this.positions[instr * 4]
  }

  /** The innermost handler covering an instruction (entries are ordered innermost first). */
  handlerFor(instr: number): ExceptionTableEntry | null {
    for (const entry of this.exceptionTable) {
      if (instr >= entry.start && instr < entry.end) return entry
    }
    return null
  }
}
