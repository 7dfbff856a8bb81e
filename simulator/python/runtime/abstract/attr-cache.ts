// Inline caches for the attribute instructions, as 3.11's specialised LOAD_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES
// and STORE_ATTR_INSTANCE_VALUE: each instruction remembers what the type of the last object it saw holds under the
// name, so the next object of that type skips the MRO lookups. Any class mutation (a new type epoch) invalidates.
import { PyType, typeEpoch, TypeType, type PyObject, type PyValue } from '../object'
import { typeOf } from '../type-of'
import { PyBoundMethod, PyBuiltin, PyFunction } from '../types/function'
import { PyModule } from '../types/module'
import { plainInitOf } from './construct'
import { getAttrFast, hasCustomGetattribute, isDataDescriptor, isObjectSetattr, setAttrFast } from './attr'

const enum Shape {
  /** Classes, modules, custom `__getattribute__`/`__setattr__`, data descriptors: the generic path decides. */
  GENERIC,
  /** Nothing on the type: the instance dict, if it has the name. */
  INSTANCE,
  /** A function (or a built-in method) on the type, unless the instance dict shadows it. */
  METHOD,
  /** A plain value on the type (a class constant), unless the instance dict shadows it. */
  CLASS_VALUE,
  /** STORE_ATTR into the instance dict. */
  STORE,
}

/** One instruction's cache. */
export class AttrCache {
  type: PyType | null = null
  epoch = 0
  shape = Shape.GENERIC
  attr: PyValue | undefined = undefined
}

/** The caches of one code object, by instruction index (filled as instructions run). */
export type AttrCaches = (AttrCache | undefined)[]

function cacheAt(caches: AttrCaches, at: number): AttrCache {
  let c = caches[at]
  if (c === undefined) c = caches[at] = new AttrCache()
  return c
}

/** What a load of `name` on objects like `obj` does; `obj` is not a class nor a module (whose type says so). */
function loadShape(t: PyType, name: string, c: AttrCache): void {
  c.attr = undefined
  c.shape = Shape.GENERIC
  if (hasCustomGetattribute(t)) return
  const attr = t.lookup(name)
  if (attr === undefined) c.shape = Shape.INSTANCE
  else if (
    attr instanceof PyFunction ||
    (attr instanceof PyBuiltin && attr.method && !attr.classMethod && attr.name !== '__new__')
  ) {
    c.shape = Shape.METHOD
  } else if (typeof attr !== 'object') c.shape = Shape.CLASS_VALUE
  c.attr = attr
}

function refresh(c: AttrCache, obj: PyValue, t: PyType, name: string, store: boolean): void {
  c.type = t
  c.epoch = typeEpoch()
  if (obj instanceof PyType || obj instanceof PyModule) {
    c.shape = Shape.GENERIC
    return
  }
  if (!store) {
    loadShape(t, name, c)
    return
  }
  const attr = t.lookup(name)
  c.shape = isObjectSetattr(t) && (attr === undefined || !isDataDescriptor(attr)) ? Shape.STORE : Shape.GENERIC
}

function valid(c: AttrCache, t: PyType): boolean {
  return c.type === t && c.epoch === typeEpoch()
}

/** LOAD_ATTR: the attribute when no Python code is needed, else undefined (the caller takes the slow path). */
export function loadAttrCached(caches: AttrCaches, at: number, obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj)
  const c = cacheAt(caches, at)
  if (!valid(c, t)) refresh(c, obj, t, name, false)
  switch (c.shape) {
    case Shape.INSTANCE:
      return (obj as PyObject).attrs?.get(name)
    case Shape.METHOD: {
      const own = typeof obj === 'object' ? obj.attrs?.get(name) : undefined
      if (own !== undefined) return own
      return c.attr instanceof PyFunction ? new PyBoundMethod(c.attr, obj) : (c.attr as PyBuiltin).bind(obj)
    }
    case Shape.CLASS_VALUE:
      return (typeof obj === 'object' ? obj.attrs?.get(name) : undefined) ?? c.attr
    default:
      return getAttrFast(obj, name)
  }
}

/**
 * LOAD_METHOD's unbound form: the function to call with `obj` as its first argument, when the type has one that the
 * instance does not shadow; undefined otherwise (the caller then loads the attribute as LOAD_ATTR does).
 */
export function loadMethodCached(caches: AttrCaches, at: number, obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj)
  const c = cacheAt(caches, at)
  if (!valid(c, t)) refresh(c, obj, t, name, false)
  if (c.shape !== Shape.METHOD) return undefined
  return typeof obj === 'object' && obj.attrs !== null && obj.attrs.has(name) ? undefined : c.attr
}

/** STORE_ATTR: stores when no Python code is involved; false when the slow path must run. */
export function storeAttrCached(caches: AttrCaches, at: number, obj: PyValue, name: string, value: PyValue): boolean {
  if (typeof obj !== 'object') return false
  const c = cacheAt(caches, at)
  if (!valid(c, obj.cls)) refresh(c, obj, obj.cls, name, true)
  if (c.shape === Shape.STORE && obj.attrs !== null) {
    obj.attrs.set(name, value)
    return true
  }
  return setAttrFast(obj, name, value)
}

/** CALL of a class: the `__init__` a new instance runs in a new frame (plainInitOf), cached for the class. */
export function plainInitCached(caches: AttrCaches, at: number, cls: PyType): PyFunction | undefined {
  // A class's own class can be reassigned without a class mutation: checked on every call, as plainInitOf does.
  if (cls.cls !== TypeType) return undefined
  const c = cacheAt(caches, at)
  if (!valid(c, cls)) {
    c.type = cls
    c.epoch = typeEpoch()
    c.shape = Shape.GENERIC
    c.attr = plainInitOf(cls)
  }
  return c.attr as PyFunction | undefined
}
