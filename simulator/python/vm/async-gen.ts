// Async generators (PEP 525), as genobject.c implements them: values the generator yields are wrapped so they reach
// the consumer as StopIteration of an `__anext__()`/`asend()` awaitable, while values its awaits yield pass through
// to the event loop. `athrow()` and `aclose()` return their own awaitables.
import { runtimeError, typeError } from '../runtime/errors'
import { resumePy, type NativeGen, type ResumeResult } from '../runtime/native'
import { builtinType, None, plainAlloc, PyObject, type PyType, type PyValue } from '../runtime/object'
import {
  GeneratorExitType,
  newException,
  PyBaseException,
  StopAsyncIterationType,
  StopIterationType,
} from '../runtime/types/exceptions'
import { PyBuiltin, type ResumableImpl } from '../runtime/types/function'
import { AsyncGeneratorType, type PyGenerator } from '../runtime/types/generator'
import { genThrow, throwArgs, type ThrowArgs } from './generator-ops'
import { toPyException } from './slow-ops'

const AsyncGenWrappedType = builtinType('async_generator_wrapped_value', undefined, plainAlloc)
export const AsyncGenASendType = builtinType('async_generator_asend', undefined, plainAlloc)
export const AsyncGenAThrowType = builtinType('async_generator_athrow', undefined, plainAlloc)

/** A value an async generator yields to its consumer (not to the event loop). */
class AsyncGenWrapped extends PyObject {
  constructor(readonly value: PyValue) {
    super(AsyncGenWrappedType)
  }
}

export function asyncGenWrap(v: PyValue): PyValue {
  return new AsyncGenWrapped(v)
}

const enum AwaitableState {
  INIT,
  ITER,
  CLOSED,
}

/**
 * async_gen_unwrap_value: a wrapped yield ends the awaitable (StopIteration carries the value), a return or an
 * escaping StopAsyncIteration/GeneratorExit closes the generator; anything else goes on to the event loop.
 */
function* unwrap(gen: PyGenerator, step: () => NativeGen<ResumeResult>): NativeGen {
  let r: ResumeResult
  try {
    r = yield* step()
  } catch (error) {
    const exc = toPyException(error)
    if (exc.cls.isSubtypeOf(StopAsyncIterationType) || exc.cls.isSubtypeOf(GeneratorExitType)) gen.closed = true
    gen.runningAsync = false
    throw exc
  }
  if (r.done) {
    gen.closed = true
    gen.runningAsync = false
    throw newException(StopAsyncIterationType)
  }
  if (r.value instanceof AsyncGenWrapped) {
    gen.runningAsync = false
    throw newException(StopIterationType, r.value.value)
  }
  return r.value
}

/** The awaitable of `agen.__anext__()` and `agen.asend(value)`. */
class AsyncGenASend extends PyObject {
  state = AwaitableState.INIT
  constructor(
    readonly gen: PyGenerator,
    readonly sendValue: PyValue,
  ) {
    super(AsyncGenASendType)
  }

  *send(arg: PyValue): NativeGen {
    if (this.state === AwaitableState.CLOSED) throw runtimeError('cannot reuse already awaited __anext__()/asend()')
    if (this.state === AwaitableState.INIT) {
      if (this.gen.runningAsync) throw runtimeError('anext(): asynchronous generator is already running')
      if (arg === None) arg = this.sendValue
      this.state = AwaitableState.ITER
    }
    this.gen.runningAsync = true
    return yield* this.closingOnFailure(unwrap(this.gen, () => resumePy(this.gen, arg)))
  }

  *throw(args: ThrowArgs): NativeGen {
    if (this.state === AwaitableState.CLOSED) throw runtimeError('cannot reuse already awaited __anext__()/asend()')
    return yield* this.closingOnFailure(unwrap(this.gen, () => genThrow(this.gen, args, true)))
  }

  private *closingOnFailure(work: NativeGen): NativeGen {
    try {
      return yield* work
    } catch (error) {
      this.state = AwaitableState.CLOSED
      throw error
    }
  }
}

/** The awaitable of `agen.athrow(...)` and (without arguments) `agen.aclose()`. */
class AsyncGenAThrow extends PyObject {
  state = AwaitableState.INIT
  constructor(
    readonly gen: PyGenerator,
    /** athrow()'s arguments, checked when first sent; null for aclose(). */
    readonly rawArgs: PyValue[] | null,
  ) {
    super(AsyncGenAThrowType)
  }

  private get args(): ThrowArgs | null {
    const raw = this.rawArgs
    if (raw === null) return null
    if (raw.length < 1) throw typeError(`athrow expected at least 1 argument, got ${raw.length}`)
    if (raw.length > 3) throw typeError(`athrow expected at most 3 arguments, got ${raw.length}`)
    return throwArgs(raw)
  }

  private get what(): string {
    return this.rawArgs === null ? 'aclose()' : 'athrow()'
  }

  *send(arg: PyValue): NativeGen {
    const gen = this.gen
    if (this.state === AwaitableState.CLOSED) throw runtimeError('cannot reuse already awaited aclose()/athrow()')
    if (gen.finished) {
      this.state = AwaitableState.CLOSED
      throw newException(StopIterationType)
    }
    if (this.state === AwaitableState.INIT) {
      if (gen.runningAsync) {
        this.state = AwaitableState.CLOSED
        throw runtimeError(`${this.what}: asynchronous generator is already running`)
      }
      if (gen.closed) {
        this.state = AwaitableState.CLOSED
        throw newException(StopAsyncIterationType)
      }
      if (arg !== None) throw runtimeError("can't send non-None value to a just-started coroutine")
      this.state = AwaitableState.ITER
      gen.runningAsync = true
      if (this.args === null) {
        gen.closed = true
        return yield* this.closing(() => genThrow(gen, throwArgs([GeneratorExitType]), false))
      }
      const args = this.args!
      return yield* this.finishing(unwrap(gen, () => genThrow(gen, args, false)))
    }
    if (this.rawArgs === null) return yield* this.closing(() => resumePy(gen, arg))
    return yield* this.finishing(unwrap(gen, () => resumePy(gen, arg)))
  }

  *throw(args: ThrowArgs): NativeGen {
    const gen = this.gen
    if (this.state === AwaitableState.CLOSED) throw runtimeError('cannot reuse already awaited aclose()/athrow()')
    if (this.rawArgs === null) return yield* this.closing(() => genThrow(gen, args, true))
    return yield* this.finishing(unwrap(gen, () => genThrow(gen, args, true)))
  }

  /** aclose(): the generator must not yield a value while closing; finishing ends the awaitable. */
  private *closing(step: () => NativeGen<ResumeResult>): NativeGen {
    let r: ResumeResult
    try {
      r = yield* step()
    } catch (error) {
      throw this.checkError(toPyException(error))
    }
    if (r.done) throw this.checkError(newException(StopAsyncIterationType))
    if (r.value instanceof AsyncGenWrapped) {
      this.gen.runningAsync = false
      this.state = AwaitableState.CLOSED
      throw runtimeError('async generator ignored GeneratorExit')
    }
    return r.value
  }

  private *finishing(work: NativeGen): NativeGen {
    try {
      return yield* work
    } catch (error) {
      throw this.checkError(toPyException(error))
    }
  }

  /** The awaitable is over; aclose() reports a clean close as StopIteration. */
  private checkError(exc: PyBaseException): PyBaseException {
    this.gen.runningAsync = false
    this.state = AwaitableState.CLOSED
    const clean = exc.cls.isSubtypeOf(StopAsyncIterationType) || exc.cls.isSubtypeOf(GeneratorExitType)
    return clean && this.rawArgs === null ? newException(StopIterationType) : exc
  }
}

type Awaitable = AsyncGenASend | AsyncGenAThrow

function nativeMethod(type: PyType, name: string, impl: (args: PyValue[]) => PyValue): void {
  type.ns.set(name, new PyBuiltin(name, (_ts, args) => impl(args), false, { method: true }, type))
}

function resumableMethod(type: PyType, name: string, impl: ResumableImpl): void {
  type.ns.set(name, new PyBuiltin(name, impl, true, { method: true }, type))
}

/** METH_O and METH_NOARGS argument checks, with the type-qualified names CPython 3.11 reports. */
function expectArgs(type: PyType, name: string, args: PyValue[], min: number, max: number): void {
  const n = args.length - 1
  if (n >= min && n <= max) return
  const fn = `${type.name}.${name}()`
  if (max === 0) throw typeError(`${fn} takes no arguments (${n} given)`)
  if (min === max) throw typeError(`${fn} takes exactly one argument (${n} given)`)
  throw typeError(
    `${name} expected ${n < min ? 'at least' : 'at most'} ${n < min ? min : max} argument${(n < min ? min : max) === 1 ? '' : 's'}, got ${n}`,
  )
}

for (const type of [AsyncGenASendType, AsyncGenAThrowType]) {
  resumableMethod(type, 'send', function* (_ts, a) {
    expectArgs(type, 'send', a, 1, 1)
    return yield* (a[0] as Awaitable).send(a[1])
  })
  resumableMethod(type, '__next__', function* (_ts, a) {
    return yield* (a[0] as Awaitable).send(None)
  })
  resumableMethod(type, 'throw', function* (_ts, a) {
    expectArgs(type, 'throw', a, 1, 3)
    return yield* (a[0] as Awaitable).throw(throwArgs(a.slice(1)))
  })
  nativeMethod(type, 'close', (a) => {
    ;(a[0] as Awaitable).state = AwaitableState.CLOSED
    return None
  })
  nativeMethod(type, '__await__', (a) => a[0])
  nativeMethod(type, '__iter__', (a) => a[0])
}

const agen = AsyncGeneratorType
nativeMethod(agen, '__aiter__', (a) => a[0])
nativeMethod(agen, '__anext__', (a) => new AsyncGenASend(a[0] as PyGenerator, None))
nativeMethod(agen, 'asend', (a) => {
  expectArgs(agen, 'asend', a, 1, 1)
  return new AsyncGenASend(a[0] as PyGenerator, a[1])
})
nativeMethod(agen, 'athrow', (a) => new AsyncGenAThrow(a[0] as PyGenerator, a.slice(1)))
nativeMethod(agen, 'aclose', (a) => {
  expectArgs(agen, 'aclose', a, 0, 0)
  return new AsyncGenAThrow(a[0] as PyGenerator, null)
})
