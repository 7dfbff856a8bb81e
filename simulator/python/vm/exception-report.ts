// What CPython 3.11 writes to stderr for an exception nobody caught (Python/pythonrun.c, print_exception_recursive):
// its cause or context first, then its traceback, `module.Type: message`, a "Did you mean" suggestion, its notes.
// It runs as a native generator because str() of the exception, its notes, and dir() may run Python code.
import { formatSyntaxError } from '../parser'
import { repr, str } from '../runtime/abstract/repr'
import { callPy, type NativeGen } from '../runtime/native'
import type { PyType, PyValue } from '../runtime/object'
import { AttributeErrorType, NameErrorType, PyBaseException, SyntaxErrorType } from '../runtime/types/exceptions'
import { PyList } from '../runtime/types/list'
import { PyTuple } from '../runtime/types/tuple'
import type { PyTraceback } from '../runtime/types/traceback'
import type { Interpreter } from './interpreter'
import { closestName } from './suggestions'
import { formatTraceback } from './traceback-format'

const causeMessage = '\nThe above exception was the direct cause of the following exception:\n\n'
const contextMessage = '\nDuring handling of the above exception, another exception occurred:\n\n'

export function* reportException(interp: Interpreter, exc: PyBaseException): NativeGen<string> {
  return yield* withChain(interp, exc, new Set())
}

function* withChain(interp: Interpreter, exc: PyBaseException, seen: Set<PyBaseException>): NativeGen<string> {
  seen.add(exc)
  let out = ''
  if (exc.cause instanceof PyBaseException) {
    if (!seen.has(exc.cause)) out += (yield* withChain(interp, exc.cause, seen)) + causeMessage
  } else if (!exc.suppressContext && exc.context instanceof PyBaseException && !seen.has(exc.context)) {
    out += (yield* withChain(interp, exc.context, seen)) + contextMessage
  }
  return out + (yield* single(interp, exc))
}

function* single(interp: Interpreter, exc: PyBaseException): NativeGen<string> {
  let out = exc.traceback === null ? '' : formatTraceback(exc.traceback, interp.sources)
  const syntax = syntaxErrorBlock(exc)
  if (syntax !== null) return out + syntax + (yield* notes(exc))
  out += typeLabel(exc.cls)
  const message = yield* safely(str(exc))
  if (message === null) out += ': <exception str() failed>'
  else if (message !== '') out += `: ${message}`
  const suggestion = yield* safely(suggestionFor(interp, exc))
  if (suggestion) out += `. Did you mean: '${suggestion}'?`
  return out + '\n' + (yield* notes(exc))
}

/**
 * The report without running Python code, for when the full one cannot finish (a `__str__` that never returns):
 * the traceback, and the message as if str() had failed.
 */
export function reportWithoutPython(interp: Interpreter, exc: PyBaseException): string {
  const tb = exc.traceback === null ? '' : formatTraceback(exc.traceback, interp.sources)
  return `${tb}${typeLabel(exc.cls)}: <exception str() failed>\n`
}

/** `module.Qualname`, without the module for builtins and `__main__`. */
function typeLabel(t: PyType): string {
  return t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`
}

/** A generator's result, or null when it raised a Python exception. */
function* safely<T>(gen: NativeGen<T>): NativeGen<T | null> {
  try {
    return yield* gen
  } catch (error) {
    if (error instanceof PyBaseException) return null
    throw error
  }
}

/** The `File "…", line N` block and message of a SyntaxError that says where it is (its lineno is an int). */
function syntaxErrorBlock(exc: PyBaseException): string | null {
  if (!exc.cls.isSubtypeOf(SyntaxErrorType)) return null
  const get = (k: string) => exc.attrs!.get(k)
  const lineno = get('lineno')
  if (typeof lineno !== 'number') return null
  const num = (v: PyValue | undefined, otherwise: number) => (typeof v === 'number' ? v : otherwise)
  const text = get('text')
  const filename = get('filename')
  return formatSyntaxError({
    type: exc.cls.name as 'SyntaxError',
    msg: String(get('msg') ?? exc.args.items[0] ?? 'None'),
    filename: typeof filename === 'string' ? filename : '<string>',
    lineno,
    offset: num(get('offset'), -1),
    end_lineno: num(get('end_lineno'), lineno),
    end_offset: num(get('end_offset'), -1),
    text: typeof text === 'string' ? text : '',
  })
}

/** `__notes__`: each note's str() line by line; a value that is not a sequence is shown by its repr. */
function* notes(exc: PyBaseException): NativeGen<string> {
  const value = exc.attrs!.get('__notes__')
  if (value === undefined) return ''
  const items =
    value instanceof PyList || value instanceof PyTuple
      ? value.items
      : typeof value === 'string'
        ? Array.from(value)
        : null
  if (items === null) return (yield* safely(repr(value))) ?? '<__notes__ repr() failed>'
  let out = ''
  for (const note of items) {
    const text = yield* safely(str(note))
    out += (text ?? '<note str() failed>') + '\n'
  }
  return out
}

/** 3.11 offers a name for exactly AttributeError (from dir() of the object) and NameError (from the frame). */
function* suggestionFor(interp: Interpreter, exc: PyBaseException): NativeGen<string | null> {
  const name = exc.attrs!.get('name')
  if (typeof name !== 'string') return null
  if (exc.cls === AttributeErrorType) {
    const obj = exc.attrs!.get('obj')
    if (obj === undefined) return null
    const names = yield* callPy(interp.builtins.getStr('dir')!, [obj])
    return names instanceof PyList ? closestAmong(name, names.items) : null
  }
  if (exc.cls === NameErrorType && exc.traceback !== null) {
    const frame = innermost(exc.traceback).frame
    const code = frame.code
    return (
      closestAmong(name, code.localsplus.slice(0, code.nlocals)) ??
      closestAmong(name, frame.globals.keys()) ??
      closestAmong(name, frame.builtins.keys())
    )
  }
  return null
}

function innermost(tb: PyTraceback): PyTraceback {
  let t = tb
  while (t.next !== null) t = t.next
  return t
}

/** CPython gives up on a list holding anything but strings. */
function closestAmong(name: string, candidates: readonly PyValue[]): string | null {
  if (!candidates.every((c): c is string => typeof c === 'string')) return null
  return closestName(name, candidates)
}
