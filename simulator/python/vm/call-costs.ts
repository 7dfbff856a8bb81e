// How much recursion depth CPython 3.11 holds while a call runs besides the callee's frame: one unit when the C
// path of the call checks `Py_EnterRecursiveCall(" while calling a Python object")`. Calls of built-in functions
// and methods check on the generic (vectorcall) path; once a code object is quickened, CALL specialises by the
// built-in's calling convention and only some specialisations still check. Classes without a vectorcall
// constructor (user classes, int, str, zip…) go through _PyObject_MakeTpCall, which checks; so do callable
// instances (`__call__`).
import { PyType, TypeType, type PyValue } from '../runtime/object'
import { BoolType } from '../runtime/types/bool'
import { DictType, type PyDict } from '../runtime/types/dict'
import { FloatType } from '../runtime/types/float'
import { PyBoundMethod, PyBuiltin, PyFunction } from '../runtime/types/function'
import { ListType } from '../runtime/types/list'
import { RangeType } from '../runtime/types/range'
import { FrozenSetType, SetType } from '../runtime/types/set'
import { StrType } from '../runtime/types/str'
import { TupleType } from '../runtime/types/tuple'

/** A built-in's calling convention (its METH_* flags), with the specialisations CALL has for a few of them. */
const enum Convention {
  O,
  NOARGS,
  FASTCALL,
  FASTCALL_KEYWORDS,
  VARARGS,
  /** `len`: specialised without the check. */
  LEN,
  /** `isinstance`: specialised without the check. */
  ISINSTANCE,
  /** A built-in that is a class with a vectorcall constructor in CPython (map, enumerate…): never checks. */
  VECTORCALL_CLASS,
  /** A built-in that is a class without one (zip): always checks. */
  TP_CALL,
}

const builtinFunctions: Record<string, Convention> = {
  abs: Convention.O,
  aiter: Convention.O,
  all: Convention.O,
  any: Convention.O,
  ascii: Convention.O,
  bin: Convention.O,
  callable: Convention.O,
  chr: Convention.O,
  hash: Convention.O,
  hex: Convention.O,
  id: Convention.O,
  len: Convention.LEN,
  oct: Convention.O,
  ord: Convention.O,
  repr: Convention.O,
  globals: Convention.NOARGS,
  locals: Convention.NOARGS,
  anext: Convention.FASTCALL,
  delattr: Convention.FASTCALL,
  divmod: Convention.FASTCALL,
  eval: Convention.FASTCALL,
  format: Convention.FASTCALL,
  getattr: Convention.FASTCALL,
  hasattr: Convention.FASTCALL,
  input: Convention.FASTCALL,
  isinstance: Convention.ISINSTANCE,
  issubclass: Convention.FASTCALL,
  iter: Convention.FASTCALL,
  next: Convention.FASTCALL,
  setattr: Convention.FASTCALL,
  __build_class__: Convention.FASTCALL_KEYWORDS,
  breakpoint: Convention.FASTCALL_KEYWORDS,
  compile: Convention.FASTCALL_KEYWORDS,
  exec: Convention.FASTCALL_KEYWORDS,
  open: Convention.FASTCALL_KEYWORDS,
  pow: Convention.FASTCALL_KEYWORDS,
  print: Convention.FASTCALL_KEYWORDS,
  round: Convention.FASTCALL_KEYWORDS,
  sorted: Convention.FASTCALL_KEYWORDS,
  sum: Convention.FASTCALL_KEYWORDS,
  __import__: Convention.VARARGS,
  dir: Convention.VARARGS,
  max: Convention.VARARGS,
  min: Convention.VARARGS,
  vars: Convention.VARARGS,
  enumerate: Convention.VECTORCALL_CLASS,
  filter: Convention.VECTORCALL_CLASS,
  map: Convention.VECTORCALL_CLASS,
  reversed: Convention.VECTORCALL_CLASS,
  zip: Convention.TP_CALL,
}

/** Methods of built-in types, by `type.method`; a dunder not listed is a slot wrapper (called through tp_call). */
const methods: Record<string, Convention> = {
  'list.append': Convention.O,
  'list.clear': Convention.NOARGS,
  'list.copy': Convention.NOARGS,
  'list.count': Convention.O,
  'list.extend': Convention.O,
  'list.index': Convention.FASTCALL,
  'list.insert': Convention.FASTCALL,
  'list.pop': Convention.FASTCALL,
  'list.remove': Convention.O,
  'list.reverse': Convention.NOARGS,
  'list.sort': Convention.FASTCALL_KEYWORDS,
  'list.__reversed__': Convention.NOARGS,
  'tuple.count': Convention.O,
  'tuple.index': Convention.FASTCALL,
  'dict.clear': Convention.NOARGS,
  'dict.copy': Convention.NOARGS,
  'dict.fromkeys': Convention.FASTCALL,
  'dict.get': Convention.FASTCALL,
  'dict.items': Convention.NOARGS,
  'dict.keys': Convention.NOARGS,
  'dict.pop': Convention.FASTCALL,
  'dict.popitem': Convention.NOARGS,
  'dict.setdefault': Convention.FASTCALL,
  'dict.update': Convention.VARARGS,
  'dict.values': Convention.NOARGS,
  'set.add': Convention.O,
  'set.clear': Convention.NOARGS,
  'set.copy': Convention.NOARGS,
  'set.difference': Convention.VARARGS,
  'set.difference_update': Convention.VARARGS,
  'set.discard': Convention.O,
  'set.intersection': Convention.VARARGS,
  'set.intersection_update': Convention.VARARGS,
  'set.isdisjoint': Convention.O,
  'set.issubset': Convention.O,
  'set.issuperset': Convention.O,
  'set.pop': Convention.NOARGS,
  'set.remove': Convention.O,
  'set.symmetric_difference': Convention.O,
  'set.symmetric_difference_update': Convention.O,
  'set.union': Convention.VARARGS,
  'set.update': Convention.VARARGS,
  'str.capitalize': Convention.NOARGS,
  'str.casefold': Convention.NOARGS,
  'str.center': Convention.FASTCALL,
  'str.count': Convention.VARARGS,
  'str.encode': Convention.FASTCALL_KEYWORDS,
  'str.endswith': Convention.VARARGS,
  'str.expandtabs': Convention.FASTCALL_KEYWORDS,
  'str.find': Convention.VARARGS,
  'str.format': Convention.VARARGS,
  'str.format_map': Convention.O,
  'str.index': Convention.VARARGS,
  'str.join': Convention.O,
  'str.ljust': Convention.FASTCALL,
  'str.lower': Convention.NOARGS,
  'str.lstrip': Convention.FASTCALL,
  'str.partition': Convention.O,
  'str.removeprefix': Convention.O,
  'str.removesuffix': Convention.O,
  'str.replace': Convention.FASTCALL,
  'str.rfind': Convention.VARARGS,
  'str.rindex': Convention.VARARGS,
  'str.rjust': Convention.FASTCALL,
  'str.rpartition': Convention.O,
  'str.rsplit': Convention.FASTCALL_KEYWORDS,
  'str.rstrip': Convention.FASTCALL,
  'str.split': Convention.FASTCALL_KEYWORDS,
  'str.splitlines': Convention.FASTCALL_KEYWORDS,
  'str.startswith': Convention.VARARGS,
  'str.strip': Convention.FASTCALL,
  'str.swapcase': Convention.NOARGS,
  'str.title': Convention.NOARGS,
  'str.translate': Convention.O,
  'str.upper': Convention.NOARGS,
  'str.zfill': Convention.O,
  'str.__format__': Convention.O,
  'object.__dir__': Convention.NOARGS,
  'object.__format__': Convention.O,
  'object.__init_subclass__': Convention.NOARGS,
  'object.__reduce__': Convention.NOARGS,
  'object.__reduce_ex__': Convention.O,
  'object.__sizeof__': Convention.NOARGS,
}

/** Classes whose constructor has a vectorcall in 3.11 (calling them skips _PyObject_MakeTpCall). */
const vectorcallClasses = new Set<PyType>([
  BoolType,
  DictType,
  FloatType,
  FrozenSetType,
  ListType,
  RangeType,
  SetType,
  TupleType,
])

const isDunder = (name: string) => name.length > 4 && name.startsWith('__') && name.endsWith('__')

/** The name each object of a builtins module is bound to, to know its functions apart from other modules'. */
const builtinNames = new WeakMap<PyDict, Map<PyValue, string>>()

function namesOf(builtins: PyDict): Map<PyValue, string> {
  let names = builtinNames.get(builtins)
  if (names === undefined) {
    names = new Map()
    for (const [key, value] of builtins.entries()) if (typeof key === 'string') names.set(value, key)
    builtinNames.set(builtins, names)
  }
  return names
}

function conventionOf(fn: PyBuiltin, builtins: PyDict): Convention {
  const home = fn.boundFrom ?? fn
  let convention = home.convention as Convention | undefined
  if (convention === undefined) {
    convention = lookUpConvention(home, builtins)
    home.convention = convention
  }
  return convention
}

function lookUpConvention(fn: PyBuiltin, builtins: PyDict): Convention {
  if (fn.owner !== null && (fn.method || fn.classMethod || fn.self !== null)) {
    const known = methods[`${fn.owner.name}.${fn.name}`]
    if (known !== undefined) return known
    return isDunder(fn.name) ? Convention.VARARGS : Convention.FASTCALL
  }
  const name = namesOf(builtins).get(fn)
  return name === undefined ? Convention.FASTCALL : (builtinFunctions[name] ?? Convention.FASTCALL)
}

function builtinUnits(convention: Convention, hot: boolean, isMethod: boolean, keywords: boolean): number {
  if (convention === Convention.VECTORCALL_CLASS) return 0
  if (!hot) return 1
  switch (convention) {
    case Convention.LEN:
    case Convention.ISINSTANCE:
    case Convention.FASTCALL:
      return keywords ? 1 : 0
    case Convention.FASTCALL_KEYWORDS:
      return isMethod && keywords ? 1 : 0
    default:
      return 1
  }
}

function classUnits(cls: PyType, hot: boolean, positional: number, keywords: boolean): number {
  if (hot && !keywords && positional === 1 && (cls === StrType || cls === TupleType || cls === TypeType)) return 0
  if (cls === TypeType) return positional === 1 && !keywords ? 0 : 1
  // Every class with a vectorcall is built in: a user class needs no set lookup.
  return cls.builtin && vectorcallClasses.has(cls) ? 0 : 1
}

/**
 * A built-in special method that CPython implements as a type slot (`__new__`, `__init__`, `__eq__`…): C code calls
 * the slot directly, without a call's recursion check. The few special methods that are real methods
 * (`object.__format__`) are not slots.
 */
export function isTypeSlot(fn: PyValue): boolean {
  if (!(fn instanceof PyBuiltin) || !isDunder(fn.name)) return false
  return fn.owner === null || methods[`${fn.owner.name}.${fn.name}`] === undefined
}

/**
 * The units the call of `callable` holds while it runs (0 or 1), given the interpreter's builtins dict, whether the
 * calling code is quickened (CALL has specialised), and the call's positional count and use of keywords.
 */
export function callUnits(
  callable: PyValue,
  hot: boolean,
  positional: number,
  keywords: boolean,
  builtins: PyDict,
): number {
  if (callable instanceof PyFunction) return 0
  if (callable instanceof PyBuiltin) {
    const isMethod = callable.owner !== null && callable.method
    return builtinUnits(conventionOf(callable, builtins), hot, isMethod, keywords)
  }
  if (callable instanceof PyBoundMethod) return callUnits(callable.func, false, positional + 1, keywords, builtins)
  if (callable instanceof PyType) return classUnits(callable, hot, positional, keywords)
  return 1
}
