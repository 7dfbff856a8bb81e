// Async iteration and async context managers: GET_AITER, GET_ANEXT, END_ASYNC_FOR, BEFORE_ASYNC_WITH, and what
// `await` accepts (_PyCoro_GetAwaitableIter).
import { AwaitSource, Op } from '../compiler/opcodes'
import { callSpecial, special } from '../runtime/abstract/call'
import { descriptorGet } from '../runtime/abstract/attr'
import { CodeFlag } from '../runtime/code'
import { isException, typeError } from '../runtime/errors'
import { callPy, type NativeGen } from '../runtime/native'
import { None, type PyValue } from '../runtime/object'
import { typeName, typeOf } from '../runtime/type-of'
import { PyBaseException, StopAsyncIterationType } from '../runtime/types/exceptions'
import { CoroutineType, GeneratorType, PyGenerator } from '../runtime/types/generator'
import { NativeIterator } from '../runtime/types/iterators'
import type { Frame } from './frame'
import type { ThreadState } from './thread-state'

/** A native coroutine, or a generator marked as an iterable coroutine (`types.coroutine`). */
export function isCoroutineLike(v: PyValue): v is PyGenerator {
  if (!(v instanceof PyGenerator)) return false
  return (
    v.cls === CoroutineType || (v.cls === GeneratorType && (v.frame.code.flags & CodeFlag.ITERABLE_COROUTINE) !== 0)
  )
}

/** _PyCoro_GetAwaitableIter: a coroutine itself, else the iterator its `__await__` returns; undefined without one. */
export function* awaitableIter(v: PyValue): NativeGen<PyValue | undefined> {
  if (isCoroutineLike(v)) return v
  const method = special(v, '__await__')
  if (method === undefined) return undefined
  const it = yield* callPy(method, [v])
  if (isCoroutineLike(it)) throw typeError('__await__() returned a coroutine')
  if (!(it instanceof NativeIterator) && special(it, '__next__') === undefined) {
    throw typeError(`__await__() returned non-iterator of type '${typeName(it)}'`)
  }
  return it
}

export function* getAwaitable(v: PyValue, source: AwaitSource): NativeGen {
  const it = yield* awaitableIter(v)
  if (it !== undefined) return it
  if (source === AwaitSource.AENTER) {
    throw typeError(`'async with' received an object from __aenter__ that does not implement __await__: ${typeName(v)}`)
  }
  if (source === AwaitSource.AEXIT) {
    throw typeError(`'async with' received an object from __aexit__ that does not implement __await__: ${typeName(v)}`)
  }
  throw typeError(`object ${typeName(v)} can't be used in 'await' expression`)
}

export function* asyncIterOp(ts: ThreadState, frame: Frame, op: Op): NativeGen {
  void ts
  const stack = frame.stack
  switch (op) {
    case Op.GET_AITER: {
      const obj = stack[--frame.sp]
      const aiter = special(obj, '__aiter__')
      if (aiter === undefined) {
        throw typeError(`'async for' requires an object with __aiter__ method, got ${typeName(obj)}`)
      }
      const it = yield* callPy(aiter, [obj])
      if (special(it, '__anext__') === undefined) {
        throw typeError(
          `'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`,
        )
      }
      stack[frame.sp++] = it
      break
    }
    case Op.GET_ANEXT: {
      const aiter = stack[frame.sp - 1]
      const next = yield* callSpecial(aiter, '__anext__')
      if (next === undefined) {
        throw typeError(`'async for' requires an iterator with __anext__ method, got ${typeName(aiter)}`)
      }
      const awaitable = yield* invalidFromAnext(next)
      stack[frame.sp++] = awaitable
      break
    }
    case Op.END_ASYNC_FOR: {
      const exc = stack[--frame.sp] as PyBaseException
      if (!isException(exc) || !exc.cls.isSubtypeOf(StopAsyncIterationType)) throw exc
      frame.sp--
      break
    }
    case Op.BEFORE_ASYNC_WITH: {
      const mgr = stack[--frame.sp]
      const enter = special(mgr, '__aenter__')
      const exit = special(mgr, '__aexit__')
      if (enter === undefined) {
        throw typeError(`'${typeName(mgr)}' object does not support the asynchronous context manager protocol`)
      }
      if (exit === undefined) {
        throw typeError(
          `'${typeName(mgr)}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`,
        )
      }
      stack[frame.sp++] = yield* descriptorGet(exit, mgr, typeOf(mgr))
      stack[frame.sp++] = yield* callPy(enter, [mgr])
      break
    }
  }
  return None
}

/** GET_ANEXT's awaitable, with its own message when `__anext__` returned something that cannot be awaited. */
function* invalidFromAnext(next: PyValue): NativeGen {
  let it: PyValue | undefined
  try {
    it = yield* awaitableIter(next)
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error
    const wrapped = typeError(`'async for' received an invalid object from __anext__: ${typeName(next)}`)
    wrapped.cause = error
    wrapped.context = error
    wrapped.suppressContext = true
    throw wrapped
  }
  if (it === undefined) throw typeError(`'async for' received an invalid object from __anext__: ${typeName(next)}`)
  return it
}
