import { builtinType, None, PyObject, type PyType, type PyValue } from '../object'
import type { PyTraceback } from './traceback'
import { emptyTuple, PyTuple } from './tuple'

export class PyBaseException extends PyObject {
  args: PyTuple = emptyTuple
  /** `__traceback__`: the entry of the outermost frame the exception has passed through. */
  traceback: PyTraceback | null = null
  cause: PyValue = None
  context: PyValue = None
  suppressContext = false
  /** Members some exceptions carry natively (StopIteration.value, SystemExit.code, NameError.name) live in attrs. */
  constructor(cls: PyType) {
    super(cls)
    this.attrs = new Map()
  }
}

function exceptionType(name: string, base: PyType | null): PyType {
  const t = builtinType(name, base ?? undefined, (cls) => new PyBaseException(cls))
  return t
}

export const BaseExceptionType = exceptionType('BaseException', null)
export const GeneratorExitType = exceptionType('GeneratorExit', BaseExceptionType)
export const KeyboardInterruptType = exceptionType('KeyboardInterrupt', BaseExceptionType)
export const SystemExitType = exceptionType('SystemExit', BaseExceptionType)
export const ExceptionType = exceptionType('Exception', BaseExceptionType)
export const ArithmeticErrorType = exceptionType('ArithmeticError', ExceptionType)
export const FloatingPointErrorType = exceptionType('FloatingPointError', ArithmeticErrorType)
export const OverflowErrorType = exceptionType('OverflowError', ArithmeticErrorType)
export const ZeroDivisionErrorType = exceptionType('ZeroDivisionError', ArithmeticErrorType)
export const AssertionErrorType = exceptionType('AssertionError', ExceptionType)
export const AttributeErrorType = exceptionType('AttributeError', ExceptionType)
export const BufferErrorType = exceptionType('BufferError', ExceptionType)
export const EOFErrorType = exceptionType('EOFError', ExceptionType)
export const ImportErrorType = exceptionType('ImportError', ExceptionType)
export const ModuleNotFoundErrorType = exceptionType('ModuleNotFoundError', ImportErrorType)
export const LookupErrorType = exceptionType('LookupError', ExceptionType)
export const IndexErrorType = exceptionType('IndexError', LookupErrorType)
export const KeyErrorType = exceptionType('KeyError', LookupErrorType)
export const MemoryErrorType = exceptionType('MemoryError', ExceptionType)
export const NameErrorType = exceptionType('NameError', ExceptionType)
export const UnboundLocalErrorType = exceptionType('UnboundLocalError', NameErrorType)
export const OSErrorType = exceptionType('OSError', ExceptionType)
export const BlockingIOErrorType = exceptionType('BlockingIOError', OSErrorType)
export const ChildProcessErrorType = exceptionType('ChildProcessError', OSErrorType)
export const ConnectionErrorType = exceptionType('ConnectionError', OSErrorType)
export const BrokenPipeErrorType = exceptionType('BrokenPipeError', ConnectionErrorType)
export const ConnectionAbortedErrorType = exceptionType('ConnectionAbortedError', ConnectionErrorType)
export const ConnectionRefusedErrorType = exceptionType('ConnectionRefusedError', ConnectionErrorType)
export const ConnectionResetErrorType = exceptionType('ConnectionResetError', ConnectionErrorType)
export const FileExistsErrorType = exceptionType('FileExistsError', OSErrorType)
export const FileNotFoundErrorType = exceptionType('FileNotFoundError', OSErrorType)
export const InterruptedErrorType = exceptionType('InterruptedError', OSErrorType)
export const IsADirectoryErrorType = exceptionType('IsADirectoryError', OSErrorType)
export const NotADirectoryErrorType = exceptionType('NotADirectoryError', OSErrorType)
export const PermissionErrorType = exceptionType('PermissionError', OSErrorType)
export const ProcessLookupErrorType = exceptionType('ProcessLookupError', OSErrorType)
export const TimeoutErrorType = exceptionType('TimeoutError', OSErrorType)
export const ReferenceErrorType = exceptionType('ReferenceError', ExceptionType)
export const RuntimeErrorType = exceptionType('RuntimeError', ExceptionType)
export const NotImplementedErrorType = exceptionType('NotImplementedError', RuntimeErrorType)
export const RecursionErrorType = exceptionType('RecursionError', RuntimeErrorType)
export const StopAsyncIterationType = exceptionType('StopAsyncIteration', ExceptionType)
export const StopIterationType = exceptionType('StopIteration', ExceptionType)
export const SyntaxErrorType = exceptionType('SyntaxError', ExceptionType)
export const IndentationErrorType = exceptionType('IndentationError', SyntaxErrorType)
export const TabErrorType = exceptionType('TabError', IndentationErrorType)
export const SystemErrorType = exceptionType('SystemError', ExceptionType)
export const TypeErrorType = exceptionType('TypeError', ExceptionType)
export const ValueErrorType = exceptionType('ValueError', ExceptionType)
export const UnicodeErrorType = exceptionType('UnicodeError', ValueErrorType)
export const UnicodeDecodeErrorType = exceptionType('UnicodeDecodeError', UnicodeErrorType)
export const UnicodeEncodeErrorType = exceptionType('UnicodeEncodeError', UnicodeErrorType)
export const UnicodeTranslateErrorType = exceptionType('UnicodeTranslateError', UnicodeErrorType)
export const WarningType = exceptionType('Warning', ExceptionType)
export const BytesWarningType = exceptionType('BytesWarning', WarningType)
export const DeprecationWarningType = exceptionType('DeprecationWarning', WarningType)
export const EncodingWarningType = exceptionType('EncodingWarning', WarningType)
export const FutureWarningType = exceptionType('FutureWarning', WarningType)
export const ImportWarningType = exceptionType('ImportWarning', WarningType)
export const PendingDeprecationWarningType = exceptionType('PendingDeprecationWarning', WarningType)
export const ResourceWarningType = exceptionType('ResourceWarning', WarningType)
export const RuntimeWarningType = exceptionType('RuntimeWarning', WarningType)
export const SyntaxWarningType = exceptionType('SyntaxWarning', WarningType)
export const UnicodeWarningType = exceptionType('UnicodeWarning', WarningType)
export const UserWarningType = exceptionType('UserWarning', WarningType)

/** Every built-in exception class, as the builtins module exposes them. */
export const builtinExceptionTypes: PyType[] = [
  BaseExceptionType,
  GeneratorExitType,
  KeyboardInterruptType,
  SystemExitType,
  ExceptionType,
  ArithmeticErrorType,
  FloatingPointErrorType,
  OverflowErrorType,
  ZeroDivisionErrorType,
  AssertionErrorType,
  AttributeErrorType,
  BufferErrorType,
  EOFErrorType,
  ImportErrorType,
  ModuleNotFoundErrorType,
  LookupErrorType,
  IndexErrorType,
  KeyErrorType,
  MemoryErrorType,
  NameErrorType,
  UnboundLocalErrorType,
  OSErrorType,
  BlockingIOErrorType,
  ChildProcessErrorType,
  ConnectionErrorType,
  BrokenPipeErrorType,
  ConnectionAbortedErrorType,
  ConnectionRefusedErrorType,
  ConnectionResetErrorType,
  FileExistsErrorType,
  FileNotFoundErrorType,
  InterruptedErrorType,
  IsADirectoryErrorType,
  NotADirectoryErrorType,
  PermissionErrorType,
  ProcessLookupErrorType,
  TimeoutErrorType,
  ReferenceErrorType,
  RuntimeErrorType,
  NotImplementedErrorType,
  RecursionErrorType,
  StopAsyncIterationType,
  StopIterationType,
  SyntaxErrorType,
  IndentationErrorType,
  TabErrorType,
  SystemErrorType,
  TypeErrorType,
  ValueErrorType,
  UnicodeErrorType,
  UnicodeDecodeErrorType,
  UnicodeEncodeErrorType,
  UnicodeTranslateErrorType,
  WarningType,
  BytesWarningType,
  DeprecationWarningType,
  EncodingWarningType,
  FutureWarningType,
  ImportWarningType,
  PendingDeprecationWarningType,
  ResourceWarningType,
  RuntimeWarningType,
  SyntaxWarningType,
  UnicodeWarningType,
  UserWarningType,
]

/** Creates an exception instance with the given args, as calling the class with them would. */
export function newException(cls: PyType, ...args: PyValue[]): PyBaseException {
  const exc = cls.alloc(cls) as PyBaseException
  exc.args = args.length ? new PyTuple(args) : emptyTuple
  return exc
}
