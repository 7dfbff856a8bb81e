import type { CodeObject } from '../runtime/code'
import type { NativeGen } from '../runtime/native'
import type { PyObject, PyValue } from '../runtime/object'
import type { PyDict } from '../runtime/types/dict'
import type { PyFunction } from '../runtime/types/function'
import type { PyGenerator } from '../runtime/types/generator'
import type { PyTuple } from '../runtime/types/tuple'
import type { DropGroup } from './gen-finalizer'

/**
 * A Python frame: the code it runs, where it stands, its value stack and its fast slots (locals, cells, frees).
 * The fast slots and the value stack share one array (as CPython's localsplus), one allocation per call. Its fields are declared and set in the constructor, not initialised as class fields: a call makes one, and the
 * class-field initializer (define semantics) cost more than the plain stores.
 */
export class Frame {
  declare readonly kind: 'python'
  /** Index of the next instruction. */
  declare pc: number
  /** Index of the instruction an exception is attributed to (set when one is raised or re-raised here). */
  declare lasti: number
  /** The value stack: `stack[base]` is its bottom entry, `sp` the index above its top. */
  declare readonly stack: PyValue[]
  declare sp: number
  /** Where the value stack starts: the fast slots come first in the same array. */
  declare readonly base: number
  /** The fast slots: the same array as `stack`, indices below `base`. */
  declare readonly fast: (PyValue | undefined)[]
  declare back: AnyFrame | null
  /** The generator or coroutine this frame belongs to, if any. */
  declare gen: PyGenerator | null
  /** Keyword names set by KW_NAMES for the next CALL. */
  declare kwnames: PyTuple | null
  /** For a frame running `__init__`: the new instance, which the call returns instead of None. */
  declare initSelf: PyObject | null
  /** Recursion depth the call that made this frame holds besides the frame (a class call's check, see call-costs). */
  declare held: number
  declare readonly code: CodeObject
  declare readonly globals: PyDict
  declare readonly builtins: PyDict
  /** The locals mapping of module and class bodies (LOAD_NAME/STORE_NAME); null in functions. */
  declare readonly locals: PyDict | null
  declare readonly func: PyFunction | null
  constructor(code: CodeObject, globals: PyDict, builtins: PyDict, locals: PyDict | null, func: PyFunction | null) {
    this.kind = 'python'
    this.pc = 0
    this.lasti = -1
    this.back = null
    this.gen = null
    this.kwnames = null
    this.initSelf = null
    this.held = 0
    this.code = code
    this.globals = globals
    this.builtins = builtins
    this.locals = locals
    this.func = func
    const base = code.nslots
    const slots = new Array(base + code.stacksize)
    this.base = base
    this.sp = base
    this.fast = slots
    this.stack = slots
  }

  /** The line of the instruction being executed: the one before pc once execution has started. */
  get line(): number {
    return this.code.lineOf(this.pc > 0 ? this.pc - 1 : 0)
  }
}

/** What a native frame does with its generator's result when it finishes. */
export const enum NativeResult {
  /** Push the result on the Python frame below (the instruction's value). */
  PUSH,
  /** The generator has already done the instruction's work on the frame below. */
  DISCARD,
}

/** A built-in written as a JS generator, suspended while Python code it asked for runs above it. */
export class NativeFrame {
  readonly kind = 'native' as const
  back: AnyFrame | null = null
  /** Everything this native keeps alive, when known; null when its JS state may hold anything (see gen-finalizer). */
  holds: readonly PyValue[] | null = null
  /** A built-in call's arguments, released when it returns. */
  args: PyValue[] | null = null
  /** Recursion depth held while this native runs (Py_EnterRecursiveCall of the call that started it). */
  held = 0
  /**
   * What the native receives when it next runs: the result of the call it asked for, or an exception to throw in.
   * The evaluation loop delivers it, so that natives calling natives never nest on the host stack.
   */
  pending: { value: PyValue; exc: PyObject | null; dropped?: DropGroup[] | null } | null = null
  /** A built-in called by CALL: its return is an eval-breaker point (3.11 checks after most built-in calls). */
  evalBreakAfter = false
  constructor(
    readonly gen: NativeGen,
    readonly result: NativeResult,
    /** Name shown when the UI lists the stack (`sorted`, `print`). */
    readonly name: string,
  ) {}
}

export type AnyFrame = Frame | NativeFrame
