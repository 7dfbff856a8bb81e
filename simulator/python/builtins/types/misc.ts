// None, functions and methods, property/staticmethod/classmethod, super; exceptions and generators (own files).
import { descriptorGet, getAttr, instanceDict, objectGetAttribute, propertyError } from '../../runtime/abstract/attr'
import { registerRepr } from '../../runtime/abstract/repr'
import { runtimeError, typeError, valueError } from '../../runtime/errors'
import { callPy } from '../../runtime/native'
import { None, NoneType, ObjectType, PyObject, PyType, type PyValue } from '../../runtime/object'
import { typeName, typeOf } from '../../runtime/type-of'
import { pyBool, False } from '../../runtime/types/bool'
import {
  ClassMethodType,
  PropertyType,
  PyClassMethod,
  PyGetSet,
  PyProperty,
  PyStaticMethod,
  StaticMethodType,
} from '../../runtime/types/descriptors'
import { PyDict } from '../../runtime/types/dict'
import {
  BuiltinFunctionType,
  FunctionType,
  MethodType,
  PyBoundMethod,
  PyBuiltin,
  PyCell,
  CellType,
  PyFunction,
} from '../../runtime/types/function'
import { PyTuple, emptyTuple, pyTuple } from '../../runtime/types/tuple'
import { ModuleType, PyModule } from '../../runtime/types/module'
import { CodeObject, CodeType } from '../../runtime/code'
import { arity, method, resumableMethod } from '../define'
import { installExceptions } from './exceptions'
import { installGenerators } from './generators'
import type { ThreadState } from '../../vm/thread-state'
import type { Frame } from '../../vm/frame'

function installNone(): void {
  method(NoneType, '__repr__', () => 'None')
  method(NoneType, '__bool__', () => False)
  method(NoneType, '__new__', () => None)
}

// --- functions ---

function installFunctions(): void {
  const fn = (v: PyValue) => v as PyFunction
  const attr = (name: string, get: (f: PyFunction) => PyValue, set?: (f: PyFunction, v: PyValue | undefined) => void) =>
    FunctionType.ns.set(name, new PyGetSet(name, (v) => get(fn(v)), set ? (v, x) => set(fn(v), x) : null))
  attr(
    '__name__',
    (f) => f.name,
    (f, v) => {
      if (typeof v !== 'string') throw typeError('__name__ must be set to a string object')
      f.name = v
    },
  )
  attr(
    '__qualname__',
    (f) => f.qualname,
    (f, v) => {
      if (typeof v !== 'string') throw typeError('__qualname__ must be set to a string object')
      f.qualname = v
    },
  )
  attr(
    '__doc__',
    (f) => f.doc,
    (f, v) => (f.doc = v ?? None),
  )
  attr(
    '__module__',
    (f) => f.module,
    (f, v) => (f.module = v ?? None),
  )
  attr(
    '__defaults__',
    (f) => (f.defaults.length ? pyTuple(f.defaults) : None),
    (f, v) => {
      f.defaults = v instanceof PyTuple ? v.items : []
    },
  )
  attr('__kwdefaults__', (f) => f.kwdefaults ?? None)
  attr('__code__', (f) => f.code)
  attr('__globals__', (f) => f.globals)
  attr('__closure__', (f) => (f.closure ? pyTuple(f.closure) : None))
  attr(
    '__annotations__',
    (f) => (f.annotations ??= new PyDict()),
    (f, v) => {
      f.annotations = v instanceof PyDict ? v : null
    },
  )
  attr('__dict__', (f) => instanceDict(f)!)
  method(FunctionType, '__get__', (_ts, a) => (a[1] === None ? a[0] : new PyBoundMethod(a[0], a[1])))
  resumableMethod(FunctionType, '__call__', function* (_ts, a, kw) {
    return yield* callPy(a[0], a.slice(1), kw)
  })

  CellType.ns.set(
    'cell_contents',
    new PyGetSet(
      'cell_contents',
      (v) => {
        const contents = (v as PyCell).value
        if (contents === undefined) throw valueError('Cell is empty')
        return contents
      },
      (v, x) => ((v as PyCell).value = x),
    ),
  )

  const m = (v: PyValue) => v as PyBoundMethod
  MethodType.ns.set('__self__', new PyGetSet('__self__', (v) => m(v).self))
  MethodType.ns.set('__func__', new PyGetSet('__func__', (v) => m(v).func))
  resumableMethod(MethodType, '__getattribute__', function* (_ts, a) {
    const self = m(a[0])
    const name = a[1] as string
    if (name === '__self__') return self.self
    if (name === '__func__') return self.func
    const own = MethodType.lookup(name)
    if (own !== undefined && own !== MethodType.lookup('__getattribute__'))
      return yield* descriptorGet(own, self, MethodType)
    return yield* getAttr(self.func, name)
  })
  method(MethodType, '__eq__', (_ts, a) => {
    const [x, y] = [m(a[0]), a[1]]
    return pyBool(y instanceof PyBoundMethod && x.func === y.func && x.self === y.self)
  })

  BuiltinFunctionType.ns.set('__name__', new PyGetSet('__name__', (v) => (v as PyBuiltin).name))
  BuiltinFunctionType.ns.set(
    '__qualname__',
    new PyGetSet('__qualname__', (v) => {
      const b = v as PyBuiltin
      return b.owner ? `${b.owner.name}.${b.name}` : b.name
    }),
  )
  BuiltinFunctionType.ns.set('__self__', new PyGetSet('__self__', (v) => (v as PyBuiltin).self ?? None))
  BuiltinFunctionType.ns.set('__doc__', new PyGetSet('__doc__', () => None))

  const codeAttributes: [string, (c: CodeObject) => PyValue][] = [
    ['co_name', (c) => c.name],
    ['co_qualname', (c) => c.qualname],
    ['co_filename', (c) => c.filename],
    ['co_firstlineno', (c) => c.firstLineno],
    ['co_argcount', (c) => c.argcount],
    ['co_posonlyargcount', (c) => c.posonlyargcount],
    ['co_kwonlyargcount', (c) => c.kwonlyargcount],
    ['co_nlocals', (c) => c.nlocals],
    ['co_flags', (c) => c.flags],
    ['co_varnames', (c) => pyTuple(c.localsplus.slice(0, c.nlocals))],
    ['co_cellvars', (c) => pyTuple([...c.cellvars])],
    ['co_freevars', (c) => pyTuple([...c.freevars])],
    ['co_names', (c) => pyTuple([...c.names])],
    ['co_consts', (c) => pyTuple([...c.consts])],
  ]
  for (const [name, get] of codeAttributes) CodeType.ns.set(name, new PyGetSet(name, (v) => get(v as CodeObject)))

  ModuleType.ns.set('__dict__', new PyGetSet('__dict__', (v) => (v as PyModule).dict))
  method(ModuleType, '__new__', (_ts, a) => new PyModule(typeof a[1] === 'string' ? a[1] : '?'))
}

// --- descriptors ---

function installDescriptors(): void {
  method(PropertyType, '__new__', (_ts, a) => {
    const cls = a[0] as PyType
    return new PyProperty(None, None, None, None, cls)
  })
  method(PropertyType, '__init__', (_ts, a, kw) => {
    const p = a[0] as PyProperty
    p.fget = a[1] ?? kw?.get('fget') ?? None
    p.fset = a[2] ?? kw?.get('fset') ?? None
    p.fdel = a[3] ?? kw?.get('fdel') ?? None
    p.doc = a[4] ?? kw?.get('doc') ?? None
    if (p.doc === None && p.fget instanceof PyFunction) p.doc = p.fget.doc
    return None
  })
  const copyWith = (p: PyProperty, part: 'fget' | 'fset' | 'fdel', fn: PyValue) => {
    const q = new PyProperty(p.fget, p.fset, p.fdel, p.doc, p.cls)
    q.name = p.name
    q[part] = fn
    return q
  }
  method(PropertyType, 'getter', (_ts, a) => copyWith(a[0] as PyProperty, 'fget', a[1]))
  method(PropertyType, 'setter', (_ts, a) => copyWith(a[0] as PyProperty, 'fset', a[1]))
  method(PropertyType, 'deleter', (_ts, a) => copyWith(a[0] as PyProperty, 'fdel', a[1]))
  for (const name of ['fget', 'fset', 'fdel'] as const) {
    PropertyType.ns.set(name, new PyGetSet(name, (v) => (v as PyProperty)[name]))
  }
  PropertyType.ns.set('__doc__', new PyGetSet('__doc__', (v) => (v as PyProperty).doc))
  resumableMethod(PropertyType, '__get__', function* (_ts, a) {
    const p = a[0] as PyProperty
    if (a[1] === None || a[1] === undefined) return p
    if (p.fget === None) throw propertyError(p, a[1], 'getter')
    return yield* callPy(p.fget, [a[1]])
  })
  method(PropertyType, '__set_name__', (_ts, a) => {
    arity('__set_name__', a, 2, 2, 1)
    if (typeof a[2] === 'string') (a[0] as PyProperty).name = a[2]
    return None
  })

  method(StaticMethodType, '__new__', (_ts, a) => new PyStaticMethod(a[1] ?? None, a[0] as PyType))
  method(StaticMethodType, '__init__', () => None)
  StaticMethodType.ns.set('__func__', new PyGetSet('__func__', (v) => (v as PyStaticMethod).func))
  method(StaticMethodType, '__get__', (_ts, a) => (a[0] as PyStaticMethod).func)
  resumableMethod(StaticMethodType, '__call__', function* (_ts, a, kw) {
    return yield* callPy((a[0] as PyStaticMethod).func, a.slice(1), kw)
  })

  method(ClassMethodType, '__new__', (_ts, a) => new PyClassMethod(a[1] ?? None, a[0] as PyType))
  method(ClassMethodType, '__init__', () => None)
  ClassMethodType.ns.set('__func__', new PyGetSet('__func__', (v) => (v as PyClassMethod).func))
  method(ClassMethodType, '__get__', (_ts, a) => {
    const owner = a[2] !== undefined && a[2] !== None ? a[2] : typeOf(a[1])
    return new PyBoundMethod((a[0] as PyClassMethod).func, owner)
  })
}

// --- super ---

export const SuperType = new PyType(
  ObjectType.cls,
  'super',
  [ObjectType],
  true,
  (cls) => new PySuper(cls, ObjectType, None),
)
SuperType.mro = [SuperType, ObjectType]

export class PySuper extends PyObject {
  constructor(
    cls: PyType,
    public thisClass: PyType | null,
    public obj: PyValue | null,
    /** Where the MRO search starts: obj itself when it is a class (class-method mode), else its type. */
    public objType: PyType | null = null,
  ) {
    super(cls)
  }
}

function callerFrame(ts: ThreadState): Frame | null {
  let f = ts.frame
  while (f && f.kind !== 'python') f = f.back
  return f
}

/** supercheck: the type whose MRO `super(type, obj)` searches. */
function superStartType(t: PyType, obj: PyValue): PyType {
  if (obj instanceof PyType && obj.isSubtypeOf(t)) return obj
  if (typeOf(obj).isSubtypeOf(t)) return typeOf(obj)
  throw typeError('super(type, obj): obj must be an instance or subtype of type')
}

/** super() without arguments: the calling function's first argument and its `__class__` cell. */
function implicitSuperArgs(ts: ThreadState): [PyType, PyValue] {
  const frame = callerFrame(ts)
  if (!frame || !frame.func) throw runtimeError('super(): no arguments')
  const code = frame.code
  if (code.argcount === 0) throw runtimeError('super(): no arguments')
  let first = frame.fast[0]
  if (first instanceof PyCell && code.cellvars.includes(code.localsplus[0])) first = first.value
  if (first === undefined) throw runtimeError('super(): arg[0] deleted')
  const classSlot = code.localsplus.indexOf('__class__', code.nlocals)
  const cell = classSlot >= 0 && code.freevars.includes('__class__') ? frame.fast[classSlot] : undefined
  if (!(cell instanceof PyCell)) throw runtimeError('super(): __class__ cell not found')
  if (cell.value === undefined) throw runtimeError('super(): empty __class__ cell')
  if (!(cell.value instanceof PyType)) throw runtimeError(`super(): __class__ is not a type (${typeName(cell.value)})`)
  return [cell.value, first]
}

function superRepr(s: PySuper): string {
  const cls = s.thisClass ? s.thisClass.name : 'NULL'
  return s.objType ? `<super: <class '${cls}'>, <${s.objType.name} object>>` : `<super: <class '${cls}'>, NULL>`
}

function installSuper(): void {
  method(SuperType, '__new__', (_ts, a) => new PySuper(a[0] as PyType, null, null))
  method(SuperType, '__init__', (ts, a) => {
    const self = a[0] as PySuper
    arity('super', a, 0, 2, 1)
    let t: PyValue
    let obj: PyValue
    if (a.length === 1) [t, obj] = implicitSuperArgs(ts)
    else [t, obj] = [a[1], a[2] ?? None]
    if (!(t instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeName(t)}`)
    self.thisClass = t
    self.obj = obj === None ? null : obj
    self.objType = obj === None ? null : superStartType(t, obj)
    return None
  })
  resumableMethod(SuperType, '__getattribute__', function* (_ts, a) {
    const self = a[0] as PySuper
    const name = a[1]
    if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeName(name)}'`)
    const startType = self.objType
    if (name !== '__class__' && startType !== null && self.thisClass !== null) {
      const mro = startType.mro
      for (let i = mro.indexOf(self.thisClass) + 1; i > 0 && i < mro.length; i++) {
        const v = mro[i].ns.get(name)
        if (v === undefined) continue
        // Only instance-mode super passes the instance to __get__.
        return yield* descriptorGet(v, self.obj === startType ? null : self.obj, startType)
      }
    }
    return yield* objectGetAttribute(self, name)
  })
  SuperType.ns.set('__thisclass__', new PyGetSet('__thisclass__', (v) => (v as PySuper).thisClass ?? None))
  SuperType.ns.set('__self__', new PyGetSet('__self__', (v) => (v as PySuper).obj ?? None))
  SuperType.ns.set('__self_class__', new PyGetSet('__self_class__', (v) => (v as PySuper).objType ?? None))
  method(SuperType, '__repr__', (_ts, a) => superRepr(a[0] as PySuper))
  registerRepr((v) => (v instanceof PySuper ? superRepr(v) : undefined))
}

export function installMisc(): void {
  installNone()
  installFunctions()
  installDescriptors()
  installSuper()
  installExceptions()
  installGenerators()
  void emptyTuple
}
