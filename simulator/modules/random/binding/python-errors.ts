// The core reports Python exceptions as `PythonError` data; the binding raises them as the interpreter's exceptions.
import type { PyType } from '../../../python/runtime/object'
import {
  IndexErrorType,
  MemoryErrorType,
  newException,
  OverflowErrorType,
  TypeErrorType,
  UnicodeEncodeErrorType,
  ValueErrorType,
  ZeroDivisionErrorType,
} from '../../../python/runtime/types/exceptions'
import { PythonError, type PythonErrorType } from '../python-error'

const exceptionTypes: Record<PythonErrorType, PyType> = {
  IndexError: IndexErrorType,
  MemoryError: MemoryErrorType,
  OverflowError: OverflowErrorType,
  TypeError: TypeErrorType,
  UnicodeEncodeError: UnicodeEncodeErrorType,
  ValueError: ValueErrorType,
  ZeroDivisionError: ZeroDivisionErrorType,
}

/** Runs core code, raising its PythonErrors as Python exceptions. An empty message is an exception without args. */
export function fromCore<T>(run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (!(error instanceof PythonError)) throw error
    const type = exceptionTypes[error.type]
    throw error.message === '' ? newException(type) : newException(type, error.message)
  }
}
