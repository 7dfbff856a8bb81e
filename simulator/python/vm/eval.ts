// The evaluation loop: a clean small cousin of CPython's ceval. Every thread owns an explicit stack of frames;
// this loop runs the top one instruction by instruction, so it can stop after any instruction and resume later.
// Built-ins that need Python code (a `__repr__`, a key function) are JS generators kept as NativeFrames.
import { CompareOp, FormatFlag, formatConversionMask } from '../compiler/opcodes'
import { getAttrFast, hasCustomGetattribute } from '../runtime/abstract/attr'
import { loadAttrCached, loadMethodCached, plainInitCached, storeAttrCached } from '../runtime/abstract/attr-cache'
import { formatRecursionCheck } from '../runtime/abstract/format'
import { compareFast } from '../runtime/abstract/compare'
import { numericBinary } from '../runtime/abstract/numeric'
import { truthFast } from '../runtime/abstract/truth'
import { CodeFlag, type CodeObject } from '../runtime/code'
import { unboundLocalError, freeVarError, nameError, typeError, runtimeError } from '../runtime/errors'
import { useIdRegistry } from '../runtime/abstract/identity'
import { RequestKind, type NativeGen, type Request } from '../runtime/native'
import { None, PyType, type PyObject, type PyValue } from '../runtime/object'
import { False, True } from '../runtime/types/bool'
import { PyDict } from '../runtime/types/dict'
import { PyBaseException } from '../runtime/types/exceptions'
import { FloatType, PyFloat } from '../runtime/types/float'
import {
  inComparison,
  recursionError,
  useRecursionCounter,
  whileCalling,
  whileRepr,
  whileStr,
} from '../runtime/recursion'
import { PyBoundMethod, PyBuiltin, PyCell, PyFunction } from '../runtime/types/function'
import { PyGenerator, ResumeMode, GeneratorType, CoroutineType, AsyncGeneratorType } from '../runtime/types/generator'
import { NativeIterator } from '../runtime/types/iterators'
import { PyList } from '../runtime/types/list'
import { PyTraceback } from '../runtime/types/traceback'
import { PyTuple, pyTuple } from '../runtime/types/tuple'
import { strOf } from '../runtime/types/str-subclass'
import { bindArgs } from './bind-args'
import { callUnits, isTypeSlot } from './call-costs'
import { checkMethodSelf } from './method-self'
import { delegateOf, generatorKind } from './generator-ops'
import { exitFinalizer, finalizerFor, hasCandidates, noteSuspended, type DropGroup } from './gen-finalizer'
import { Frame, NativeFrame, NativeResult } from './frame'
import { enterFast } from './enter-fast'
import * as slow from './slow-ops'
import { Stop, type ThreadState } from './thread-state'

/**
 * The compiler's `Op`, declared again here: TypeScript is compiled one file at a time (tsx, Vite, Vitest), which
 * inlines a const enum only in the file that declares it. With literal case labels the dispatch switch becomes a jump
 * table instead of a chain of property loads and compares. `dispatch-opcodes.test.ts` keeps it equal to `opNames`.
 */
const enum Op {
  NOP,
  POP_TOP,
  PUSH_NULL,
  COPY,
  SWAP,
  UNARY_POSITIVE,
  UNARY_NEGATIVE,
  UNARY_NOT,
  UNARY_INVERT,
  BINARY_OP,
  BINARY_SUBSCR,
  STORE_SUBSCR,
  DELETE_SUBSCR,
  BUILD_SLICE,
  COMPARE_OP,
  IS_OP,
  CONTAINS_OP,
  LOAD_CONST,
  LOAD_FAST,
  STORE_FAST,
  DELETE_FAST,
  LOAD_NAME,
  STORE_NAME,
  DELETE_NAME,
  LOAD_GLOBAL,
  STORE_GLOBAL,
  DELETE_GLOBAL,
  LOAD_DEREF,
  STORE_DEREF,
  DELETE_DEREF,
  LOAD_CLOSURE,
  LOAD_CLASSDEREF,
  MAKE_CELL,
  COPY_FREE_VARS,
  LOAD_ATTR,
  STORE_ATTR,
  DELETE_ATTR,
  LOAD_METHOD,
  BUILD_TUPLE,
  BUILD_LIST,
  BUILD_SET,
  BUILD_MAP,
  BUILD_CONST_KEY_MAP,
  BUILD_STRING,
  LIST_APPEND,
  SET_ADD,
  MAP_ADD,
  LIST_EXTEND,
  SET_UPDATE,
  DICT_UPDATE,
  DICT_MERGE,
  LIST_TO_TUPLE,
  UNPACK_SEQUENCE,
  UNPACK_EX,
  FORMAT_VALUE,
  JUMP_FORWARD,
  JUMP_BACKWARD,
  JUMP_BACKWARD_NO_INTERRUPT,
  POP_JUMP_FORWARD_IF_FALSE,
  POP_JUMP_FORWARD_IF_TRUE,
  POP_JUMP_BACKWARD_IF_FALSE,
  POP_JUMP_BACKWARD_IF_TRUE,
  POP_JUMP_FORWARD_IF_NONE,
  POP_JUMP_FORWARD_IF_NOT_NONE,
  POP_JUMP_BACKWARD_IF_NONE,
  POP_JUMP_BACKWARD_IF_NOT_NONE,
  JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP,
  GET_ITER,
  FOR_ITER,
  GET_YIELD_FROM_ITER,
  SEND,
  YIELD_VALUE,
  RETURN_VALUE,
  RETURN_GENERATOR,
  RESUME,
  CALL,
  KW_NAMES,
  CALL_FUNCTION_EX,
  MAKE_FUNCTION,
  LOAD_BUILD_CLASS,
  IMPORT_NAME,
  IMPORT_FROM,
  IMPORT_STAR,
  RAISE_VARARGS,
  RERAISE,
  PUSH_EXC_INFO,
  POP_EXCEPT,
  CHECK_EXC_MATCH,
  WITH_EXCEPT_START,
  BEFORE_WITH,
  BEFORE_ASYNC_WITH,
  LOAD_ASSERTION_ERROR,
  GET_AWAITABLE,
  GET_AITER,
  GET_ANEXT,
  END_ASYNC_FOR,
  ASYNC_GEN_WRAP,
  SETUP_ANNOTATIONS,
  CLEANUP_THROW,
}

/** The compiler's `BinaryOp`, declared again here for the same reason as `Op` (BINARY_OP reads it on every run). */
const enum BinaryOp {
  ADD,
  AND,
  FLOOR_DIVIDE,
  LSHIFT,
  MATRIX_MULTIPLY,
  MULTIPLY,
  REMAINDER,
  OR,
  POWER,
  RSHIFT,
  SUBTRACT,
  TRUE_DIVIDE,
  XOR,
  INPLACE = 13,
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER

/** Runs `ts` for at most `budget` instructions; says why it stopped. */
export function execute(ts: ThreadState, budget: number): Stop {
  useIdRegistry(ts.interp.ids)
  useRecursionCounter(ts)
  if (ts.wakeWith !== null) {
    const stop = resumeWoken(ts)
    if (stop !== undefined) {
      ts.remaining = budget
      return stop
    }
  }
  if (ts.frame === null) return Stop.FINISHED
  const stop = run(ts, budget)
  ts.steps += budget - ts.remaining
  return stop
}

declare module './thread-state' {
  interface ThreadState {
    /** Instructions left in the current `execute` call. */
    remaining: number
  }
}

/**
 * Runs Python instructions until the budget ends or the thread must stop. Calls, returns, yields and exceptions
 * switch frames inside the loop (as CPython's ceval does with `goto start_frame`), reloading the frame's state.
 */
function run(ts: ThreadState, budget: number): Stop {
  let remaining = budget
  frames: for (;;) {
    const top = ts.frame
    if (top === null) {
      ts.remaining = remaining
      return Stop.FINISHED
    }
    if (top.kind === 'native') {
      const pending = top.pending
      if (pending === null) {
        ts.remaining = remaining
        return Stop.BLOCKED
      }
      top.pending = null
      const s = driveNative(ts, top, pending.value, pending.exc, pending.dropped ?? null)
      if (s !== undefined) {
        ts.remaining = remaining
        return s
      }
      continue
    }
    const frame = top
    const code = frame.code
    const instrs = code.code
    const consts = code.consts
    const names = code.names
    const attrCaches = code.attrCaches
    const stack = frame.stack as (PyValue | undefined)[]
    const fast = frame.fast
    let sp = frame.sp
    let pc = frame.pc
    /** Values the instruction let go of while some generator awaits finalization (see gen-finalizer). */
    let dropped: (PyValue | undefined)[] | null = null
    try {
      while (remaining > 0) {
        remaining--
        const word = instrs[pc]
        pc++
        const arg = word >>> 8
        switch ((word & 0xff) as Op) {
          case Op.NOP:
            break
          case Op.RESUME:
            if (code.warmup < 0) code.warmup++
            if (ts.evalBreaker) {
              frame.pc = pc
              frame.sp = sp
              ts.remaining = remaining
              return Stop.SWITCH
            }
            break
          case Op.POP_TOP:
            sp--
            if (hasCandidates()) dropped = [stack[sp]]
            break
          case Op.PUSH_NULL:
            stack[sp++] = undefined
            break
          case Op.COPY:
            stack[sp] = stack[sp - arg]
            sp++
            break
          case Op.SWAP: {
            const t = stack[sp - 1]
            stack[sp - 1] = stack[sp - arg]
            stack[sp - arg] = t
            break
          }
          case Op.LOAD_CONST:
            stack[sp++] = consts[arg]
            break
          case Op.LOAD_FAST: {
            const v = fast[arg]
            if (v === undefined) throw unboundLocalError(code.localsplus[arg])
            stack[sp++] = v
            break
          }
          case Op.STORE_FAST:
            if (hasCandidates()) dropped = [fast[arg]]
            fast[arg] = stack[--sp]
            break
          case Op.DELETE_FAST:
            if (fast[arg] === undefined) throw unboundLocalError(code.localsplus[arg])
            if (hasCandidates()) dropped = [fast[arg]]
            fast[arg] = undefined
            break
          case Op.LOAD_GLOBAL: {
            const name = names[arg >> 1]
            let v = frame.globals.map.get(name)
            if (v === undefined) {
              v = frame.builtins.map.get(name)
              if (v === undefined) throw nameError(name)
            }
            if (arg & 1) stack[sp++] = undefined
            stack[sp++] = v
            break
          }
          case Op.STORE_GLOBAL:
            if (hasCandidates()) dropped = [frame.globals.map.get(names[arg])]
            frame.globals.setStr(names[arg], stack[--sp]!)
            break
          case Op.DELETE_GLOBAL:
            if (hasCandidates()) dropped = [frame.globals.map.get(names[arg])]
            if (!frame.globals.deleteCanonical(names[arg])) throw nameError(names[arg])
            break
          case Op.LOAD_NAME: {
            const name = names[arg]
            let v = frame.locals!.map.get(name)
            if (v === undefined && frame.locals !== frame.globals) v = frame.globals.map.get(name)
            if (v === undefined) {
              v = frame.builtins.map.get(name)
              if (v === undefined) throw nameError(name)
            }
            stack[sp++] = v
            break
          }
          case Op.STORE_NAME:
            if (hasCandidates()) dropped = [frame.locals!.map.get(names[arg])]
            frame.locals!.setStr(names[arg], stack[--sp]!)
            break
          case Op.DELETE_NAME:
            if (hasCandidates()) dropped = [frame.locals!.map.get(names[arg])]
            if (!frame.locals!.deleteCanonical(names[arg])) throw nameError(names[arg])
            break
          case Op.MAKE_CELL:
            fast[arg] = new PyCell(fast[arg])
            break
          case Op.COPY_FREE_VARS: {
            const closure = frame.func!.closure!
            const offset = code.nslots - arg
            for (let i = 0; i < arg; i++) fast[offset + i] = closure[i]
            break
          }
          case Op.LOAD_CLOSURE:
            stack[sp++] = fast[arg]
            break
          case Op.LOAD_DEREF: {
            const v = (fast[arg] as PyCell).value
            if (v === undefined) throw derefError(code, arg)
            stack[sp++] = v
            break
          }
          case Op.LOAD_CLASSDEREF: {
            const name = code.localsplus[arg]
            let v = frame.locals!.map.get(name)
            if (v === undefined) {
              v = (fast[arg] as PyCell).value
              if (v === undefined) throw derefError(code, arg)
            }
            stack[sp++] = v
            break
          }
          case Op.STORE_DEREF:
            if (hasCandidates()) dropped = [(fast[arg] as PyCell).value]
            ;(fast[arg] as PyCell).value = stack[--sp]
            break
          case Op.DELETE_DEREF: {
            const cell = fast[arg] as PyCell
            if (cell.value === undefined) throw derefError(code, arg)
            if (hasCandidates()) dropped = [cell.value]
            cell.value = undefined
            break
          }
          case Op.BINARY_OP: {
            const b = stack[--sp]!
            const a = stack[sp - 1]!
            let r: PyValue | undefined
            const op = arg >= BinaryOp.INPLACE ? arg - BinaryOp.INPLACE : arg
            if (typeof a === 'number' && typeof b === 'number') {
              if (op === BinaryOp.ADD) {
                r = a + b
                if (r > MAX_SAFE || r < -MAX_SAFE) r = undefined
              } else if (op === BinaryOp.SUBTRACT) {
                r = a - b
                if (r > MAX_SAFE || r < -MAX_SAFE) r = undefined
              } else if (op === BinaryOp.MULTIPLY) {
                r = a * b
                if (r > MAX_SAFE || r < -MAX_SAFE) r = undefined
                else if (r === 0) r = 0
              } else if ((op === BinaryOp.REMAINDER || op === BinaryOp.FLOOR_DIVIDE) && b !== 0) {
                r = floorDivMod(a, b, op === BinaryOp.FLOOR_DIVIDE)
              }
            } else if (typeof a === 'string' && typeof b === 'string' && op === BinaryOp.ADD) {
              r = a + b
            }
            if (r === undefined) r = numericBinary(a, b, op)
            // `list += x` mutates in place, so it must not take the concatenation fast path.
            if (r === undefined && !(a instanceof PyList && arg >= BinaryOp.INPLACE)) r = slow.binaryBuiltin(a, b, op)
            if (r === undefined) {
              sp--
              frame.pc = pc
              frame.sp = sp
              ts.remaining = remaining
              {
                const s = startNative(ts, slow.binaryOp(a, b, arg), NativeResult.PUSH, 'BINARY_OP')
                if (s !== undefined) return s
                continue frames
              }
            }
            stack[sp - 1] = r
            break
          }
          case Op.UNARY_NEGATIVE:
          case Op.UNARY_POSITIVE:
          case Op.UNARY_INVERT: {
            const v = stack[sp - 1]!
            const r = slow.unaryFast(v, word & 0xff)
            if (r !== undefined) {
              stack[sp - 1] = r
              break
            }
            sp--
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, slow.unary(v, word & 0xff), NativeResult.PUSH, 'UNARY')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.UNARY_NOT: {
            const v = stack[sp - 1]!
            const t = truthFast(v)
            if (t !== undefined) {
              stack[sp - 1] = t ? False : True
              break
            }
            sp--
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, slow.not(v), NativeResult.PUSH, 'UNARY_NOT')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.COMPARE_OP: {
            const b = stack[--sp]!
            const a = stack[sp - 1]!
            if (ts.depth >= ts.interp.recursionLimit && !compareSpecialized(code, instrs[pc], a, b, arg)) {
              throw recursionError(inComparison)
            }
            if (typeof a === 'number' && typeof b === 'number') {
              let r: boolean
              switch (arg) {
                case 0:
                  r = a < b
                  break
                case 1:
                  r = a <= b
                  break
                case 2:
                  r = a === b
                  break
                case 3:
                  r = a !== b
                  break
                case 4:
                  r = a > b
                  break
                default:
                  r = a >= b
              }
              stack[sp - 1] = r ? True : False
              break
            }
            const r = compareFast(a, b, arg)
            if (r !== undefined) {
              stack[sp - 1] = r ? True : False
              break
            }
            sp--
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, slow.compare(a, b, arg), NativeResult.PUSH, 'COMPARE_OP')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.IS_OP: {
            const b = stack[--sp]
            const a = stack[sp - 1]
            stack[sp - 1] = (a === b) !== (arg === 1) ? True : False
            break
          }
          case Op.CONTAINS_OP: {
            const container = stack[--sp]!
            const item = stack[sp - 1]!
            // A list or tuple compares its first item with PyObject_RichCompare unless it is the same object.
            if (
              ts.depth >= ts.interp.recursionLimit &&
              (container instanceof PyList || container instanceof PyTuple) &&
              container.items.length > 0 &&
              container.items[0] !== item
            ) {
              throw recursionError(inComparison)
            }
            const r = slow.containsFast(item, container)
            if (r !== undefined) {
              stack[sp - 1] = r !== (arg === 1) ? True : False
              break
            }
            sp--
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, slow.contains(item, container, arg === 1), NativeResult.PUSH, 'CONTAINS_OP')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.POP_JUMP_FORWARD_IF_FALSE:
          case Op.POP_JUMP_FORWARD_IF_TRUE:
          case Op.POP_JUMP_BACKWARD_IF_FALSE:
          case Op.POP_JUMP_BACKWARD_IF_TRUE: {
            const v = stack[--sp]!
            const op = word & 0xff
            const jumpIf = op === Op.POP_JUMP_FORWARD_IF_TRUE || op === Op.POP_JUMP_BACKWARD_IF_TRUE
            let t: boolean | undefined
            if (v === True) t = true
            else if (v === False) t = false
            else t = truthFast(v)
            if (t === undefined) {
              frame.pc = pc
              frame.sp = sp
              ts.remaining = remaining
              {
                const s = startNative(ts, slow.jumpIf(frame, v, jumpIf, arg), NativeResult.DISCARD, 'bool')
                if (s !== undefined) return s
                continue frames
              }
            }
            if (t === jumpIf) {
              pc = arg
              if (arg < pc && ts.evalBreaker) {
                frame.pc = pc
                frame.sp = sp
                ts.remaining = remaining
                return Stop.SWITCH
              }
            }
            break
          }
          case Op.POP_JUMP_FORWARD_IF_NONE:
          case Op.POP_JUMP_BACKWARD_IF_NONE:
            if (stack[--sp] === None) pc = arg
            break
          case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
          case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
            if (stack[--sp] !== None) pc = arg
            break
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.JUMP_IF_TRUE_OR_POP: {
            const v = stack[sp - 1]!
            const jumpIf = (word & 0xff) === Op.JUMP_IF_TRUE_OR_POP
            const t = v === True ? true : v === False ? false : truthFast(v)
            if (t === undefined) {
              frame.pc = pc
              frame.sp = sp
              ts.remaining = remaining
              {
                const s = startNative(ts, slow.jumpOrPop(frame, v, jumpIf, arg), NativeResult.DISCARD, 'bool')
                if (s !== undefined) return s
                continue frames
              }
            }
            if (t === jumpIf) pc = arg
            else sp--
            break
          }
          case Op.JUMP_FORWARD:
            pc = arg
            break
          case Op.JUMP_BACKWARD:
            pc = arg
            if (code.warmup < 0) code.warmup++
            if (ts.evalBreaker) {
              frame.pc = pc
              frame.sp = sp
              ts.remaining = remaining
              return Stop.SWITCH
            }
            break
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            pc = arg
            break
          case Op.GET_ITER: {
            const v = stack[sp - 1]!
            const it = slow.iterFastOrUndefined(v)
            if (it !== undefined) {
              stack[sp - 1] = it
              break
            }
            sp--
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, slow.getIter(v), NativeResult.PUSH, 'iter')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.FOR_ITER: {
            const it = stack[sp - 1]!
            // The type test first: `instanceof` walks a generator's whole prototype chain before it fails.
            if (typeof it === 'object' && it.cls === GeneratorType) {
              frame.pc = pc
              frame.sp = sp
              ts.remaining = remaining
              const s = resumeGenerator(ts, it as PyGenerator, None, null, ResumeMode.FOR_ITER, arg)
              if (s !== undefined) return s
              continue frames
            }
            if (it instanceof NativeIterator) {
              const v = it.next()
              if (v === undefined) {
                sp--
                pc = arg
              } else {
                stack[sp++] = v
              }
              break
            }
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, slow.forIter(frame, it, arg), NativeResult.DISCARD, 'next')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.LOAD_ATTR: {
            const obj = stack[sp - 1]!
            const name = names[arg]
            const v = loadAttrCached(attrCaches, pc - 1, obj, name)
            if (v !== undefined) {
              stack[sp - 1] = v
              break
            }
            sp--
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, slow.getAttr(obj, name), NativeResult.PUSH, 'getattr')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.LOAD_METHOD: {
            const obj = stack[sp - 1]!
            const name = names[arg]
            const method = loadMethodCached(attrCaches, pc - 1, obj, name)
            if (method !== undefined) {
              stack[sp - 1] = method
              stack[sp++] = obj
              break
            }
            if (typeof obj !== 'object' || !(obj instanceof PyType)) {
              const t = typeof obj === 'object' ? obj.cls : slow.typeOfPrimitive(obj)
              const attr = hasCustomGetattribute(t) ? undefined : t.lookup(name)
              if (
                (attr instanceof PyFunction || (attr instanceof PyBuiltin && attr.method)) &&
                (typeof obj !== 'object' || obj.attrs === null || !obj.attrs.has(name))
              ) {
                stack[sp - 1] = attr
                stack[sp++] = obj
                break
              }
            }
            const v = getAttrFast(obj, name)
            if (v !== undefined) {
              stack[sp - 1] = undefined
              stack[sp++] = v
              break
            }
            sp--
            stack[sp++] = undefined
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, slow.getAttr(obj, name), NativeResult.PUSH, 'getattr')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.STORE_ATTR: {
            const obj = stack[--sp]!
            const value = stack[--sp]!
            const old = hasCandidates() && typeof obj === 'object' ? obj.attrs?.get(names[arg]) : undefined
            if (storeAttrCached(attrCaches, pc - 1, obj, names[arg], value)) {
              if (old !== undefined) dropped = [old]
              break
            }
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, slow.setAttr(obj, names[arg], value), NativeResult.DISCARD, 'setattr')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.DELETE_ATTR: {
            const obj = stack[--sp]!
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, slow.setAttr(obj, names[arg], undefined), NativeResult.DISCARD, 'delattr')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.BINARY_SUBSCR: {
            const key = stack[--sp]!
            const container = stack[sp - 1]!
            const v = slow.subscriptFast(container, key)
            if (v !== undefined) {
              stack[sp - 1] = v
              break
            }
            sp--
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, slow.subscript(container, key), NativeResult.PUSH, 'getitem')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.STORE_SUBSCR: {
            const key = stack[--sp]!
            const container = stack[--sp]!
            const value = stack[--sp]!
            if (slow.storeSubscriptFast(container, key, value)) break
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, slow.storeSubscript(container, key, value), NativeResult.DISCARD, 'setitem')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.DELETE_SUBSCR: {
            const key = stack[--sp]!
            const container = stack[--sp]!
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, slow.deleteSubscript(container, key), NativeResult.DISCARD, 'delitem')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.BUILD_SLICE: {
            const step = arg === 3 ? stack[--sp]! : None
            const stop = stack[--sp]!
            const start = stack[sp - 1]!
            stack[sp - 1] = slow.newSlice(start, stop, step)
            break
          }
          case Op.BUILD_TUPLE: {
            const items = stack.slice(sp - arg, sp) as PyValue[]
            sp -= arg
            stack[sp++] = pyTuple(items)
            break
          }
          case Op.BUILD_LIST: {
            const items = stack.slice(sp - arg, sp) as PyValue[]
            sp -= arg
            stack[sp++] = new PyList(items)
            break
          }
          case Op.LIST_TO_TUPLE:
            stack[sp - 1] = pyTuple([...(stack[sp - 1] as PyList).items])
            break
          case Op.LIST_APPEND: {
            const v = stack[--sp]!
            ;(stack[sp - arg] as PyList).items.push(v)
            break
          }
          case Op.LIST_EXTEND: {
            const iterable = stack[--sp]!
            const list = stack[sp - arg] as PyList
            const items = slow.itemsFast(iterable)
            if (items !== undefined) {
              for (const x of items) list.items.push(x)
              break
            }
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, slow.extendList(list, iterable), NativeResult.DISCARD, 'extend')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.BUILD_SET:
          case Op.SET_ADD:
          case Op.SET_UPDATE:
          case Op.BUILD_MAP:
          case Op.BUILD_CONST_KEY_MAP:
          case Op.MAP_ADD:
          case Op.DICT_UPDATE:
          case Op.DICT_MERGE: {
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, slow.buildContainer(frame, word & 0xff, arg), NativeResult.DISCARD, 'build')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.BUILD_STRING: {
            let s = ''
            for (let i = sp - arg; i < sp; i++) s += stack[i] as string
            sp -= arg
            stack[sp++] = s
            break
          }
          case Op.FORMAT_VALUE: {
            const spec = arg & FormatFlag.HAS_SPEC ? (stack[--sp] as string) : ''
            const v = stack[--sp]!
            if (ts.depth >= ts.interp.recursionLimit) {
              const where = formatValueRecursionCheck(v, arg & formatConversionMask, spec)
              if (where !== null) throw recursionError(where)
            }
            const r = slow.formatFast(v, arg & formatConversionMask, spec)
            if (r !== undefined) {
              stack[sp++] = r
              break
            }
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(
                ts,
                slow.formatValue(v, arg & formatConversionMask, spec),
                NativeResult.PUSH,
                'format',
              )
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.UNPACK_SEQUENCE: {
            const seq = stack[sp - 1]!
            const items = slow.itemsFast(seq)
            if (items !== undefined && items.length === arg) {
              sp--
              for (let i = arg - 1; i >= 0; i--) stack[sp++] = items[i]
              break
            }
            sp--
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, slow.unpack(frame, seq, arg, -1), NativeResult.DISCARD, 'unpack')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.UNPACK_EX: {
            const seq = stack[--sp]!
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, slow.unpack(frame, seq, arg & 0xff, arg >> 8), NativeResult.DISCARD, 'unpack')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.KW_NAMES:
            frame.kwnames = consts[arg] as PyTuple
            break
          case Op.CALL: {
            const kwnames = frame.kwnames
            frame.kwnames = null
            let callable = stack[sp - arg - 2]
            let first = sp - arg
            let nargs = arg
            if (callable === undefined) {
              callable = stack[sp - arg - 1]!
            } else {
              first--
              nargs++
            }
            // A function first: `instanceof PyBoundMethod` walks a function's whole prototype chain before failing.
            if (first === sp - arg && !(callable instanceof PyFunction) && callable instanceof PyBoundMethod) {
              // A bound method in the NULL form: unpack into (function, self) in place, as 3.11's CALL does.
              stack[sp - arg - 2] = callable.func
              stack[sp - arg - 1] = callable.self
              callable = callable.func
              first--
              nargs++
            }
            frame.pc = pc
            ts.remaining = remaining
            if (callable instanceof PyFunction && kwnames === null) {
              const fcode = callable.code
              if (fcode.argcount === nargs && (fcode.flags & simpleCallMask) === 0 && fcode.kwonlyargcount === 0) {
                const callee = new Frame(fcode, callable.globals, frame.builtins, null, callable)
                for (let i = 0; i < nargs; i++) callee.fast[i] = stack[first + i]
                frame.sp = sp - arg - 2
                {
                  const s = pushFrame(ts, callee)
                  if (s !== undefined) return s
                  continue frames
                }
              }
            }
            if (callable instanceof PyType && kwnames === null) {
              const init = plainInitCached(attrCaches, pc - 1, callable)
              if (init !== undefined && takesExactly(init.code, nargs + 1)) {
                const held = callUnits(callable, code.warmup >= 0, nargs, false, ts.interp.builtins)
                if (held === 0 || ts.depth < ts.interp.recursionLimit) {
                  frame.sp = sp - arg - 2
                  const s = pushInit(ts, callable, init, stack as PyValue[], first, nargs, held)
                  if (s !== undefined) return s
                  continue frames
                }
              }
            }
            if (callable instanceof PyBuiltin && kwnames === null) {
              frame.sp = sp - arg - 2
              const s = callBuiltinFromStack(ts, callable, stack, first, sp, code.warmup >= 0)
              if (s !== undefined) return s
              continue frames
            }
            const args = stack.slice(first, sp) as PyValue[]
            frame.sp = sp - arg - 2
            {
              const s = call(ts, callable as PyValue, args, kwnames, code.warmup >= 0)
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.CALL_FUNCTION_EX: {
            if (!(stack[sp - 1 - (arg & 1)] instanceof PyTuple)) {
              // `f(*a)` passes `a` itself: make it a tuple, then run this instruction again.
              frame.pc = pc
              frame.sp = sp
              ts.remaining = remaining
              const s = startNative(ts, slow.starArgs(frame, sp - 1 - (arg & 1)), NativeResult.DISCARD, 'call')
              if (s !== undefined) return s
              continue frames
            }
            const kwargs = arg & 1 ? (stack[--sp] as PyDict) : null
            const args = stack[--sp] as PyTuple
            const callable = stack[--sp]!
            sp--
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            let kwnames: PyTuple | null = null
            let allArgs = args.items
            if (kwargs && kwargs.size) {
              const names: string[] = []
              const values: PyValue[] = []
              for (const [k, v] of kwargs.entries()) {
                const name = strOf(k)
                if (name === undefined) throw typeError('keywords must be strings')
                names.push(name)
                values.push(v)
              }
              kwnames = pyTuple(names)
              allArgs = [...allArgs, ...values]
            }
            {
              const s = call(ts, callable, allArgs, kwnames, false)
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.MAKE_FUNCTION: {
            const fcode = stack[--sp] as CodeObject
            const closure = arg & 8 ? ((stack[--sp] as PyTuple).items as PyCell[]) : null
            const annotations = arg & 4 ? (stack[--sp] as PyTuple) : null
            const kwdefaults = arg & 2 ? (stack[--sp] as PyDict) : null
            const defaults = arg & 1 ? (stack[--sp] as PyTuple).items : []
            const fn = new PyFunction(fcode, frame.globals, defaults, kwdefaults, closure)
            fn.module = frame.globals.getStr('__name__') ?? None
            if (annotations) fn.annotations = slow.annotationsDict(annotations)
            stack[sp++] = fn
            break
          }
          case Op.RETURN_VALUE: {
            const v = stack[--sp]!
            frame.sp = sp
            frame.pc = pc
            ts.remaining = remaining
            {
              const s = returnFrom(ts, frame, v)
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.YIELD_VALUE: {
            const v = stack[--sp]!
            frame.sp = sp
            frame.pc = pc
            ts.remaining = remaining
            {
              const s = yieldFrom(ts, frame, v)
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.GET_YIELD_FROM_ITER: {
            const v = stack[sp - 1]!
            if (v instanceof PyGenerator && v.cls === CoroutineType) {
              if (!(frame.code.flags & (CodeFlag.COROUTINE | CodeFlag.ITERABLE_COROUTINE))) {
                throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
              }
              break
            }
            if (v instanceof PyGenerator) break
            const it = slow.iterFastOrUndefined(v)
            if (it !== undefined) {
              stack[sp - 1] = it
              break
            }
            sp--
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, slow.getIter(v), NativeResult.PUSH, 'iter')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.GET_AWAITABLE: {
            const v = stack[sp - 1]!
            if (v instanceof PyGenerator && v.cls === CoroutineType) {
              if (delegateOf(v) !== null) throw runtimeError('coroutine is being awaited already')
              break
            }
            sp--
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, slow.getAwaitable(v, arg), NativeResult.PUSH, 'await')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.SEND: {
            const value = stack[--sp]!
            const receiver = stack[sp - 1]!
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            if (receiver instanceof PyGenerator && receiver.cls !== AsyncGeneratorType) {
              {
                const s = resumeGenerator(ts, receiver, value, null, ResumeMode.SEND, arg)
                if (s !== undefined) return s
                continue frames
              }
            }
            {
              const s = startNative(ts, slow.send(frame, receiver, value, arg), NativeResult.DISCARD, 'send')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.ASYNC_GEN_WRAP:
            stack[sp - 1] = slow.wrapAsyncGenValue(stack[sp - 1]!)
            break
          case Op.GET_AITER:
          case Op.GET_ANEXT:
          case Op.END_ASYNC_FOR:
          case Op.BEFORE_ASYNC_WITH: {
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, slow.asyncOp(ts, frame, word & 0xff), NativeResult.DISCARD, 'async')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.BEFORE_WITH: {
            const mgr = stack[--sp]!
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            if (enterFast(ts, code, pc - 1, stack, sp, mgr)) {
              sp += 2
              break
            }
            {
              const s = startNative(ts, slow.beforeWith(frame, mgr), NativeResult.DISCARD, 'with')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.WITH_EXCEPT_START: {
            // Stack: exit, lasti, prev_exc, exc → call exit(type, exc, tb).
            const exc = stack[sp - 1] as PyBaseException
            const exit = stack[sp - 4]!
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, slow.callExit(exit, exc), NativeResult.PUSH, '__exit__')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.PUSH_EXC_INFO: {
            const exc = stack[sp - 1]!
            // A generator saves its own exception state, not the one it sees through its resumer.
            const gen = frame.gen
            stack[sp - 1] = gen !== null && ts.handled === gen.outerHandled ? None : ts.handled
            stack[sp++] = exc
            ts.handled = exc
            break
          }
          case Op.POP_EXCEPT: {
            if (hasCandidates()) dropped = [ts.handled]
            const restored = stack[--sp]!
            ts.handled = restored === None && frame.gen !== null ? frame.gen.outerHandled : restored
            break
          }
          case Op.CHECK_EXC_MATCH: {
            const match = stack[--sp]!
            const exc = stack[sp - 1] as PyBaseException
            stack[sp++] = slow.exceptionMatches(exc, match) ? True : False
            break
          }
          case Op.RAISE_VARARGS: {
            frame.pc = pc
            const cause = arg === 2 ? stack[--sp]! : undefined
            const exc = arg >= 1 ? stack[--sp]! : undefined
            frame.sp = sp
            ts.remaining = remaining
            if (exc === undefined) {
              if (ts.handled === None) throw runtimeError('No active exception to reraise')
              {
                const s = raise(ts, ts.handled as PyBaseException, true)
                if (s !== undefined) return s
                continue frames
              }
            }
            {
              const s = startNative(ts, slow.raiseValue(ts, exc, cause), NativeResult.DISCARD, 'raise')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.RERAISE: {
            const exc = stack[--sp] as PyBaseException
            const lasti = arg ? stack[sp - arg] : pc - 1
            frame.lasti = typeof lasti === 'number' ? lasti : pc - 1
            frame.sp = sp
            frame.pc = pc
            ts.remaining = remaining
            {
              const s = raise(ts, exc, true)
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.LOAD_ASSERTION_ERROR:
            stack[sp++] = slow.assertionErrorType()
            break
          case Op.LOAD_BUILD_CLASS:
            stack[sp++] = frame.builtins.map.get('__build_class__')!
            break
          case Op.SETUP_ANNOTATIONS:
            if (!frame.locals!.map.has('__annotations__')) frame.locals!.setStr('__annotations__', new PyDict())
            break
          case Op.IMPORT_NAME: {
            const fromlist = stack[--sp]!
            const level = stack[--sp]!
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(
                ts,
                ts.interp.importName(frame, names[arg], fromlist, level),
                NativeResult.PUSH,
                'import',
              )
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.IMPORT_FROM: {
            const module = stack[sp - 1]!
            frame.pc = pc
            frame.sp = sp
            ts.remaining = remaining
            {
              const s = startNative(ts, ts.interp.importFrom(module, names[arg]), NativeResult.PUSH, 'import')
              if (s !== undefined) return s
              continue frames
            }
          }
          case Op.IMPORT_STAR: {
            const module = stack[--sp]!
            ts.interp.importStar(frame, module)
            break
          }
          default:
            throw new Error(`interleave: opcode ${word & 0xff} is not implemented`)
        }
        if (dropped !== null) {
          frame.pc = pc
          frame.sp = sp
          const finalizer = finalizerFor(ts, [{ frame, values: dropped }])
          dropped = null
          if (finalizer !== null) {
            ts.remaining = remaining
            const s = runNative(ts, finalizer)
            if (s !== undefined) return s
            continue frames
          }
        }
      }
      frame.pc = pc
      frame.sp = sp
      ts.remaining = remaining
      return Stop.BUDGET
    } catch (error) {
      frame.pc = pc
      frame.sp = sp
      ts.remaining = remaining
      const s = raise(ts, slow.toPyException(error), false)
      if (s !== undefined) return s
    }
  }
}

/** Largest magnitude for which `a - a % b` stays exact in a double. */
const EXACT_DIVISION = 2 ** 52

/** `a // b` or `a % b` of two ints (b not 0) rounding toward minus infinity, or undefined when too large. */
function floorDivMod(a: number, b: number, quotient: boolean): number | undefined {
  if (a > EXACT_DIVISION || a < -EXACT_DIVISION || b > EXACT_DIVISION || b < -EXACT_DIVISION) return undefined
  let r = a % b
  if (r !== 0 && r < 0 !== b < 0) r += b
  // `+ 0` turns JavaScript's -0 into the int 0.
  return quotient ? (a - r) / b + 0 : r + 0
}

/**
 * Whether 3.11 runs this comparison as COMPARE_OP_{INT,FLOAT,STR}_JUMP, which skips PyObject_RichCompare's recursion
 * check: quickened code, a conditional jump next, and two small ints, two floats, or two strs compared for equality.
 */
function compareSpecialized(code: CodeObject, next: number, a: PyValue, b: PyValue, op: number): boolean {
  if (code.warmup < 0) return false
  const nextOp = (next & 0xff) as Op
  if (
    nextOp !== Op.POP_JUMP_FORWARD_IF_FALSE &&
    nextOp !== Op.POP_JUMP_FORWARD_IF_TRUE &&
    nextOp !== Op.POP_JUMP_BACKWARD_IF_FALSE &&
    nextOp !== Op.POP_JUMP_BACKWARD_IF_TRUE
  ) {
    return false
  }
  const compact = (x: PyValue) => typeof x === 'number' && Math.abs(x) < 2 ** 30
  if (compact(a) && compact(b)) return true
  if (a instanceof PyFloat && b instanceof PyFloat && a.cls === FloatType && b.cls === FloatType) return true
  return typeof a === 'string' && typeof b === 'string' && (op === CompareOp.EQ || op === CompareOp.NE)
}

/** The recursion check FORMAT_VALUE meets first: the conversion's (`!s` str(), `!r`/`!a` repr()), else the format's. */
function formatValueRecursionCheck(v: PyValue, conversion: number, spec: string): string | null {
  if (conversion === FormatFlag.REPR || conversion === FormatFlag.ASCII) return whileRepr
  if (conversion === FormatFlag.STR) return typeof v === 'string' ? null : whileStr
  return formatRecursionCheck(v, spec)
}

const simpleCallMask =
  CodeFlag.VARARGS | CodeFlag.VARKEYWORDS | CodeFlag.GENERATOR | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR

function derefError(code: CodeObject, slot: number): PyBaseException {
  const name = code.localsplus[slot]
  return slot >= code.nslots - code.freevars.length ? freeVarError(name) : unboundLocalError(name)
}

/** Whether a call with exactly `n` positional arguments and no keywords fills the code's parameters directly. */
function takesExactly(code: CodeObject, n: number): boolean {
  return code.argcount === n && (code.flags & simpleCallMask) === 0 && code.kwonlyargcount === 0
}

// --- frames ---

function pushFrame(ts: ThreadState, frame: Frame): Stop | undefined {
  if (ts.depth >= ts.interp.recursionLimit) {
    ts.depth -= frame.held
    return raise(ts, recursionError(''), false)
  }
  frame.back = ts.frame
  ts.frame = frame
  ts.depth++
  return undefined
}

/**
 * A class call that only allocates and runs a Python `__init__` (see plainInitOf), its arguments taken from the
 * caller's stack: the `__init__` frame returns the instance.
 */
function pushInit(
  ts: ThreadState,
  cls: PyType,
  init: PyFunction,
  stack: PyValue[],
  first: number,
  nargs: number,
  held: number,
): Stop | undefined {
  const instance = cls.alloc(cls)
  const frame = new Frame(init.code, init.globals, ts.interp.builtins, null, init)
  frame.initSelf = instance
  frame.fast[0] = instance
  for (let i = 0; i < nargs; i++) frame.fast[i + 1] = stack[first + i]
  frame.held = held
  ts.depth += held
  return pushFrame(ts, frame)
}

/** Calls any callable from the frame's CALL; the result lands on the frame's stack. */
function call(
  ts: ThreadState,
  callable: PyValue,
  args: PyValue[],
  kwnames: PyTuple | null,
  hot: boolean,
): Stop | undefined {
  try {
    return callInto(ts, callable, args, kwnames, null, hot)
  } catch (error) {
    return raise(ts, slow.toPyException(error), false)
  }
}

/**
 * Starts a call. Python functions get a frame; natives run now (or as a NativeFrame when resumable). The result of
 * a completed call is delivered to ts.frame (pushed on a Python frame, or sent into a native frame).
 */
function callInto(
  ts: ThreadState,
  callable: PyValue,
  args: PyValue[],
  kwnames: PyTuple | null,
  locals: PyDict | null,
  /** Whether the calling code is quickened; null when a native calls (a special method then is a type slot). */
  hot: boolean | null = null,
): Stop | undefined {
  const keywords = kwnames !== null && kwnames.items.length > 0
  const positional = args.length - (keywords ? kwnames.items.length : 0)
  const held =
    hot === null && isTypeSlot(callable)
      ? 0
      : callUnits(callable, hot === true, positional, keywords, ts.interp.builtins)
  if (held && ts.depth >= ts.interp.recursionLimit) throw recursionError(whileCalling)
  for (;;) {
    if (callable instanceof PyFunction) {
      const fcode = callable.code
      const frame = new Frame(fcode, callable.globals, ts.interp.builtins, locals, callable)
      if (
        kwnames === null &&
        fcode.argcount === args.length &&
        (fcode.flags & (CodeFlag.VARARGS | CodeFlag.VARKEYWORDS)) === 0 &&
        fcode.kwonlyargcount === 0
      ) {
        for (let i = 0; i < args.length; i++) frame.fast[i] = args[i]
      } else if (kwnames === null) {
        bindArgs(callable, frame.fast, args, null, null)
      } else {
        const n = kwnames.items.length
        bindArgs(
          callable,
          frame.fast,
          args.slice(0, args.length - n),
          kwnames.items as string[],
          args.slice(args.length - n),
        )
      }
      if (fcode.flags & (CodeFlag.GENERATOR | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR)) {
        const cls =
          fcode.flags & CodeFlag.GENERATOR
            ? GeneratorType
            : fcode.flags & CodeFlag.COROUTINE
              ? CoroutineType
              : AsyncGeneratorType
        const gen = new PyGenerator(frame, cls)
        frame.gen = gen
        return deliver(ts, gen)
      }
      frame.held = held
      ts.depth += held
      return pushFrame(ts, frame)
    }
    if (callable instanceof PyBuiltin) {
      const kw = kwnames === null ? null : slow.kwArgs(args, kwnames)
      if (kw !== null) rejectKeywords(callable, kw)
      const positional = kwnames === null ? args : args.slice(0, args.length - kwnames.items.length)
      const full = callable.self !== null ? [callable.self, ...positional] : positional
      return callBuiltin(ts, callable, full, kw, held)
    }
    if (callable instanceof PyBoundMethod) {
      args = [callable.self, ...args]
      callable = callable.func
      continue
    }
    if (callable instanceof PyType) {
      const init = slow.plainInit(callable, args, kwnames)
      if (init !== undefined) {
        const instance = callable.alloc(callable)
        const frame = new Frame(init.code, init.globals, ts.interp.builtins, null, init)
        frame.initSelf = instance
        if (kwnames === null && takesExactly(init.code, args.length + 1)) {
          frame.fast[0] = instance
          for (let i = 0; i < args.length; i++) frame.fast[i + 1] = args[i]
        } else if (kwnames === null) bindArgs(init, frame.fast, [instance, ...args], null, null)
        else {
          const all = [instance, ...args]
          const n = kwnames.items.length
          bindArgs(init, frame.fast, all.slice(0, all.length - n), kwnames.items as string[], all.slice(all.length - n))
        }
        frame.held = held
        ts.depth += held
        return pushFrame(ts, frame)
      }
      const nf = new NativeFrame(slow.construct(ts, callable, args, kwnames), NativeResult.PUSH, callable.name)
      nf.held = held
      ts.depth += held
      return runNative(ts, nf)
    }
    const dunder = slow.callMethodOf(callable)
    if (dunder === undefined) throw typeError(`'${slow.typeNameOf(callable)}' object is not callable`)
    args = [callable, ...args]
    callable = dunder
  }
}

/** Runs a built-in on its full arguments (self first, when bound) once the call's checks have passed. */
function callBuiltin(
  ts: ThreadState,
  callable: PyBuiltin,
  full: PyValue[],
  kw: Map<string, PyValue> | null,
  held: number,
): Stop | undefined {
  checkMethodSelf(callable, full)
  let result: PyValue | undefined
  if (callable.resumable) {
    result = callable.fast === null ? undefined : callable.fast(ts, full, kw)
    if (result === undefined) {
      const gen = (callable.impl as (ts: ThreadState, a: PyValue[], k: unknown) => NativeGen)(ts, full, kw)
      const nf = new NativeFrame(gen, NativeResult.PUSH, callable.name)
      nf.args = full
      nf.held = held
      nf.evalBreakAfter = !callable.noEvalBreak
      ts.depth += held
      return runNative(ts, nf)
    }
  } else {
    result = (callable.impl as (ts: ThreadState, a: PyValue[], k: unknown) => PyValue)(ts, full, kw)
  }
  const s = deliver(ts, result)
  if (s !== undefined || ts.frame?.kind !== 'python') return s
  const f = hasCandidates() ? finalizeDropped(ts, [{ frame: ts.frame, values: full }]) : undefined
  if (f !== undefined) return f
  // A CALL of a built-in is an eval-breaker point in 3.11, unless the call is specialised without a check.
  return ts.evalBreaker && !callable.noEvalBreak ? Stop.SWITCH : undefined
}

/**
 * CALL of a built-in without keywords: its arguments (after a bound built-in's self) copied off the caller's stack
 * into one array, without the generic path's intermediate copies.
 */
function callBuiltinFromStack(
  ts: ThreadState,
  callable: PyBuiltin,
  stack: (PyValue | undefined)[],
  first: number,
  end: number,
  hot: boolean,
): Stop | undefined {
  try {
    const held = callUnits(callable, hot, end - first, false, ts.interp.builtins)
    if (held && ts.depth >= ts.interp.recursionLimit) throw recursionError(whileCalling)
    const self = callable.self
    const offset = self !== null ? 1 : 0
    const full: PyValue[] = new Array(end - first + offset)
    if (self !== null) full[0] = self
    for (let i = first; i < end; i++) full[i - first + offset] = stack[i]!
    return callBuiltin(ts, callable, full, null, held)
  } catch (error) {
    return raise(ts, slow.toPyException(error), false)
  }
}

/** A built-in whose implementation has no `kw` parameter takes no keyword arguments (METH_O, METH_VARARGS). */
function rejectKeywords(fn: PyBuiltin, kw: Map<string, PyValue>): void {
  // tp_new/tp_init take keywords by signature, each type checking its own (property(fget=…)).
  if (kw.size === 0 || fn.impl.length >= 3 || fn.ignoresKeywords || fn.name === '__new__' || fn.name === '__init__')
    return
  const name = fn.owner !== null && (fn.method || fn.classMethod) ? `${fn.owner.name}.${fn.name}` : fn.name
  throw typeError(`${name}() takes no keyword arguments`)
}

/** Hands a finished call's value to ts.frame: pushed on a Python frame, sent into a native frame. */
function deliver(ts: ThreadState, value: PyValue): Stop | undefined {
  const target = ts.frame
  if (target === null) {
    ts.result = value
    return Stop.FINISHED
  }
  if (target.kind === 'python') {
    target.stack[target.sp++] = value
    return undefined
  }
  target.pending = { value, exc: null }
  return undefined
}

function returnFrom(ts: ThreadState, frame: Frame, value: PyValue): Stop | undefined {
  if (frame.gen !== null) return finishGenerator(ts, frame.gen, value)
  ts.depth -= 1 + frame.held
  ts.frame = frame.back
  if (frame.initSelf !== null) {
    if (value !== None) {
      return raise(ts, typeError(`__init__() should return None, not '${slow.typeNameOf(value)}'`), false)
    }
    value = frame.initSelf
  }
  const caller = ts.frame
  if (caller === null) {
    ts.result = value
    if (hasCandidates() && isMainModule(ts, frame)) {
      const finalizer = exitFinalizer(ts, frame.globals)
      if (finalizer !== null) return runNative(ts, finalizer)
    }
    return Stop.FINISHED
  }
  const s = deliver(ts, value)
  if (s !== undefined || caller.kind !== 'python' || !hasCandidates()) return s
  return finalizeDropped(ts, [{ frame, values: frameValues(frame) }])
}

function isMainModule(ts: ThreadState, frame: Frame): boolean {
  return (
    frame.func === null && frame.locals === frame.globals && ts.interp.modules.get('__main__')?.dict === frame.globals
  )
}

/** What a frame drops when it goes: its variables, then its value stack. */
function frameValues(frame: Frame): (PyValue | undefined)[] {
  return frame.fast.slice(0, frame.sp)
}

/** Closes the generators that died with `dropped`, in a native frame on top of ts.frame (see gen-finalizer). */
function finalizeDropped(ts: ThreadState, dropped: DropGroup[]): Stop | undefined {
  const finalizer = finalizerFor(ts, dropped)
  return finalizer === null ? undefined : runNative(ts, finalizer)
}

// --- native frames ---

/** Runs a native generator until it finishes or asks for Python code; it stays on the frame stack meanwhile. */
/** Runs a native generator as the bottom frame of an idle thread (the report of an uncaught exception). */
export function startNativeThread(ts: ThreadState, gen: NativeGen, name: string): Stop | undefined {
  useRecursionCounter(ts)
  return startNative(ts, gen, NativeResult.PUSH, name)
}

function startNative(ts: ThreadState, gen: NativeGen, result: NativeResult, name: string): Stop | undefined {
  return runNative(ts, new NativeFrame(gen, result, name))
}

/** Pushes a native frame on ts.frame and runs it. */
function runNative(ts: ThreadState, nf: NativeFrame): Stop | undefined {
  nf.back = ts.frame
  ts.frame = nf
  return driveNative(ts, nf, undefined, null)
}

/** Takes a finished or failed native off the stack, releasing the depth its call held. */
function popNative(ts: ThreadState, nf: NativeFrame): void {
  ts.frame = nf.back
  ts.depth -= nf.held
}

/** Runs `nf` from where it stands: its generator receives `value`, or has `exc` thrown into it. */
function driveNative(
  ts: ThreadState,
  nf: NativeFrame,
  value: PyValue | undefined,
  exc: PyObject | null,
  /** Values an unwinding exception already dropped, when `exc` is thrown into this native. */
  dropped: DropGroup[] | null = null,
): Stop | undefined {
  let step: IteratorResult<Request, PyValue>
  try {
    step = exc !== null ? nf.gen.throw(exc) : nf.gen.next(value)
  } catch (error) {
    popNative(ts, nf)
    return raise(ts, slow.toPyException(error), false, dropped)
  }
  for (;;) {
    if (step.done) {
      popNative(ts, nf)
      if (nf.result === NativeResult.PUSH) {
        const s = deliver(ts, step.value)
        if (s !== undefined || ts.frame?.kind !== 'python') return s
        if (nf.args !== null && hasCandidates()) {
          const f = finalizeDropped(ts, [{ frame: ts.frame, values: nf.args }])
          if (f !== undefined) return f
        }
        return nf.evalBreakAfter && ts.evalBreaker ? Stop.SWITCH : undefined
      }
      const below = ts.frame
      if (below !== null && below.kind === 'native') below.pending = { value: None, exc: null }
      return undefined
    }
    const request = step.value
    try {
      if (request.kind === RequestKind.CALL) {
        const callable = request.callable
        if (callable instanceof PyBuiltin && !callable.resumable && request.locals === undefined) {
          if (request.kw !== null) rejectKeywords(callable, request.kw)
          if (
            ts.depth >= ts.interp.recursionLimit &&
            !isTypeSlot(callable) &&
            // Natives call through the generic vectorcall path, as a cold CALL does.
            callUnits(callable, false, 1, false, ts.interp.builtins)
          ) {
            throw recursionError(whileCalling)
          }
          const args = callable.self !== null ? [callable.self, ...request.args] : request.args
          const value = (callable.impl as (ts: ThreadState, a: PyValue[], k: unknown) => PyValue)(ts, args, request.kw)
          step = nf.gen.next(value)
          continue
        }
        let kwnames: PyTuple | null = null
        let args = request.args
        if (request.kw && request.kw.size) {
          kwnames = pyTuple([...request.kw.keys()])
          args = [...args, ...request.kw.values()]
        }
        return callInto(ts, callable, args, kwnames, (request.locals as PyDict | undefined) ?? null)
      }
      if (request.kind === RequestKind.RESUME) {
        const gen = request.gen as PyGenerator
        return resumeGenerator(ts, gen, request.value, request.exc as PyBaseException | null, ResumeMode.NATIVE, 0)
      }
      ts.blockedOn = request.on
      return Stop.BLOCKED
    } catch (error) {
      try {
        step = nf.gen.throw(slow.toPyException(error))
      } catch (inner) {
        popNative(ts, nf)
        return raise(ts, slow.toPyException(inner), false)
      }
    }
  }
}

/**
 * Wakes a thread parked by a BLOCK request: on its next `execute`, the native that asked receives `value`
 * (or has `exc` thrown into it, e.g. a timeout turned into an exception).
 */
export function wake(ts: ThreadState, value: PyValue, exc: PyBaseException | null = null): void {
  ts.blockedOn = null
  ts.wakeWith = { value, exc }
}

function resumeWoken(ts: ThreadState): Stop | undefined {
  const wakeWith = ts.wakeWith!
  ts.wakeWith = null
  const nf = ts.frame as NativeFrame
  return driveNative(ts, nf, wakeWith.value, wakeWith.exc)
}

// --- generators ---

/** Resumes a generator frame on top of ts.frame; its next yield or return goes where `mode` says. */
function resumeGenerator(
  ts: ThreadState,
  gen: PyGenerator,
  value: PyValue,
  exc: PyBaseException | null,
  mode: ResumeMode,
  target: number,
): Stop | undefined {
  try {
    if (gen.running) throw slow.alreadyRunning(gen)
    if (gen.finished) {
      if (exc !== null) throw exc
      if (gen.cls === CoroutineType) throw runtimeError('cannot reuse already awaited coroutine')
      return deliverGenResult(ts, gen, mode, target, true, None)
    }
    if (!gen.started && value !== None && exc === null) {
      throw typeError(`can't send non-None value to a just-started ${generatorKind(gen)}`)
    }
  } catch (error) {
    return raise(ts, slow.toPyException(error), false)
  }
  const frame = gen.frame
  if (ts.depth >= ts.interp.recursionLimit) return raise(ts, recursionError(''), false)
  if (gen.started && exc === null) frame.stack[frame.sp++] = value
  gen.started = true
  gen.running = true
  // The generator's exception state stacks on the resumer's (gi_exc_state): its own, else what the resumer handles.
  gen.outerHandled = ts.handled
  if (gen.excState !== None) ts.handled = gen.excState
  gen.resumeMode = mode
  gen.resumeTarget = target
  frame.back = ts.frame
  ts.frame = frame
  ts.depth++
  if (exc !== null) return raise(ts, exc, false)
  return undefined
}

function yieldFrom(ts: ThreadState, frame: Frame, value: PyValue): Stop | undefined {
  const gen = frame.gen!
  gen.running = false
  ts.depth--
  ts.frame = frame.back
  frame.back = null
  leaveGenerator(ts, gen)
  noteSuspended(ts.interp, gen)
  return deliverGenResult(ts, gen, gen.resumeMode, gen.resumeTarget, false, value)
}

function finishGenerator(ts: ThreadState, gen: PyGenerator, value: PyValue): Stop | undefined {
  const frame = gen.frame
  gen.running = false
  gen.finished = true
  ts.depth--
  const consumer = frame.back
  ts.frame = consumer
  frame.back = null
  leaveGenerator(ts, gen)
  const s = deliverGenResult(ts, gen, gen.resumeMode, gen.resumeTarget, true, value)
  if (s !== undefined || consumer === null || consumer.kind !== 'python' || !hasCandidates()) return s
  return finalizeDropped(ts, [{ frame, values: frameValues(frame) }])
}

/** A generator stops running: it keeps the exception its code handles, and the resumer's comes back. */
function leaveGenerator(ts: ThreadState, gen: PyGenerator): void {
  gen.excState = ts.handled === gen.outerHandled ? None : ts.handled
  ts.handled = gen.outerHandled
  gen.outerHandled = None
}

function deliverGenResult(
  ts: ThreadState,
  gen: PyGenerator,
  mode: ResumeMode,
  target: number,
  done: boolean,
  value: PyValue,
): Stop | undefined {
  const consumer = ts.frame!
  if (mode === ResumeMode.NATIVE || consumer.kind === 'native') {
    const nf = consumer as NativeFrame
    nf.pending = { value: { done, value } as unknown as PyValue, exc: null }
    return undefined
  }
  if (mode === ResumeMode.FOR_ITER) {
    if (done) {
      consumer.sp--
      consumer.pc = target
    } else {
      consumer.stack[consumer.sp++] = value
    }
    return undefined
  }
  // SEND: a yield leaves the receiver below the value; a return replaces the receiver and jumps past the loop.
  if (done) {
    consumer.stack[consumer.sp - 1] = value
    consumer.pc = target
  } else {
    consumer.stack[consumer.sp++] = value
  }
  void gen
  return undefined
}

// --- exceptions ---

/**
 * Raises `exc` in ts.frame: records the traceback entry (unless re-raising), then unwinds frames until a handler in
 * the exception table catches it. Native frames get the exception thrown into their generator.
 */
export function raise(
  ts: ThreadState,
  exc: PyBaseException,
  reraise: boolean,
  carried: DropGroup[] | null = null,
): Stop | undefined {
  let first = true
  // Value-stack entries the unwinding drops (variables live on in the traceback's frames).
  const dropped: DropGroup[] | null = hasCandidates() ? (carried ?? []) : null
  for (;;) {
    const frame = ts.frame
    if (frame === null) {
      ts.uncaught = exc
      return Stop.FINISHED
    }
    if (frame.kind === 'native') {
      // Thrown into the native when the loop next runs it; if it does not catch it, unwinding goes on from there.
      frame.pending = { value: None, exc, dropped }
      return undefined
    }
    // The instruction that raised (or called what raised) is the one before pc; RERAISE sets lasti itself.
    if (!(reraise && first)) {
      frame.lasti = frame.pc - 1
      exc.traceback = new PyTraceback(exc.traceback, frame, frame.lasti)
    }
    if (first && !reraise) slow.chainContext(exc, ts.handled)
    first = false
    // The handler is found from the instruction executing now; the pushed lasti may be one RERAISE restored.
    const handler = frame.code.handlerFor(frame.pc - 1)
    if (handler !== null) {
      const depth = frame.base + handler.depth
      if (dropped !== null) dropped.push({ frame, values: frame.stack.slice(depth, frame.sp) })
      frame.sp = depth
      if (handler.lasti) frame.stack[frame.sp++] = frame.lasti
      frame.stack[frame.sp++] = exc
      frame.pc = handler.target
      return dropped !== null && dropped.length ? finalizeDropped(ts, dropped) : undefined
    }
    if (dropped !== null) {
      dropped.push({ frame, values: frame.stack.slice(frame.base, frame.sp) })
      frame.sp = frame.base
    }
    ts.depth -= 1 + frame.held
    ts.frame = frame.back
    const gen = frame.gen
    if (gen !== null) {
      gen.running = false
      gen.finished = true
      frame.back = null
      leaveGenerator(ts, gen)
      exc = slow.generatorExitException(gen, exc)
      const consumer = ts.frame
      if (consumer !== null && consumer.kind === 'python' && gen.resumeMode === ResumeMode.FOR_ITER) {
        // The exception surfaces at the FOR_ITER that asked for the next value.
      }
    }
    reraise = false
  }
}

export { Stop }
