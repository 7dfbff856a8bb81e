// The built-in functions that are not classes: print, len, repr, isinstance, getattr and the rest.
import { getAttr, getAttrOrMissing, missingAttribute, setAttr, instanceDict } from '../runtime/abstract/attr'
import { checkRecursiveCall, enterRecursiveCall, leaveRecursiveCall, whileCalling } from '../runtime/recursion'
import { callSpecial, special } from '../runtime/abstract/call'
import { hash } from '../runtime/abstract/hash'
import { hashToPython } from '../hash'
import { idOf } from '../runtime/abstract/identity'
import { iter, next, nextOrStop } from '../runtime/abstract/iter'
import { len, lenFast } from '../runtime/abstract/length'
import { asInt, numericBinary, numericDivmod } from '../runtime/abstract/numeric'
import { asIndex } from '../runtime/abstract/as-index'
import { binaryDispatch } from '../runtime/abstract/binary-dispatch'
import { binaryOp } from '../vm/slow-ops'
import { intToString } from '../format'
import { repr, str } from '../runtime/abstract/repr'
import { asciiOf } from '../runtime/abstract/ascii'
import { formatValue } from '../runtime/abstract/format'
import { typeError, valueError } from '../runtime/errors'
import { callPy, type KwArgs, type NativeGen } from '../runtime/native'
import { None, NotImplemented, PyObject, PyType, TypeType, type PyValue } from '../runtime/object'
import { typeOf, typeName } from '../runtime/type-of'
import { pyBool, PyBool } from '../runtime/types/bool'
import { PyDict } from '../runtime/types/dict'
import { newException, EOFErrorType } from '../runtime/types/exceptions'
import { native, PyBuiltin, PyFunction, PyBoundMethod, resumable } from '../runtime/types/function'
import { PyFloat } from '../runtime/types/float'
import { PyList } from '../runtime/types/list'
import { PyTuple } from '../runtime/types/tuple'
import { PyModule } from '../runtime/types/module'
import { strOf } from '../runtime/types/str-subclass'
import { BinaryOp } from '../compiler/opcodes'
import { intPowMod } from '../runtime/abstract/int-ops'
import type { ThreadState } from '../vm/thread-state'
import { classNamespace } from './types/mappingproxy'
import { checkNotGeneric, PyUnion } from './types/generic-alias'
import { arity, noKeywords } from './define'
import { dirOf } from './object-type'
import { truth } from '../runtime/abstract/truth'

function* writeTo(ts: ThreadState, file: PyValue, text: string): NativeGen<void> {
  if (file === None) {
    const sys = ts.interp.modules.get('sys')
    const stdout = sys?.dict.getStr('stdout')
    if (stdout === undefined || stdout === None) {
      ts.interp.write('stdout', text, ts)
      return
    }
    file = stdout
  }
  const stream = nativeStreamOf(file)
  if (stream) {
    ts.interp.write(stream, text, ts)
    return
  }
  const write = yield* getAttrOrMissing(file, 'write')
  if (write === undefined) throw missingAttribute(file, 'write')
  yield* callPy(write, [text])
}

/** sys.stdout and sys.stderr are native streams that print can write to directly. */
const nativeStreams = new WeakMap<object, 'stdout' | 'stderr'>()

export function registerNativeStream(obj: PyObject, stream: 'stdout' | 'stderr'): void {
  nativeStreams.set(obj, stream)
}

function nativeStreamOf(v: PyValue): 'stdout' | 'stderr' | undefined {
  return typeof v === 'object' ? nativeStreams.get(v) : undefined
}

const print = resumable('print', function* (ts, args, kw) {
  let sep: PyValue = ' '
  let end: PyValue = '\n'
  let file: PyValue = None
  if (kw) {
    for (const [k, v] of kw) {
      if (k === 'sep') sep = v
      else if (k === 'end') end = v
      else if (k === 'file') file = v
      else if (k !== 'flush') throw typeError(`'${k}' is an invalid keyword argument for print()`)
    }
  }
  const sepText = sep === None ? ' ' : strOf(sep)
  const endText = end === None ? '\n' : strOf(end)
  if (sepText === undefined) throw typeError(`sep must be None or a string, not ${typeName(sep)}`)
  if (endText === undefined) throw typeError(`end must be None or a string, not ${typeName(end)}`)
  const parts: string[] = []
  for (const a of args) parts.push(yield* str(a))
  // The stream's write() is a method call, with its recursion check.
  checkRecursiveCall(whileCalling)
  yield* writeTo(ts, file, parts.join(sepText) + endText)
  return None
})

const lenFn = resumable(
  'len',
  function* (_ts, args, kw) {
    noKeywords('len', kw)
    arity('len', args, 1)
    return yield* len(args[0])
  },
  { noEvalBreak: true, fast: (_ts, args, kw) => (args.length === 1 && kw === null ? lenFast(args[0]) : undefined) },
)

const reprFn = resumable('repr', function* (_ts, args) {
  arity('repr', args, 1)
  return yield* repr(args[0])
})

const asciiFn = resumable('ascii', function* (_ts, args) {
  arity('ascii', args, 1)
  return asciiOf(yield* repr(args[0]))
})

/** A call of `__instancecheck__`/`__subclasscheck__`, which holds a unit of recursion depth. */
function* checkerCall(checker: PyValue, cls: PyValue, arg: PyValue, where: string): NativeGen {
  enterRecursiveCall(where)
  try {
    return yield* callPy(checker, [cls, arg])
  } finally {
    leaveRecursiveCall()
  }
}

/** PyObject_IsInstance: exact classes natively, unions and tuples item by item, else `__instancecheck__`. */
function* isInstance(obj: PyValue, cls: PyValue): NativeGen<boolean> {
  const t = typeOf(obj)
  if (t === cls) return true
  if (cls instanceof PyType && cls.cls === TypeType) return t.isSubtypeOf(cls)
  const members = cls instanceof PyUnion ? cls.args.items : cls instanceof PyTuple ? cls.items : null
  if (members !== null) {
    for (const c of members) if (yield* isInstance(obj, c)) return true
    return false
  }
  checkNotGeneric(cls, 'isinstance')
  const checker = typeof cls === 'object' ? cls.cls.lookup('__instancecheck__') : undefined
  if (checker !== undefined) return yield* truth(yield* checkerCall(checker, cls, obj, ' in __instancecheck__'))
  if (cls instanceof PyType) return t.isSubtypeOf(cls)
  throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union')
}

const isinstance = resumable(
  'isinstance',
  function* (_ts, args) {
    arity('isinstance', args, 2)
    return pyBool(yield* isInstance(args[0], args[1]))
  },
  { noEvalBreak: true },
)

/** PyObject_IsSubclass: as isinstance, with `__subclasscheck__`. */
function* isSubclass(sub: PyValue, cls: PyValue): NativeGen<boolean> {
  if (cls instanceof PyType && cls.cls === TypeType) {
    if (sub === cls) return true
    if (!(sub instanceof PyType)) throw typeError('issubclass() arg 1 must be a class')
    return sub.isSubtypeOf(cls)
  }
  const members = cls instanceof PyUnion ? cls.args.items : cls instanceof PyTuple ? cls.items : null
  if (members !== null) {
    for (const c of members) if (yield* isSubclass(sub, c)) return true
    return false
  }
  checkNotGeneric(cls, 'issubclass')
  const checker = typeof cls === 'object' ? cls.cls.lookup('__subclasscheck__') : undefined
  if (checker !== undefined) return yield* truth(yield* checkerCall(checker, cls, sub, ' in __subclasscheck__'))
  if (!(sub instanceof PyType)) throw typeError('issubclass() arg 1 must be a class')
  if (!(cls instanceof PyType)) throw typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union')
  return sub.isSubtypeOf(cls)
}

const issubclass = resumable('issubclass', function* (_ts, args) {
  arity('issubclass', args, 2)
  return pyBool(yield* isSubclass(args[0], args[1]))
})

function attrName(fn: string, v: PyValue): string {
  const name = strOf(v)
  if (name === undefined) throw typeError(`attribute name must be string, not '${typeName(v)}'`)
  void fn
  return name
}

const getattr = resumable('getattr', function* (_ts, args) {
  if (args.length < 2) throw typeError(`getattr expected at least 2 arguments, got ${args.length}`)
  if (args.length > 3) throw typeError(`getattr expected at most 3 arguments, got ${args.length}`)
  const name = attrName('getattr', args[1])
  if (args.length === 2) return yield* getAttr(args[0], name)
  const v = yield* getAttrOrMissing(args[0], name)
  return v === undefined ? args[2] : v
})

const hasattr = resumable('hasattr', function* (_ts, args) {
  arity('hasattr', args, 2)
  return pyBool((yield* getAttrOrMissing(args[0], attrName('hasattr', args[1]))) !== undefined)
})

const setattr = resumable('setattr', function* (_ts, args) {
  arity('setattr', args, 3)
  yield* setAttr(args[0], attrName('setattr', args[1]), args[2])
  return None
})

const delattr = resumable('delattr', function* (_ts, args) {
  arity('delattr', args, 2)
  yield* setAttr(args[0], attrName('delattr', args[1]), undefined)
  return None
})

const id = native('id', (_ts, args) => {
  arity('id', args, 1)
  return idOf(args[0])
})

const hashFn = resumable('hash', function* (_ts, args) {
  arity('hash', args, 1)
  return hashToPython(yield* hash(args[0]))
})

const nextFn = resumable('next', function* (_ts, args) {
  arity('next', args, 1, 2)
  const it = args[0]
  if (special(it, '__next__') === undefined && !(it instanceof PyObject && 'next' in it)) {
    throw typeError(`'${typeName(it)}' object is not an iterator`)
  }
  if (args.length === 1) return yield* nextOrStop(it)
  const v = yield* next(it)
  return v === undefined ? args[1] : v
})

const formatFn = resumable('format', function* (_ts, args) {
  arity('format', args, 1, 2)
  const spec = args.length === 2 ? strOf(args[1]) : ''
  if (spec === undefined) throw typeError(`format() argument 2 must be str, not ${typeName(args[1])}`)
  return yield* formatValue(args[0], spec)
})

const chr = native('chr', (_ts, args) => {
  arity('chr', args, 1)
  const n = asInt(args[0])
  if (n === undefined) throw typeError(`'${typeName(args[0])}' object cannot be interpreted as an integer`)
  if (n < 0 || n > 0x10ffff) throw valueError('chr() arg not in range(0x110000)')
  return String.fromCodePoint(Number(n))
})

const ord = native('ord', (_ts, args) => {
  arity('ord', args, 1)
  const s = strOf(args[0])
  if (s === undefined) throw typeError(`ord() expected string of length 1, but ${typeName(args[0])} found`)
  const chars = Array.from(s)
  if (chars.length !== 1) throw typeError(`ord() expected a character, but string of length ${chars.length} found`)
  return chars[0].codePointAt(0)!
})

function radix(name: string, base: 2 | 8 | 16) {
  return resumable(name, function* (_ts, args) {
    arity(name, args, 1)
    return intToString(yield* asIndex(args[0]), base)
  })
}

const anyFn = resumable('any', function* (_ts, args) {
  arity('any', args, 1)
  const it = yield* iter(args[0])
  for (;;) {
    const v = yield* next(it)
    if (v === undefined) return pyBool(false)
    if (yield* truth(v)) return pyBool(true)
  }
})

const allFn = resumable('all', function* (_ts, args) {
  arity('all', args, 1)
  const it = yield* iter(args[0])
  for (;;) {
    const v = yield* next(it)
    if (v === undefined) return pyBool(true)
    if (!(yield* truth(v))) return pyBool(false)
  }
})

/** `callable(v)`: functions, methods, classes, and instances whose class defines `__call__`. */
export function isCallable(v: PyValue): boolean {
  return (
    v instanceof PyFunction ||
    v instanceof PyBuiltin ||
    v instanceof PyBoundMethod ||
    v instanceof PyType ||
    special(v, '__call__') !== undefined
  )
}

const callable = native('callable', (_ts, args) => {
  arity('callable', args, 1)
  return pyBool(isCallable(args[0]))
})

const vars = native('vars', (ts, args) => {
  arity('vars', args, 0, 1)
  if (args.length === 0) return callerLocals(ts)
  const v = args[0]
  if (v instanceof PyModule) return v.dict
  if (v instanceof PyType) return classNamespace(v)
  const d = typeof v === 'object' ? instanceDict(v) : undefined
  if (d === undefined) throw typeError('vars() argument must have __dict__ attribute')
  return d
})

function callerFrame(ts: ThreadState) {
  let f = ts.frame
  while (f && f.kind !== 'python') f = f.back
  return f
}

function callerLocals(ts: ThreadState): PyValue {
  const f = callerFrame(ts)
  if (!f) return new PyDict()
  if (f.locals) return f.locals
  const d = new PyDict()
  f.code.localsplus.forEach((name, i) => {
    let v = f.fast[i]
    if (v instanceof PyObject && v.cls.name === 'cell') v = (v as unknown as { value: PyValue | undefined }).value
    if (v !== undefined) d.setStr(name, v)
  })
  return d
}

const globalsFn = native('globals', (ts) => callerFrame(ts)?.globals ?? new PyDict())
const localsFn = native('locals', (ts) => callerLocals(ts))

const dir = resumable('dir', function* (ts, args) {
  arity('dir', args, 0, 1)
  if (args.length === 0) {
    const locals = callerLocals(ts) as PyDict
    return new PyList(locals.keys().sort())
  }
  const v = args[0]
  const custom = special(v, '__dir__')
  if (custom !== undefined && !(custom instanceof PyBuiltin)) {
    const r = yield* callPy(custom, [v])
    const items = (yield* toList(r)).slice()
    return new PyList(items.sort())
  }
  if (v instanceof PyModule) return new PyList(v.dict.keys().sort())
  return new PyList(dirOf(v))
})

import { toArray } from '../runtime/abstract/iter'
function* toList(v: PyValue): NativeGen<PyValue[]> {
  return yield* toArray(v)
}

const abs = resumable('abs', function* (_ts, args) {
  arity('abs', args, 1)
  const v = args[0]
  const i = asInt(v)
  if (i !== undefined) return i < 0 ? numericBinary(0, i, BinaryOp.SUBTRACT)! : i
  const r = yield* callSpecial(v, '__abs__')
  if (r === undefined) throw typeError(`bad operand type for abs(): '${typeName(v)}'`)
  return r
})

const divmod = resumable('divmod', function* (_ts, args) {
  arity('divmod', args, 2)
  const [a, b] = args
  const fast = numericDivmod(a, b)
  if (fast !== undefined) return fast
  const d = yield* binaryDispatch(a, b, '__divmod__', '__rdivmod__')
  if (d !== NotImplemented) return d
  throw typeError(`unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`)
})

const pow = resumable('pow', function* (_ts, args, kw) {
  const base = args[0] ?? kw?.get('base')
  const exp = args[1] ?? kw?.get('exp')
  const mod = args[2] ?? kw?.get('mod') ?? None
  if (base === undefined || exp === undefined) throw typeError('pow() missing required argument')
  if (mod === None) return yield* binaryOp(base, exp, BinaryOp.POWER)
  const [b, e, m] = [asInt(base), asInt(exp), asInt(mod)]
  if (b !== undefined && e !== undefined && m !== undefined) return intPowMod(b, e, m)
  if ([base, exp, mod].every((v) => v instanceof PyFloat || asInt(v) !== undefined)) {
    throw typeError('pow() 3rd argument not allowed unless all arguments are integers')
  }
  const r = yield* binaryDispatch(base, exp, '__pow__', '__rpow__', [mod])
  if (r !== NotImplemented) return r
  const names = [base, exp, mod].map((v) => `'${typeName(v)}'`).join(', ')
  throw typeError(`unsupported operand type(s) for ** or pow(): ${names}`)
})

const input = native('input', (ts, args) => {
  if (args.length) ts.interp.write('stdout', String(args[0]), ts)
  throw newException(EOFErrorType, 'EOF when reading a line')
})

/** The built-in functions, by name. */
export function builtinFunctions(): [string, PyValue][] {
  return [
    ['print', print],
    ['len', lenFn],
    ['repr', reprFn],
    ['ascii', asciiFn],
    ['isinstance', isinstance],
    ['issubclass', issubclass],
    ['getattr', getattr],
    ['hasattr', hasattr],
    ['setattr', setattr],
    ['delattr', delattr],
    ['id', id],
    ['hash', hashFn],
    ['next', nextFn],
    ['format', formatFn],
    ['chr', chr],
    ['ord', ord],
    ['hex', radix('hex', 16)],
    ['oct', radix('oct', 8)],
    ['bin', radix('bin', 2)],
    ['any', anyFn],
    ['all', allFn],
    ['callable', callable],
    ['vars', vars],
    ['globals', globalsFn],
    ['locals', localsFn],
    ['dir', dir],
    ['abs', abs],
    ['divmod', divmod],
    ['pow', pow],
    ['input', input],
  ]
}

export type { KwArgs }
export { PyBool }
