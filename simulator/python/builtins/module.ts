// The `builtins` module of an interpreter. Built-in types are shared by all interpreters (they are immutable from
// Python), so their methods are installed once.
import { ObjectType, TypeType, NoneType, None, NotImplemented, Ellipsis, type PyValue } from '../runtime/object'
import { IntType } from '../runtime/types/int'
import { BoolType, True, False } from '../runtime/types/bool'
import { FloatType } from '../runtime/types/float'
import { StrType } from '../runtime/types/str'
import { BytesType } from '../runtime/types/bytes'
import { ByteArrayType } from '../runtime/types/bytearray'
import { ComplexType } from '../runtime/types/complex'
import { ListType } from '../runtime/types/list'
import { TupleType } from '../runtime/types/tuple'
import { DictType, type PyDict } from '../runtime/types/dict'
import { FrozenSetType, SetType } from '../runtime/types/set'
import { RangeType } from '../runtime/types/range'
import { SliceType } from '../runtime/types/slice'
import { ClassMethodType, PropertyType, StaticMethodType } from '../runtime/types/descriptors'
import { builtinExceptionTypes } from '../runtime/types/exceptions'
import { PyModule } from '../runtime/types/module'
import type { Interpreter } from '../vm/interpreter'
import { builtinFunctions } from './functions'
import { iterationFunctions } from './iteration'
import { buildClass, installObjectAndType } from './object-type'
import { installContainers } from './types/containers'
import { installMisc, SuperType } from './types/misc'
import { installNumbers } from './types/numbers'
import { installSets } from './types/sets'
import { installRange } from './types/range'
import { installSlice } from './types/slice'
import { installStrings } from './types/strings'
import { installBytes } from './types/bytes'
import { installComplex } from './types/complex'
import { installIterators } from './types/iterators'
import { roundFn } from './round'
import { CPYTHON_BUILTINS_ORDER } from './cpython-builtins-order'
import { openFn } from './open'

let installed = false

function installTypes(): void {
  if (installed) return
  installed = true
  installObjectAndType()
  installNumbers()
  installComplex()
  installStrings()
  installBytes()
  installContainers()
  installSets()
  installRange()
  installSlice()
  installMisc()
  installIterators()
}

export function createBuiltins(interp: Interpreter): PyModule {
  installTypes()
  void interp
  const m = new PyModule('builtins')
  const types = [
    ObjectType,
    TypeType,
    IntType,
    BoolType,
    FloatType,
    ComplexType,
    StrType,
    BytesType,
    ByteArrayType,
    ListType,
    TupleType,
    DictType,
    SetType,
    FrozenSetType,
    RangeType,
    SliceType,
    PropertyType,
    StaticMethodType,
    ClassMethodType,
    SuperType,
  ]
  for (const t of types) m.set(t.name, t)
  for (const t of builtinExceptionTypes) m.set(t.name, t)
  m.set('EnvironmentError', m.dict.getStr('OSError')!)
  m.set('IOError', m.dict.getStr('OSError')!)
  for (const [name, fn] of [...builtinFunctions(), ...iterationFunctions()]) m.set(name, fn)
  m.set('round', roundFn)
  m.set('open', openFn)
  m.set('__build_class__', buildClass)
  m.set('None', None)
  m.set('True', True)
  m.set('False', False)
  m.set('Ellipsis', Ellipsis)
  m.set('NotImplemented', NotImplemented)
  m.set('__debug__', True)
  void NoneType
  orderLikeCPython(m.dict)
  return m
}

/** Puts the builtins in the order CPython's dict has them (names it lacks keep their order, after the others). */
function orderLikeCPython(dict: PyDict): void {
  const rank = new Map(CPYTHON_BUILTINS_ORDER.split(' ').map((name, i) => [name, i]))
  const at = (key: PyValue) => (typeof key === 'string' ? (rank.get(key) ?? rank.size) : rank.size)
  const entries = dict.entries().sort(([a], [b]) => at(a) - at(b))
  dict.clear()
  for (const [key, value] of entries) dict.setStr(key as string, value)
}
