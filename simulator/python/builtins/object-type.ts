// `object` and `type`: the default behaviours every class inherits, and class creation (__build_class__,
// type(name, bases, ns), C3 method resolution order, `__init_subclass__`, `__set_name__`, the `__class__` cell).
import {
  genericSetAttr,
  instanceDict,
  descriptorGet,
  getAttrOrMissing,
  missingAttribute,
  objectGetAttribute,
  setObjectGetattribute,
  setObjectSetattr,
} from '../runtime/abstract/attr'
import { setDefaultCompareImpl, setObjectEq } from '../runtime/abstract/compare'
import { truth } from '../runtime/abstract/truth'
import { hashFast } from '../runtime/abstract/hash'
import { hashToPython } from '../hash'
import { objectReprOf, reprUnchecked, str, typeRepr } from '../runtime/abstract/repr'
import { toArray } from '../runtime/abstract/iter'
import { dictSet } from '../runtime/abstract/dict-ops'
import { runtimeError, typeError } from '../runtime/errors'
import { PyBaseException } from '../runtime/types/exceptions'
import { callPy, type KwArgs, type NativeGen } from '../runtime/native'
import { None, NotImplemented, ObjectType, PyObject, PyType, TypeType, type PyValue } from '../runtime/object'
import { typeOf } from '../runtime/type-of'
import { pyBool } from '../runtime/types/bool'
import { PyClassMethod, PyGetSet, PyStaticMethod } from '../runtime/types/descriptors'
import { PyDict } from '../runtime/types/dict'
import { PyBuiltin, PyCell, PyFunction, resumable } from '../runtime/types/function'
import { PyList } from '../runtime/types/list'
import { PyTuple, pyTuple } from '../runtime/types/tuple'
import { strOf } from '../runtime/types/str-subclass'
import { formatValue } from '../runtime/abstract/format'
import { arity, method, resumableMethod } from './define'
import { callType, setTypeCall } from '../runtime/abstract/construct'
import { layOut } from './slots'
import { installReduce } from './object-reduce'
import { classNamespace } from './types/mappingproxy'

function objectMethods(): void {
  // object.__new__ and object.__init__ reject arguments unless the other one is overridden to take them.
  const objectNew = new PyBuiltin(
    '__new__',
    function* (_ts, args, kw) {
      const cls = args[0]
      if (cls === undefined) throw typeError('object.__new__(): not enough arguments')
      if (!(cls instanceof PyType)) throw typeError(`object.__new__(X): X is not a type object (${typeOf(cls).name})`)
      if (cls.builtin && cls !== ObjectType && cls.alloc === ObjectType.alloc && cls.lookup('__new__') !== objectNew) {
        throw typeError(`object.__new__(${cls.name}) is not safe, use ${cls.name}.__new__()`)
      }
      if (args.length > 1 || (kw && kw.size)) {
        if (cls.lookup('__new__') !== objectNew) {
          throw typeError('object.__new__() takes exactly one argument (the type to instantiate)')
        }
        if (cls.lookup('__init__') === objectInit) throw typeError(`${cls.name}() takes no arguments`)
      }
      yield* checkNotAbstract(cls)
      return cls.alloc(cls)
    },
    true,
    {},
    ObjectType,
  )
  ObjectType.ns.set('__new__', objectNew)
  const objectInit = method(ObjectType, '__init__', (_ts, args, kw) => {
    const self = args[0]
    if (args.length > 1 || (kw && kw.size)) {
      const t = typeOf(self)
      if (t.lookup('__init__') !== objectInit) {
        throw typeError('object.__init__() takes exactly one argument (the instance to initialize)')
      }
      if (t.lookup('__new__') === objectNew) {
        throw typeError(`${t.name}.__init__() takes exactly one argument (the instance to initialize)`)
      }
    }
    return None
  })
  method(ObjectType, '__repr__', (_ts, args) => objectReprOf(args[0] as PyObject))
  resumableMethod(ObjectType, '__str__', (_ts, args) => reprUnchecked(args[0]))
  const eq = method(ObjectType, '__eq__', (_ts, args) => (args[0] === args[1] ? pyBool(true) : NotImplemented))
  setDefaultCompareImpl(eq.impl)
  // object.__ne__ inverts the type's own __eq__ unless that returns NotImplemented.
  const ne = resumableMethod(ObjectType, '__ne__', function* (_ts, args) {
    const [self, other] = args
    const selfEq = typeOf(self).lookup('__eq__')
    const r = selfEq === undefined ? NotImplemented : yield* callPy(selfEq, [self, other])
    return r === NotImplemented ? r : pyBool(!(yield* truth(r)))
  })
  setObjectEq(eq, ne)
  for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) method(ObjectType, name, () => NotImplemented)
  method(ObjectType, '__hash__', (_ts, args) => hashToPython(hashFast(args[0])!))
  const getattribute = resumableMethod(ObjectType, '__getattribute__', function* (_ts, args) {
    const [obj, name] = args
    return yield* objectGetAttribute(obj, attributeName(name))
  })
  setObjectGetattribute(getattribute)
  const setattr = resumableMethod(ObjectType, '__setattr__', function* (_ts, args) {
    arity('__setattr__', args, 2, 2, 1)
    yield* genericSetAttr(args[0], attributeName(args[1]), args[2])
    return None
  })
  const delattr = resumableMethod(ObjectType, '__delattr__', function* (_ts, args) {
    arity('__delattr__', args, 1, 1, 1)
    yield* genericSetAttr(args[0], attributeName(args[1]), undefined)
    return None
  })
  setObjectSetattr(setattr, delattr)
  resumableMethod(ObjectType, '__format__', function* (_ts, args) {
    const [self, specArg] = args
    const spec = strOf(specArg)
    if (spec === undefined) throw typeError(`format() argument 2 must be str, not ${typeOf(specArg).name}`)
    if (spec !== '') throw typeError(`unsupported format string passed to ${typeOf(self).name}.__format__`)
    return yield* str(self)
  })
  method(ObjectType, '__dir__', (_ts, args) => new PyList(dirOf(args[0])))
  installReduce()
  ObjectType.ns.set(
    '__subclasshook__',
    new PyBuiltin('__subclasshook__', () => NotImplemented, false, { classMethod: true }, ObjectType),
  )
  method(ObjectType, '__sizeof__', (_ts, args) => (typeof args[0] === 'object' && args[0].attrs !== null ? 24 : 16))
  // 3.11's default __getstate__: the instance dict (None when empty), with slot values beside it.
  method(ObjectType, '__getstate__', (_ts, args) => {
    const obj = args[0]
    const d = typeof obj === 'object' ? instanceDict(obj) : undefined
    const state = d !== undefined && d.size > 0 ? d : None
    const slots =
      typeof obj === 'object' ? (obj as { slotValues?: Map<{ name: string }, PyValue> }).slotValues : undefined
    if (slots === undefined || slots.size === 0) return state
    const slotDict = new PyDict()
    for (const [member, v] of slots) slotDict.setStr(member.name, v)
    return pyTuple([state, slotDict])
  })
  ObjectType.ns.set('__class__', new PyGetSet('__class__', (obj) => typeOf(obj), setClass))
  ObjectType.ns.set(
    '__dict__',
    new PyGetSet('__dict__', (obj) => {
      if (obj instanceof PyType) return classNamespace(obj)
      const d = typeof obj === 'object' ? instanceDict(obj) : undefined
      if (d === undefined) throw missingAttribute(obj, '__dict__')
      return d
    }),
  )
  ObjectType.ns.set(
    '__init_subclass__',
    new PyBuiltin(
      '__init_subclass__',
      (_ts, args, kw) => {
        if (kw && kw.size) throw typeError(`${(args[0] as PyType).name}.__init_subclass__() takes no keyword arguments`)
        if (args.length > 1)
          throw typeError(
            `${(args[0] as PyType).name}.__init_subclass__() takes no arguments (${args.length - 1} given)`,
          )
        return None
      },
      false,
      { classMethod: true },
      ObjectType,
    ),
  )
}

/** object_new's check: a class with abstract methods left (abc sets `__abstractmethods__`) cannot be instantiated. */
function* checkNotAbstract(cls: PyType): NativeGen<void> {
  const abstract = cls.lookup('__abstractmethods__')
  if (abstract === undefined || abstract instanceof PyGetSet) return
  const names = (yield* toArray(abstract)).map((n) => String(n)).sort()
  if (names.length === 0) return
  const s = names.length === 1 ? '' : 's'
  throw typeError(`Can't instantiate abstract class ${cls.name} with abstract method${s} ${names.join(', ')}`)
}

/** `obj.__class__ = C` (object_set_class): only between classes written in Python with the same layout. */
function setClass(obj: PyValue, value: PyValue | undefined): void {
  if (value === undefined) throw typeError("can't delete __class__ attribute")
  if (!(value instanceof PyType))
    throw typeError(`__class__ must be set to a class, not '${typeOf(value).name}' object`)
  const old = typeOf(obj)
  if (typeof obj !== 'object' || old.builtin || value.builtin) {
    throw typeError('__class__ assignment only supported for mutable types or ModuleType subclasses')
  }
  if (layoutOf(old) !== layoutOf(value) || (obj.attrs === null) !== (value.alloc(value).attrs === null)) {
    throw typeError(`__class__ assignment: '${value.name}' object layout differs from '${old.name}'`)
  }
  obj.cls = value
}

function attributeName(name: PyValue): string {
  const s = strOf(name)
  if (s === undefined) throw typeError(`attribute name must be string, not '${typeOf(name).name}'`)
  return s
}

/** dir(): names from the instance dict and the whole MRO, sorted. */
export function dirOf(obj: PyValue): string[] {
  const names = new Set<string>()
  if (typeof obj === 'object' && obj.attrs) for (const k of obj.attrs.keys()) names.add(k)
  const t = obj instanceof PyType ? obj : typeOf(obj)
  for (const c of t.mro) for (const k of c.ns.keys()) names.add(k)
  return [...names].sort()
}

// --- type ---

/** C3 linearisation (mro_implementation); throws CPython's TypeError when no consistent order exists. */
export function computeMro(cls: PyType, bases: PyType[]): PyType[] {
  for (let i = 0; i < bases.length; i++) {
    if (bases.indexOf(bases[i], i + 1) >= 0) throw typeError(`duplicate base class ${bases[i].name}`)
  }
  const toMerge = [...bases.map((b) => b.mro), bases]
  const remain = toMerge.map(() => 0)
  const result: PyType[] = [cls]
  for (;;) {
    let empty = true
    let picked: PyType | undefined
    for (let i = 0; i < toMerge.length && picked === undefined; i++) {
      if (remain[i] >= toMerge[i].length) continue
      empty = false
      const candidate = toMerge[i][remain[i]]
      if (!toMerge.some((seq, j) => seq.indexOf(candidate, remain[j] + 1) >= 0)) picked = candidate
    }
    if (empty) return result
    if (picked === undefined) throw mroError(toMerge, remain)
    result.push(picked)
    for (let i = 0; i < toMerge.length; i++) if (toMerge[i][remain[i]] === picked) remain[i]++
  }
}

/** Names the heads still waiting to be merged, as set_mro_error does (its line break included). */
function mroError(toMerge: PyType[][], remain: number[]): PyBaseException {
  const heads: PyType[] = []
  toMerge.forEach((seq, i) => {
    const head = seq[remain[i]]
    if (head !== undefined && !heads.includes(head)) heads.push(head)
  })
  const names = heads.map((h) => h.name).join(', ')
  return typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names}`)
}

/** The metaclass: the most derived of the explicit one and the bases' metaclasses. */
function calculateMeta(meta: PyType, bases: PyType[]): PyType {
  let winner = meta
  for (const b of bases) {
    const m = b.cls
    if (winner.isSubtypeOf(m)) continue
    if (m.isSubtypeOf(winner)) {
      winner = m
      continue
    }
    throw typeError(
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
    )
  }
  return winner
}

/** The base whose instance layout the new class extends (at most one built-in layout may be involved). */
function solidBase(bases: PyType[]): PyType {
  let solid: PyType = ObjectType
  for (const b of bases) {
    const layout = layoutOf(b)
    if (layout === ObjectType) continue
    if (solid === ObjectType || layout.isSubtypeOf(solid)) solid = layout
    else if (!solid.isSubtypeOf(layout)) throw typeError('multiple bases have instance lay-out conflict')
  }
  return solid
}

function layoutOf(t: PyType): PyType {
  for (const c of t.mro) if (c.builtin) return c
  return ObjectType
}

/** type.__new__(meta, name, bases, ns): builds the class from the executed body's namespace. */
export function* createClass(
  meta: PyType,
  name: string,
  bases: PyType[],
  ns: PyDict,
  kw: KwArgs | null,
): NativeGen<PyType> {
  for (const b of bases) {
    if (!(b instanceof PyType)) throw typeError('bases must be types')
    if (b.builtin && finalTypes.has(b.name)) throw typeError(`type '${b.name}' is not an acceptable base type`)
  }
  const effectiveBases = bases.length ? bases : [ObjectType]
  const solid = solidBase(effectiveBases)
  const cls = new PyType(meta, name, effectiveBases, false, solid.alloc)
  cls.mro = computeMro(cls, effectiveBases)
  for (const [k, v] of ns.entries()) {
    if (typeof k === 'string') cls.ns.set(k, v)
  }
  const module = ns.getStr('__module__')
  cls.module = typeof module === 'string' ? module : 'builtins'
  const qualname = ns.getStr('__qualname__')
  cls.qualname = typeof qualname === 'string' ? qualname : name
  cls.ns.delete('__qualname__')
  // A class that defines __eq__ without __hash__ is unhashable.
  if (cls.ns.has('__eq__') && !cls.ns.has('__hash__')) cls.ns.set('__hash__', None)
  for (const special of ['__new__']) {
    const v = cls.ns.get(special)
    if (v instanceof PyFunction) cls.ns.set(special, new PyStaticMethod(v))
  }
  for (const special of ['__init_subclass__', '__class_getitem__']) {
    const v = cls.ns.get(special)
    if (v instanceof PyFunction) cls.ns.set(special, new PyClassMethod(v))
  }
  cls.alloc = yield* layOut(cls, solid.alloc)
  const cell = cls.ns.get('__classcell__')
  if (cell instanceof PyCell) {
    cell.value = cls
    cls.ns.delete('__classcell__')
  }
  for (const [k, v] of [...cls.ns]) {
    const setName = typeof v === 'object' ? v.cls.lookup('__set_name__') : undefined
    if (setName === undefined) continue
    try {
      yield* callPy(setName, [v, cls, k])
    } catch (error) {
      if (!(error instanceof PyBaseException)) throw error
      const wrapped = runtimeError(`Error calling __set_name__ on '${typeOf(v).name}' instance '${k}' in '${name}'`)
      wrapped.cause = error
      wrapped.context = error
      wrapped.suppressContext = true
      throw wrapped
    }
  }
  // super(cls, cls).__init_subclass__(**kw): the next class in the MRO that defines it, bound to cls.
  const owner = cls.mro.slice(1).find((t) => t.ns.has('__init_subclass__'))
  if (owner !== undefined) {
    const hook = yield* descriptorGet(owner.ns.get('__init_subclass__')!, cls, cls)
    yield* callPy(hook, [], kw)
  }
  return cls
}

const finalTypes = new Set([
  'bool',
  'NoneType',
  'range',
  'slice',
  'function',
  'builtin_function_or_method',
  'generator',
  'coroutine',
  'code',
  'cell',
  'method',
])

function typeMethods(): void {
  TypeType.ns.set(
    '__new__',
    new PyBuiltin(
      '__new__',
      function* (_ts, args, kw) {
        const [meta, name, bases, ns] = args
        if (args.length === 2) return typeOf(name)
        if (!(meta instanceof PyType)) throw typeError('type.__new__(X): X is not a type object')
        if (args.length !== 4) throw typeError('type() takes 1 or 3 arguments')
        const className = strOf(name)
        if (className === undefined) {
          throw typeError(`type.__new__() argument 1 must be str, not ${typeOf(name).name}`)
        }
        if (!(bases instanceof PyTuple))
          throw typeError(`type.__new__() argument 2 must be tuple, not ${typeOf(bases).name}`)
        if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeOf(ns).name}`)
        const basesList = bases.items as PyType[]
        const winner = calculateMeta(meta, basesList)
        return yield* createClass(winner, className, basesList, ns, kw)
      },
      true,
      {},
      TypeType,
    ),
  )
  method(TypeType, '__init__', (_ts, args, kw) => {
    const n = args.length - 1
    if (n === 1 && kw && kw.size) throw typeError('type.__init__() takes no keyword arguments')
    if (n !== 1 && n !== 3) throw typeError('type.__init__() takes 1 or 3 arguments')
    return None
  })
  const call = resumableMethod(TypeType, '__call__', function* (_ts, args, kw) {
    const cls = args[0]
    if (!(cls instanceof PyType)) {
      throw typeError(`descriptor '__call__' requires a 'type' object but received a '${typeOf(cls).name}'`)
    }
    return yield* callType(cls, args.slice(1), kw)
  })
  setTypeCall(call)
  TypeType.ns.set(
    '__prepare__',
    new PyBuiltin('__prepare__', () => new PyDict(), false, { classMethod: true, ignoresKeywords: true }, TypeType),
  )
  method(TypeType, '__repr__', (_ts, args) => typeRepr(args[0] as PyType))
  method(TypeType, 'mro', (_ts, args) => new PyList([...(args[0] as PyType).mro]))
  method(TypeType, '__subclasses__', (_ts, args) => new PyList([...(args[0] as PyType).subclasses]))
  resumableMethod(TypeType, '__instancecheck__', function* (_ts, args) {
    return pyBool(typeOf(args[1]).isSubtypeOf(args[0] as PyType))
  })
  method(TypeType, '__subclasscheck__', (_ts, args) => pyBool((args[1] as PyType).isSubtypeOf(args[0] as PyType)))
  const getset = (name: string, get: (t: PyType) => PyValue, set?: (t: PyType, v: PyValue | undefined) => void) =>
    TypeType.ns.set(name, new PyGetSet(name, (t) => get(t as PyType), set ? (t, v) => set(t as PyType, v) : null))
  getset(
    '__name__',
    // A built-in type's name may be dotted, as C's tp_name ('collections.deque'); `__name__` is its last part.
    (t) => (t.builtin ? t.name.slice(t.name.lastIndexOf('.') + 1) : t.name),
    (t, v) => {
      if (typeof v !== 'string')
        throw typeError(`can only assign string to ${t.name}.__name__, not '${typeOf(v!).name}'`)
      t.name = v
    },
  )
  getset(
    '__qualname__',
    (t) => t.qualname,
    (t, v) => {
      t.qualname = v as string
    },
  )
  getset(
    '__module__',
    (t) => t.module,
    (t, v) => {
      t.module = v as string
    },
  )
  getset('__bases__', (t) => pyTuple([...t.bases]))
  getset('__base__', (t) => t.bases[0] ?? None)
  getset('__mro__', (t) => pyTuple([...t.mro]))
  getset('__doc__', (t) => t.ns.get('__doc__') ?? None)
  getset('__dict__', (t) => classNamespace(t))
}

/** __build_class__(func, name, *bases, metaclass=…, **kw): runs the class body, then calls the metaclass. */
export const buildClass = resumable('__build_class__', function* (_ts, args, kw) {
  const [body, name, ...bases] = args
  if (!(body instanceof PyFunction)) throw typeError('__build_class__: func must be a function')
  if (typeof name !== 'string') throw typeError('__build_class__: name is not a string')
  const keywords: KwArgs | null = kw ? new Map(kw) : null
  let meta: PyValue | undefined = keywords?.get('metaclass')
  keywords?.delete('metaclass')
  // PEP 560: a base that is not a class may stand for others (`list[int]` for list).
  const resolvedBases: PyValue[] = []
  const origBases = pyTuple(bases)
  let replaced = false
  for (const b of bases) {
    const entries = b instanceof PyType ? undefined : yield* getAttrOrMissing(b, '__mro_entries__')
    if (entries === undefined) {
      resolvedBases.push(b)
      continue
    }
    const result = yield* callPy(entries, [origBases])
    if (!(result instanceof PyTuple)) throw typeError('__mro_entries__ must return a tuple')
    resolvedBases.push(...result.items)
    replaced = true
  }
  for (const b of resolvedBases) {
    if (!(b instanceof PyType)) throw typeError(`bases must be types`)
  }
  const typedBases = resolvedBases as PyType[]
  if (meta === undefined) meta = typedBases.length ? typedBases[0].cls : TypeType
  if (meta instanceof PyType) meta = calculateMeta(meta, typedBases)
  let ns: PyValue = new PyDict()
  const prepare = yield* getAttrOrMissing(meta, '__prepare__')
  if (prepare !== undefined) {
    ns = yield* callPy(prepare, [name, pyTuple(typedBases)], keywords)
    if (!(ns instanceof PyDict)) {
      const metaName = meta instanceof PyType ? meta.name : '<metaclass>'
      throw typeError(`${metaName}.__prepare__() must return a mapping, not ${typeOf(ns).name}`)
    }
  }
  if (replaced) yield* dictSet(ns as PyDict, '__orig_bases__', origBases)
  const cell = (yield { kind: 0, callable: body, args: [], kw: null, locals: ns as PyObject }) as PyValue
  const cls = yield* callPy(meta, [name, pyTuple(typedBases), ns], keywords)
  if (cell instanceof PyCell && cls instanceof PyType && cell.value !== cls) {
    if (cell.value === undefined) cell.value = cls
  }
  return cls
})

/** getattr(type(x), '__class__') and friends need these installed once, before anything runs. */
export function installObjectAndType(): void {
  objectMethods()
  typeMethods()
}

export function* formatObject(v: PyValue, spec: string): NativeGen<string> {
  return yield* formatValue(v, spec)
}

export function* listOf(v: PyValue): NativeGen<PyValue[]> {
  return yield* toArray(v)
}

export { PyStaticMethod, PyClassMethod }
