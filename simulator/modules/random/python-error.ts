// A Python exception raised by the random module, carried as data: the binding turns it into the interpreter's own
// exception object. `type` is the CPython class name, `message` is `str(exc)` exactly as CPython 3.11 prints it.

export type PythonErrorType =
  | 'IndexError'
  | 'MemoryError'
  | 'OverflowError'
  | 'TypeError'
  | 'UnicodeEncodeError'
  | 'ValueError'
  | 'ZeroDivisionError'

export class PythonError extends Error {
  constructor(
    readonly type: PythonErrorType,
    message: string,
  ) {
    super(message)
    this.name = type
  }
}
