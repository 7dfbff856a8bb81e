// Raising from TypeScript: build the exception object and throw it; the VM unwinds to a Python handler.
import type { PyType, PyValue } from './object'
import { typeName } from './type-of'
import * as E from './types/exceptions'
import { PyBaseException, newException } from './types/exceptions'

export function pyError(cls: PyType, message?: string): PyBaseException {
  return message === undefined ? newException(cls) : newException(cls, message)
}

export const typeError = (message: string) => newException(E.TypeErrorType, message)
export const valueError = (message: string) => newException(E.ValueErrorType, message)
export const indexError = (message: string) => newException(E.IndexErrorType, message)
export const keyError = (key: PyValue) => newException(E.KeyErrorType, key)
export const overflowError = (message: string) => newException(E.OverflowErrorType, message)
export const zeroDivisionError = (message: string) => newException(E.ZeroDivisionErrorType, message)
export const runtimeError = (message: string) => newException(E.RuntimeErrorType, message)
export const notImplementedError = (message: string) => newException(E.NotImplementedErrorType, message)
export const systemError = (message: string) => newException(E.SystemErrorType, message)
export const importError = (message: string) => newException(E.ImportErrorType, message)

export function nameError(name: string): PyBaseException {
  const exc = newException(E.NameErrorType, `name '${name}' is not defined`)
  exc.attrs!.set('name', name)
  return exc
}

/** Unlike NameError's, its `name` stays None: 3.11 records the name only on exact NameErrors. */
export function unboundLocalError(name: string): PyBaseException {
  return newException(
    E.UnboundLocalErrorType,
    `cannot access local variable '${name}' where it is not associated with a value`,
  )
}

export function freeVarError(name: string): PyBaseException {
  const exc = newException(
    E.NameErrorType,
    `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
  )
  exc.attrs!.set('name', name)
  return exc
}

export function attributeError(obj: PyValue, name: string, message?: string): PyBaseException {
  const exc = newException(E.AttributeErrorType, message ?? `'${typeName(obj)}' object has no attribute '${name}'`)
  exc.attrs!.set('name', name)
  exc.attrs!.set('obj', obj)
  return exc
}

export function stopIteration(value?: PyValue): PyBaseException {
  return value === undefined ? newException(E.StopIterationType) : newException(E.StopIterationType, value)
}

export function isException(value: unknown): value is PyBaseException {
  return value instanceof PyBaseException
}

export function isInstanceOfType(exc: PyBaseException, cls: PyType): boolean {
  return exc.cls.isSubtypeOf(cls)
}
