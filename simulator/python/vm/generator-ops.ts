// throw() and close() on generators and coroutines, as genobject.c does them: a generator suspended in
// `yield from` / `await` first passes the exception (or the close) on to the iterator it delegates to, and only
// when that iterator fails or finishes does the generator itself resume, just past its delegation loop.
import { Op } from '../compiler/opcodes'
import { getAttrOrMissing } from '../runtime/abstract/attr'
import { runtimeError, typeError } from '../runtime/errors'
import { callPy, resumePy, type NativeGen, type ResumeResult } from '../runtime/native'
import { None, PyType, type PyValue } from '../runtime/object'
import { typeOf } from '../runtime/type-of'
import { PyTuple } from '../runtime/types/tuple'
import {
  BaseExceptionType,
  GeneratorExitType,
  newException,
  PyBaseException,
  StopIterationType,
} from '../runtime/types/exceptions'
import { AsyncGeneratorType, CoroutineType, PyGenerator } from '../runtime/types/generator'
import { toPyException } from './slow-ops'

/** throw()'s arguments as given: an exception class or instance, an optional value and traceback. */
export interface ThrowArgs {
  type: PyValue
  value: PyValue
  traceback: PyValue
}

export function throwArgs(args: PyValue[]): ThrowArgs {
  return { type: args[0], value: args[1] ?? None, traceback: args[2] ?? None }
}

/** What the generator kind is called in messages: generator, coroutine or async generator. */
export function generatorKind(gen: PyGenerator): string {
  if (gen.cls === CoroutineType) return 'coroutine'
  return gen.cls === AsyncGeneratorType ? 'async generator' : 'generator'
}

/** The iterator a generator suspended in `yield from` / `await` delegates to (_PyGen_yf), or null. */
export function delegateOf(gen: PyGenerator): PyValue | null {
  if (!gen.started || gen.finished || gen.running) return null
  const frame = gen.frame
  const next = frame.code.code[frame.pc]
  // A yield inside a delegation loop is followed by RESUME 2 (after yield from) or RESUME 3 (after await).
  if ((next & 0xff) !== Op.RESUME || next >>> 8 < 2) return null
  return frame.stack[frame.sp - 1]
}

function isPlainGenerator(v: PyValue): v is PyGenerator {
  return v instanceof PyGenerator && v.cls !== AsyncGeneratorType
}

function isGeneratorExit(type: PyValue): boolean {
  const cls = type instanceof PyType ? type : typeOf(type)
  return cls.isSubtypeOf(GeneratorExitType)
}

/**
 * _gen_throw: raises the exception at the generator's suspension point, or hands it to the iterator the generator
 * delegates to. `closeOnGenExit` (false for async generators' athrow/aclose) closes that iterator instead of
 * throwing GeneratorExit into it.
 */
export function* genThrow(gen: PyGenerator, args: ThrowArgs, closeOnGenExit: boolean): NativeGen<ResumeResult> {
  const yf = delegateOf(gen)
  if (yf !== null) {
    if (closeOnGenExit && isGeneratorExit(args.type)) {
      const failure = yield* whileDelegating(gen, () => closeIter(yf))
      if (failure !== null) return yield* resumePy(gen, None, failure)
    } else {
      let sub: ResumeResult
      try {
        sub = yield* whileDelegatingOrThrow(gen, () => throwIntoIterator(yf, args, closeOnGenExit))
        if (!sub.done) return sub
      } catch (error) {
        return yield* leaveDelegation(gen, toPyException(error))
      }
      return yield* leaveDelegation(gen, null, sub.value)
    }
  }
  return yield* resumePy(gen, None, yield* normalizeThrow(args))
}

/** Throws into the delegate: a generator or coroutine directly, anything else through its `throw` method. */
function* throwIntoIterator(yf: PyValue, args: ThrowArgs, closeOnGenExit: boolean): NativeGen<ResumeResult> {
  if (isPlainGenerator(yf)) return yield* genThrow(yf, args, closeOnGenExit)
  const method = yield* getAttrOrMissing(yf, 'throw')
  if (method === undefined) throw yield* normalizeThrow(args)
  return { done: false, value: yield* callPy(method, [args.type, args.value, args.traceback]) }
}

/** The generator stops delegating: it resumes after its loop with the delegate's result, or with its error. */
function* leaveDelegation(
  gen: PyGenerator,
  error: PyBaseException | null,
  value: PyValue = None,
): NativeGen<ResumeResult> {
  const frame = gen.frame
  frame.sp--
  // The SEND that started the loop sits just before its YIELD_VALUE; its argument is the loop's exit.
  frame.pc = frame.code.code[frame.pc - 2] >>> 8
  if (error === null) return yield* resumePy(gen, value)
  if (error.cls.isSubtypeOf(StopIterationType)) return yield* resumePy(gen, stopIterationValue(error))
  return yield* resumePy(gen, None, error)
}

function stopIterationValue(exc: PyBaseException): PyValue {
  return exc.args.items.length ? exc.args.items[0] : None
}

/** Runs `work` with the generator marked as executing (re-entering it is an error), returning its failure. */
function* whileDelegating(gen: PyGenerator, work: () => NativeGen<void>): NativeGen<PyBaseException | null> {
  gen.running = true
  try {
    yield* work()
    return null
  } catch (error) {
    return toPyException(error)
  } finally {
    gen.running = false
  }
}

function* whileDelegatingOrThrow<T>(gen: PyGenerator, work: () => NativeGen<T>): NativeGen<T> {
  gen.running = true
  try {
    return yield* work()
  } finally {
    gen.running = false
  }
}

/** throw()'s arguments as the exception to raise (PyErr_NormalizeException), with CPython's argument errors. */
export function* normalizeThrow(args: ThrowArgs): NativeGen<PyBaseException> {
  const { type, value, traceback } = args
  if (traceback !== None && typeOf(traceback).name !== 'traceback') {
    throw typeError('throw() third argument must be a traceback object')
  }
  if (type instanceof PyType && type.isSubtypeOf(BaseExceptionType)) {
    if (value instanceof PyBaseException && value.cls.isSubtypeOf(type)) return value
    const ctorArgs = value === None ? [] : value instanceof PyTuple ? value.items : [value]
    const exc = yield* callPy(type, ctorArgs)
    if (!(exc instanceof PyBaseException)) {
      throw typeError(`calling ${type.name} should have returned an instance of BaseException, not ${typeOf(exc).name}`)
    }
    return exc
  }
  if (type instanceof PyBaseException) {
    if (value !== None) throw typeError('instance exception may not have a separate value')
    return type
  }
  throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeOf(type).name}`)
}

/** gen.close(): closes the delegate first, then raises GeneratorExit at the suspension point. */
export function* genClose(gen: PyGenerator): NativeGen<void> {
  const yf = delegateOf(gen)
  const failure = yf === null ? null : yield* whileDelegating(gen, () => closeIter(yf))
  let r: ResumeResult
  try {
    r = yield* resumePy(gen, None, failure ?? newException(GeneratorExitType))
  } catch (error) {
    const exc = toPyException(error)
    if (exc.cls.isSubtypeOf(GeneratorExitType) || exc.cls.isSubtypeOf(StopIterationType)) return
    throw exc
  }
  if (!r.done) throw runtimeError(`${generatorKind(gen)} ignored GeneratorExit`)
}

/** gen_close_iter: closes a delegate that is a generator, or calls its `close` method if it has one. */
function* closeIter(yf: PyValue): NativeGen<void> {
  if (isPlainGenerator(yf)) {
    yield* genClose(yf)
    return
  }
  const close = yield* getAttrOrMissing(yf, 'close')
  if (close !== undefined) yield* callPy(close, [])
}
