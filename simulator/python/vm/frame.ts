import type { CodeObject } from '../runtime/code'
import type { NativeGen } from '../runtime/native'
import type { PyObject, PyValue } from '../runtime/object'
import type { PyDict } from '../runtime/types/dict'
import type { PyFunction } from '../runtime/types/function'
import type { PyGenerator } from '../runtime/types/generator'
import type { PyTuple } from '../runtime/types/tuple'
import type { DropGroup } from './gen-finalizer'

/** A Python frame: the code it runs, where it stands, its value stack and its fast slots (locals, cells, frees). */
export class Frame {
  readonly kind = 'python' as const
  /** Index of the next instruction. */
  pc = 0
  /** Index of the instruction an exception is attributed to (set when one is raised or re-raised here). */
  lasti = -1
  readonly stack: PyValue[]
  sp = 0
  readonly fast: (PyValue | undefined)[]
  back: AnyFrame | null = null
  /** The generator or coroutine this frame belongs to, if any. */
  gen: PyGenerator | null = null
  /** Keyword names set by KW_NAMES for the next CALL. */
  kwnames: PyTuple | null = null
  /** For a frame running `__init__`: the new instance, which the call returns instead of None. */
  initSelf: PyObject | null = null
  /** Recursion depth the call that made this frame holds besides the frame (a class call's check, see call-costs). */
  held = 0
  constructor(
    readonly code: CodeObject,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    /** The locals mapping of module and class bodies (LOAD_NAME/STORE_NAME); null in functions. */
    readonly locals: PyDict | null,
    readonly func: PyFunction | null,
  ) {
    this.stack = new Array(code.stacksize)
    this.fast = new Array(code.nslots)
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
