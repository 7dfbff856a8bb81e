import type { CodeObject } from '../code'
import type { KwArgs, NativeGen } from '../native'
import { builtinType, PyObject, plainAlloc, type PyType, type PyValue } from '../object'
import type { PyDict } from './dict'
import type { ThreadState } from '../../vm/thread-state'

export const FunctionType = builtinType('function', undefined, plainAlloc)
export const BuiltinFunctionType = builtinType('builtin_function_or_method', undefined, plainAlloc)
export const MethodType = builtinType('method', undefined, plainAlloc)
export const CellType = builtinType('cell', undefined, plainAlloc)

/** A closure cell; `undefined` while the variable is unbound. */
export class PyCell extends PyObject {
  constructor(public value: PyValue | undefined = undefined) {
    super(CellType)
  }
}

export class PyFunction extends PyObject {
  name: string
  qualname: string
  doc: PyValue
  module: PyValue
  annotations: PyDict | null = null
  constructor(
    public code: CodeObject,
    public globals: PyDict,
    public defaults: PyValue[],
    public kwdefaults: PyDict | null,
    public closure: PyCell[] | null,
  ) {
    super(FunctionType)
    this.attrs = new Map()
    this.name = code.name
    this.qualname = code.qualname
    this.doc = code.consts[0] ?? ''
    this.module = ''
  }
}

export type NativeImpl = (ts: ThreadState, args: PyValue[], kw: KwArgs | null) => PyValue
export type ResumableImpl = (ts: ThreadState, args: PyValue[], kw: KwArgs | null) => NativeGen
/** A resumable built-in's synchronous shortcut: its result, or undefined when the call needs the generator. */
export type FastImpl = (ts: ThreadState, args: PyValue[], kw: KwArgs | null) => PyValue | undefined

export interface BuiltinOptions {
  /** Bound to the instance when found on a type (a method descriptor). */
  method?: boolean
  /** A classmethod-like built-in (dict.fromkeys): bound to the class. */
  classMethod?: boolean
  /** A call that CPython 3.11 specialises without an eval-breaker check (len, isinstance, list.append). */
  noEvalBreak?: boolean
  /** `__self__`-less module function: shown as `<built-in function name>`. */
  module?: string
  /** Accepts (and ignores) keyword arguments although its implementation reads none (type.__prepare__). */
  ignoresKeywords?: boolean
  /** For a resumable built-in: tried first, so that common calls need no generator (`len` of a list). */
  fast?: FastImpl
}

/** A built-in function or method implemented in TypeScript. */
export class PyBuiltin extends PyObject {
  readonly method: boolean
  readonly classMethod: boolean
  readonly noEvalBreak: boolean
  readonly ignoresKeywords: boolean
  readonly fast: FastImpl | null
  /** Its calling convention as call-costs classifies it (cached there, on the unbound built-in). */
  convention: number | undefined = undefined
  /** The built-in this one was bound from (`bind`). */
  boundFrom: PyBuiltin | null = null
  constructor(
    readonly name: string,
    readonly impl: NativeImpl | ResumableImpl,
    readonly resumable: boolean,
    options: BuiltinOptions = {},
    /** The type that owns a method, for `<method 'append' of 'list' objects>` and argument checks. */
    public owner: PyType | null = null,
    /** A bound self for built-in methods taken off an instance (`[].append`). */
    readonly self: PyValue | null = null,
  ) {
    super(BuiltinFunctionType)
    this.method = options.method ?? false
    this.classMethod = options.classMethod ?? false
    this.noEvalBreak = options.noEvalBreak ?? false
    this.ignoresKeywords = options.ignoresKeywords ?? false
    this.fast = options.fast ?? null
  }

  bind(self: PyValue): PyBuiltin {
    const options = {
      noEvalBreak: this.noEvalBreak,
      ignoresKeywords: this.ignoresKeywords,
      fast: this.fast ?? undefined,
    }
    const bound = new PyBuiltin(this.name, this.impl, this.resumable, options, this.owner, self)
    bound.boundFrom = this
    return bound
  }
}

export function native(name: string, impl: NativeImpl, options?: BuiltinOptions): PyBuiltin {
  return new PyBuiltin(name, impl, false, options)
}

export function resumable(name: string, impl: ResumableImpl, options?: BuiltinOptions): PyBuiltin {
  return new PyBuiltin(name, impl, true, options)
}

export class PyBoundMethod extends PyObject {
  constructor(
    readonly func: PyValue,
    readonly self: PyValue,
  ) {
    super(MethodType)
  }
}
