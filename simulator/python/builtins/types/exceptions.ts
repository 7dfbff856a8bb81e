// The methods and attributes of the built-in exceptions (Objects/exceptions.c): args, str() and repr(), chaining
// attributes with their checks, notes, and the members of StopIteration, SystemExit, NameError, AttributeError,
// ImportError, OSError (with its errno → subclass mapping) and SyntaxError.
import { repr, str } from '../../runtime/abstract/repr'
import { toArray } from '../../runtime/abstract/iter'
import { typeError } from '../../runtime/errors'
import type { KwArgs } from '../../runtime/native'
import { None, type PyType, type PyValue } from '../../runtime/object'
import { typeName } from '../../runtime/type-of'
import { PyBool, pyBool } from '../../runtime/types/bool'
import { PyGetSet } from '../../runtime/types/descriptors'
import {
  AttributeErrorType,
  BaseExceptionType,
  BlockingIOErrorType,
  BrokenPipeErrorType,
  ChildProcessErrorType,
  ConnectionAbortedErrorType,
  ConnectionRefusedErrorType,
  ConnectionResetErrorType,
  FileExistsErrorType,
  FileNotFoundErrorType,
  ImportErrorType,
  InterruptedErrorType,
  IsADirectoryErrorType,
  KeyErrorType,
  NameErrorType,
  NotADirectoryErrorType,
  OSErrorType,
  PermissionErrorType,
  ProcessLookupErrorType,
  PyBaseException,
  StopIterationType,
  SyntaxErrorType,
  SystemExitType,
  TimeoutErrorType,
} from '../../runtime/types/exceptions'
import { PyList } from '../../runtime/types/list'
import { PyTraceback } from '../../runtime/types/traceback'
import { PyTuple, pyTuple } from '../../runtime/types/tuple'
import { strOf } from '../../runtime/types/str-subclass'
import { method, resumableMethod } from '../define'

const exc = (v: PyValue) => v as PyBaseException

export function installExceptions(): void {
  installBaseException()
  installMembers()
  installOSError()
  installSyntaxError()
}

function installBaseException(): void {
  method(BaseExceptionType, '__new__', (_ts, a) => {
    const cls = a[0] as PyType
    const e = cls.alloc(cls) as PyBaseException
    e.args = pyTuple(a.slice(1))
    return e
  })
  method(BaseExceptionType, '__init__', (_ts, a, kw) => {
    noKeywords(exc(a[0]), kw)
    exc(a[0]).args = pyTuple(a.slice(1))
    return None
  })
  resumableMethod(BaseExceptionType, '__str__', function* (_ts, a) {
    return yield* baseStr(exc(a[0]))
  })
  resumableMethod(BaseExceptionType, '__repr__', function* (_ts, a) {
    const e = exc(a[0])
    const args = e.args.items
    if (args.length === 1) return `${e.cls.name}(${yield* repr(args[0])})`
    return `${e.cls.name}${yield* repr(e.args)}`
  })
  resumableMethod(KeyErrorType, '__str__', function* (_ts, a) {
    const args = exc(a[0]).args.items
    return args.length === 1 ? yield* repr(args[0]) : yield* baseStr(exc(a[0]))
  })
  method(BaseExceptionType, 'with_traceback', (_ts, a) => {
    exc(a[0]).traceback = tracebackValue(a[1])
    return a[0]
  })
  method(BaseExceptionType, 'add_note', (_ts, a) => {
    const note = a[1]
    if (strOf(note) === undefined) throw typeError(`note must be a str, not '${typeName(note)}'`)
    const e = exc(a[0])
    let notes = e.attrs!.get('__notes__')
    if (notes === undefined) {
      notes = new PyList([])
      e.attrs!.set('__notes__', notes)
    }
    if (!(notes instanceof PyList)) throw typeError('Cannot add note: __notes__ is not a list')
    notes.items.push(note)
    return None
  })
  getSet(
    BaseExceptionType,
    'args',
    (e) => e.args,
    (e, v) => {
      if (v === undefined) throw typeError('args may not be deleted')
      e.args = v instanceof PyTuple ? v : pyTuple(sequenceItems(v))
    },
  )
  getSet(
    BaseExceptionType,
    '__traceback__',
    (e) => e.traceback ?? None,
    (e, v) => {
      if (v === undefined) throw typeError('__traceback__ may not be deleted')
      e.traceback = tracebackValue(v)
    },
  )
  getSet(
    BaseExceptionType,
    '__cause__',
    (e) => e.cause,
    (e, v) => {
      e.cause = chainedValue(v, '__cause__', 'cause')
      e.suppressContext = true
    },
  )
  getSet(
    BaseExceptionType,
    '__context__',
    (e) => e.context,
    (e, v) => {
      e.context = chainedValue(v, '__context__', 'context')
    },
  )
  getSet(
    BaseExceptionType,
    '__suppress_context__',
    (e) => pyBool(e.suppressContext),
    (e, v) => {
      if (!(v instanceof PyBool))
        throw typeError(v === undefined ? "can't delete numeric/char attribute" : 'attribute value type must be bool')
      e.suppressContext = v.value
    },
  )
}

function* baseStr(e: PyBaseException) {
  const args = e.args.items
  if (args.length === 0) return ''
  if (args.length === 1) return yield* str(args[0])
  return yield* str(e.args)
}

function noKeywords(e: PyBaseException, kw: KwArgs | null): void {
  if (kw && kw.size) throw typeError(`${e.cls.name}() takes no keyword arguments`)
}

function tracebackValue(v: PyValue): PyTraceback | null {
  if (v === None) return null
  if (v instanceof PyTraceback) return v
  throw typeError('__traceback__ must be a traceback or None')
}

function chainedValue(v: PyValue | undefined, attribute: string, what: string): PyValue {
  if (v === undefined) throw typeError(`${attribute} may not be deleted`)
  if (v !== None && !(v instanceof PyBaseException)) {
    throw typeError(`exception ${what} must be None or derive from BaseException`)
  }
  return v
}

/** The items of a built-in sequence assigned to `args` (anything else needs Python code to iterate). */
function sequenceItems(v: PyValue): PyValue[] {
  if (v instanceof PyList) return v.items.slice()
  if (typeof v === 'string') return Array.from(v)
  throw typeError(`'${typeName(v)}' object is not iterable`)
}

function getSet(
  type: PyType,
  name: string,
  get: (e: PyBaseException) => PyValue,
  set: (e: PyBaseException, v: PyValue | undefined) => void,
): void {
  type.ns.set(
    name,
    new PyGetSet(
      name,
      (v) => get(exc(v)),
      (v, x) => set(exc(v), x),
    ),
  )
}

/** A member kept in the instance's attrs: None until set, or derived from args when the exception was made natively. */
function member(type: PyType, name: string, fallback: (e: PyBaseException) => PyValue = () => None): void {
  getSet(
    type,
    name,
    (e) => e.attrs!.get(name) ?? fallback(e),
    (e, v) => e.attrs!.set(name, v ?? None),
  )
}

/** Keyword-only members taken by `__init__` (NameError's name, ImportError's name and path). */
function keywordMembers(type: PyType, names: string[]): void {
  method(type, '__init__', (_ts, a, kw) => {
    const e = exc(a[0])
    e.args = pyTuple(a.slice(1))
    for (const [key, value] of kw ?? []) {
      if (!names.includes(key)) throw typeError(`'${key}' is an invalid keyword argument for ${e.cls.name}()`)
      e.attrs!.set(key, value)
    }
    return None
  })
  for (const name of names) member(type, name)
}

function installMembers(): void {
  const firstArg = (e: PyBaseException) => e.args.items[0] ?? None
  method(StopIterationType, '__init__', (_ts, a, kw) => {
    const e = exc(a[0])
    noKeywords(e, kw)
    e.args = pyTuple(a.slice(1))
    e.attrs!.set('value', firstArg(e))
    return None
  })
  member(StopIterationType, 'value', firstArg)
  const exitCode = (e: PyBaseException) => {
    const args = e.args.items
    return args.length === 0 ? None : args.length === 1 ? args[0] : e.args
  }
  method(SystemExitType, '__init__', (_ts, a, kw) => {
    const e = exc(a[0])
    noKeywords(e, kw)
    e.args = pyTuple(a.slice(1))
    e.attrs!.set('code', exitCode(e))
    return None
  })
  member(SystemExitType, 'code', exitCode)
  keywordMembers(NameErrorType, ['name'])
  keywordMembers(AttributeErrorType, ['name', 'obj'])
  keywordMembers(ImportErrorType, ['name', 'path'])
  member(ImportErrorType, 'msg', (e) => (e.args.items.length === 1 ? e.args.items[0] : None))
  resumableMethod(ImportErrorType, '__str__', function* (_ts, a) {
    const e = exc(a[0])
    const msg = e.attrs!.get('msg') ?? (e.args.items.length === 1 ? e.args.items[0] : None)
    return typeof msg === 'string' ? msg : yield* baseStr(e)
  })
}

// --- OSError ---

/** Linux errno values and the OSError subclass `OSError(errno, strerror)` becomes. */
const errnoClasses = new Map<number, PyType>([
  [1, PermissionErrorType],
  [2, FileNotFoundErrorType],
  [3, ProcessLookupErrorType],
  [4, InterruptedErrorType],
  [10, ChildProcessErrorType],
  [11, BlockingIOErrorType],
  [13, PermissionErrorType],
  [17, FileExistsErrorType],
  [20, NotADirectoryErrorType],
  [21, IsADirectoryErrorType],
  [32, BrokenPipeErrorType],
  [103, ConnectionAbortedErrorType],
  [104, ConnectionResetErrorType],
  [108, BrokenPipeErrorType],
  [110, TimeoutErrorType],
  [111, ConnectionRefusedErrorType],
  [114, BlockingIOErrorType],
  [115, BlockingIOErrorType],
])

function installOSError(): void {
  const ownInit = method(OSErrorType, '__init__', (_ts, a, kw) => {
    const e = exc(a[0])
    if (!initParses(e.cls)) return None
    noKeywords(e, kw)
    setOSErrorArgs(e, a.slice(1))
    return None
  })
  const ownNew = method(OSErrorType, '__new__', (_ts, a, kw) => {
    let cls = a[0] as PyType
    const args = a.slice(1)
    const parseHere = !initParses(cls)
    if (parseHere) {
      if (kw && kw.size) throw typeError(`${cls.name}() takes no keyword arguments`)
      const errno = args[0]
      if (cls === OSErrorType && args.length >= 2 && args.length <= 5 && typeof errno === 'number') {
        cls = errnoClasses.get(errno) ?? cls
      }
    }
    const e = cls.alloc(cls) as PyBaseException
    if (parseHere) setOSErrorArgs(e, args)
    return e
  })
  // A subclass with its own __init__ parses its arguments there (oserror_use_init).
  const initParses = (cls: PyType) => cls.lookup('__init__') !== ownInit && cls.lookup('__new__') === ownNew
  for (const name of ['errno', 'strerror', 'filename', 'filename2']) member(OSErrorType, name)
  resumableMethod(OSErrorType, '__str__', function* (_ts, a) {
    const e = exc(a[0])
    const field = (name: string) => e.attrs!.get(name)
    const errno = field('errno') ?? None
    const strerror = field('strerror') ?? None
    const filename = field('filename')
    const filename2 = field('filename2')
    if (filename !== undefined && filename !== None) {
      const head = `[Errno ${yield* str(errno)}] ${yield* str(strerror)}: ${yield* repr(filename)}`
      return filename2 !== undefined && filename2 !== None ? `${head} -> ${yield* repr(filename2)}` : head
    }
    if (errno !== None && strerror !== None) return `[Errno ${yield* str(errno)}] ${yield* str(strerror)}`
    return yield* baseStr(e)
  })
}

/** oserror_parse_args and oserror_init: 2 to 5 arguments are (errno, strerror, filename, winerror, filename2). */
function setOSErrorArgs(e: PyBaseException, args: PyValue[]): void {
  e.args = pyTuple(args)
  if (args.length < 2 || args.length > 5) return
  const [errno, strerror, filename, , filename2] = args
  e.attrs!.set('errno', errno)
  e.attrs!.set('strerror', strerror)
  if (filename === undefined || filename === None) return
  if (e.cls === BlockingIOErrorType && typeof filename === 'number') {
    e.attrs!.set('characters_written', filename)
    return
  }
  e.attrs!.set('filename', filename)
  if (filename2 !== undefined && filename2 !== None) e.attrs!.set('filename2', filename2)
  e.args = pyTuple(args.slice(0, 2))
}

// --- SyntaxError ---

const syntaxDetails = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset']

function installSyntaxError(): void {
  resumableMethod(SyntaxErrorType, '__init__', function* (_ts, a, kw) {
    const e = exc(a[0])
    noKeywords(e, kw)
    const args = a.slice(1)
    e.args = pyTuple(args)
    if (args.length >= 1) e.attrs!.set('msg', args[0])
    if (args.length === 2) {
      const info = yield* toArray(args[1])
      if (info.length < 4 || info.length > 6) {
        throw typeError(
          `function takes ${info.length < 4 ? 'at least 4' : 'at most 6'} arguments (${info.length} given)`,
        )
      }
      info.forEach((v, i) => e.attrs!.set(syntaxDetails[i], v))
    }
    return None
  })
  member(SyntaxErrorType, 'msg', (e) => e.args.items[0] ?? None)
  for (const name of [...syntaxDetails, 'print_file_and_line']) member(SyntaxErrorType, name)
  resumableMethod(SyntaxErrorType, '__str__', function* (_ts, a) {
    const e = exc(a[0])
    const msg = yield* str(e.attrs!.get('msg') ?? e.args.items[0] ?? None)
    const filename = e.attrs!.get('filename')
    const lineno = e.attrs!.get('lineno')
    const base = typeof filename === 'string' ? filename.slice(filename.lastIndexOf('/') + 1) : null
    const line = typeof lineno === 'number' || typeof lineno === 'bigint' ? lineno : null
    if (base !== null && line !== null) return `${msg} (${base}, line ${line})`
    if (base !== null) return `${msg} (${base})`
    if (line !== null) return `${msg} (line ${line})`
    return msg
  })
}
