// The object model's roots: every Python value is a JS number/bigint (int), a JS string (str) or a PyObject.
// Ints and strs stay unboxed because they dominate what students' programs compute; everything else carries its type.

export type PyValue = number | bigint | string | PyObject

/** A Python object: its type, and an instance dictionary when its type gives it one. */
export class PyObject {
  // Declared, then set in the constructor: as class fields (define semantics) they ran as an initializer whose
  // stores see every subclass's shape, a slow megamorphic define that dominated allocating any object.
  declare cls: PyType
  /** Instance attributes (`__dict__`), keyed by name; null when the type has no instance dictionary. */
  declare attrs: Map<string, PyValue> | null
  constructor(cls: PyType) {
    this.cls = cls
    this.attrs = null
  }
}

/** What a type does natively besides what its namespace holds: how its instances are allocated. */
export type Allocator = (cls: PyType) => PyObject

let nextTypeVersion = 1
/** Bumped on any class mutation; types compare it with their cache's epoch. */
let globalTypeEpoch = 1

/** The current type epoch: a cache of class lookups taken in another epoch is stale. */
export function typeEpoch(): number {
  return globalTypeEpoch
}

/** A Python class. Its namespace is a JS Map (CPython shows it as a read-only mappingproxy). */
export class PyType extends PyObject {
  name: string
  qualname: string
  module: string
  bases: PyType[]
  mro: PyType[] = []
  ns: Map<string, PyValue> = new Map()
  /** True for built-in types, whose attributes cannot be set from Python. */
  builtin: boolean
  /** Allocates instances; inherited from the nearest base that defines one. */
  alloc: Allocator
  /** Bumped whenever this type or a base changes, to invalidate cached lookups. */
  version = nextTypeVersion++
  private lookupCache = new Map<string, PyValue | undefined>()
  private cacheVersion = 0
  readonly subclasses: PyType[] = []

  constructor(metatype: PyType | null, name: string, bases: PyType[], builtin: boolean, alloc?: Allocator) {
    // `type` is its own metatype: it is patched right after construction.
    super(metatype as PyType)
    this.name = name
    this.qualname = name
    this.module = 'builtins'
    this.bases = bases
    this.builtin = builtin
    this.alloc = alloc ?? bases[0]?.alloc ?? defaultAlloc
    for (const base of bases) base.subclasses.push(this)
  }

  /** Looks a name up along the MRO, as `_PyType_Lookup` does, with a per-type cache. */
  lookup(name: string): PyValue | undefined {
    if (this.cacheVersion !== globalTypeEpoch) {
      this.lookupCache.clear()
      this.cacheVersion = globalTypeEpoch
    }
    const cached = this.lookupCache.get(name)
    if (cached !== undefined || this.lookupCache.has(name)) return cached
    let found: PyValue | undefined
    for (const t of this.mro) {
      found = t.ns.get(name)
      if (found !== undefined) break
    }
    this.lookupCache.set(name, found)
    return found
  }

  /** Sets a class attribute and invalidates every cached lookup (class mutation is rare). */
  setAttr(name: string, value: PyValue | undefined): void {
    if (value === undefined) this.ns.delete(name)
    else this.ns.set(name, value)
    globalTypeEpoch++
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true
    const mro = this.mro
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true
    return false
  }
}

function defaultAlloc(cls: PyType): PyObject {
  const obj = new PyObject(cls)
  obj.attrs = new Map()
  return obj
}

/** Allocates an instance without `__dict__` (instances of most built-in types). */
export function plainAlloc(cls: PyType): PyObject {
  return new PyObject(cls)
}

export const ObjectType = new PyType(null, 'object', [], true, plainAlloc)
export const TypeType = new PyType(null, 'type', [ObjectType], true)
ObjectType.cls = TypeType
TypeType.cls = TypeType
ObjectType.mro = [ObjectType]
TypeType.mro = [TypeType, ObjectType]

/** Creates a built-in type with single inheritance (its MRO is its base's plus itself). */
export function builtinType(name: string, base: PyType = ObjectType, alloc?: Allocator): PyType {
  const t = new PyType(TypeType, name, [base], true, alloc)
  t.mro = [t, ...base.mro]
  return t
}

export const NoneType = builtinType('NoneType')
export const NotImplementedType = builtinType('NotImplementedType')
export const EllipsisType = builtinType('ellipsis')

export const None = new PyObject(NoneType)
export const NotImplemented = new PyObject(NotImplementedType)
export const Ellipsis = new PyObject(EllipsisType)
