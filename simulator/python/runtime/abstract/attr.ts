// Attribute access, as PyObject_GenericGetAttr and type_getattro do it: data descriptors on the type win over
// the instance dict, which wins over other class attributes; `__getattr__` is the last resort.
import { attributeError, typeError } from '../errors'
import { callPy, type NativeGen } from '../native'
import { None, PyObject, PyType, type PyValue } from '../object'
import { typeOf } from '../type-of'
import { PyClassMethod, PyGetSet, PyProperty, PyStaticMethod } from '../types/descriptors'
import { PyDict } from '../types/dict'
import { AttributeErrorType, PyBaseException } from '../types/exceptions'
import { PyBoundMethod, PyBuiltin, PyFunction } from '../types/function'
import { PyModule } from '../types/module'

/** object.__getattribute__, installed by the builtins; a type overriding it (super, a user class) takes the slow path. */
let objectGetattribute: PyValue | undefined

export function setObjectGetattribute(fn: PyValue): void {
  objectGetattribute = fn
}

/** object.__setattr__ and object.__delattr__: a class inheriting them stores attributes directly. */
let objectSetattr: PyValue | undefined
let objectDelattr: PyValue | undefined

export function setObjectSetattr(set: PyValue, del: PyValue): void {
  objectSetattr = set
  objectDelattr = del
}

/** Whether instances of `t` store attributes with object.__setattr__ (no `__setattr__` of their own). */
export function isObjectSetattr(t: PyType): boolean {
  return t.lookup('__setattr__') === objectSetattr
}

export function hasCustomGetattribute(t: PyType): boolean {
  const found = t.lookup('__getattribute__')
  return found !== undefined && found !== objectGetattribute
}

export function isAttributeError(error: unknown): error is PyBaseException {
  return error instanceof PyBaseException && error.cls.isSubtypeOf(AttributeErrorType)
}

/** A value of a class written in Python: its descriptor methods are Python code. */
function isUserObject(v: PyValue): boolean {
  return typeof v === 'object' && !v.cls.builtin
}

/** Has `__set__` or `__delete__` on its type (tp_descr_set): wins over the instance dict. */
export function isDataDescriptor(attr: PyValue): boolean {
  if (isUserObject(attr)) {
    const t = (attr as PyObject).cls
    return t.lookup('__set__') !== undefined || t.lookup('__delete__') !== undefined
  }
  return attr instanceof PyProperty || attr instanceof PyGetSet
}

/**
 * The descriptor protocol (tp_descr_get) for `attr` found on `owner`'s MRO and accessed through `obj` (null when
 * accessed on the class itself), when no Python code is needed; undefined otherwise.
 */
function descriptorGetFast(attr: PyValue, obj: PyValue | null, owner: PyType): PyValue | undefined {
  if (typeof attr !== 'object') return attr
  if (isUserObject(attr)) return attr.cls.lookup('__get__') === undefined ? attr : undefined
  if (attr instanceof PyFunction) return obj === null ? attr : new PyBoundMethod(attr, obj)
  if (attr instanceof PyBuiltin) {
    if (attr.classMethod) return attr.bind(owner)
    // A built-in `__new__` is static (tp_new's wrapper): it takes the class explicitly.
    return attr.method && obj !== null && attr.name !== '__new__' ? attr.bind(obj) : attr
  }
  if (attr instanceof PyStaticMethod) return attr.func
  if (attr instanceof PyClassMethod) {
    const func = attr.func
    if (func instanceof PyFunction || (func instanceof PyBuiltin && !func.method)) return new PyBoundMethod(func, owner)
    return typeof func === 'object' && typeOf(func).lookup('__get__') !== undefined
      ? undefined
      : new PyBoundMethod(func, owner)
  }
  if (attr instanceof PyGetSet) return obj === null ? attr : attr.get(obj)
  if (attr instanceof PyProperty) return obj === null ? attr : undefined
  return attr
}

/** The descriptor protocol, running Python `__get__`, property getters and chained classmethods. */
export function* descriptorGet(attr: PyValue, obj: PyValue | null, owner: PyType): NativeGen {
  const fast = descriptorGetFast(attr, obj, owner)
  if (fast !== undefined) return fast
  const self = attr as PyObject
  if (isUserObject(self)) return yield* callPy(self.cls.lookup('__get__')!, [self, obj ?? None, owner])
  if (self instanceof PyClassMethod) {
    // classmethod.__get__ hands the class to a wrapped descriptor's own __get__ (3.9–3.12 chaining).
    return yield* descriptorGet(self.func, owner, owner)
  }
  const property = self as PyProperty
  if (property.fget === None) throw propertyError(property, obj!, 'getter')
  return yield* callPy(property.fget, [obj!])
}

/** property_descr_get/set's "property 'x' of 'C' object has no getter|setter|deleter". */
export function propertyError(p: PyProperty, obj: PyValue, missing: string): PyBaseException {
  const owner = typeOf(obj).qualname
  const name = p.name === null ? '' : ` '${p.name}'`
  return attributeError(obj, p.name ?? '', `property${name} of '${owner}' object has no ${missing}`)
}

/**
 * The attribute, when it can be found without running Python code; undefined when Python code must run or the
 * attribute is missing (the caller then takes `getAttr`, which raises the AttributeError).
 */
export function getAttrFast(obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PyModule && obj.cls.builtin) return obj.dict.map.get(name)
  const t = typeOf(obj)
  if (hasCustomGetattribute(t)) return undefined
  if (obj instanceof PyType) return getTypeAttrFast(obj, name)
  const attr = t.lookup(name)
  if (attr !== undefined && isDataDescriptor(attr)) return attr instanceof PyGetSet ? attr.get(obj) : undefined
  if (typeof obj === 'object' && obj.attrs !== null) {
    const v = obj.attrs.get(name)
    if (v !== undefined) return v
  }
  if (attr === undefined) return undefined
  return descriptorGetFast(attr, obj, t)
}

function getTypeAttrFast(cls: PyType, name: string): PyValue | undefined {
  const meta = cls.cls
  const metaAttr = meta.lookup(name)
  if (metaAttr !== undefined && isDataDescriptor(metaAttr)) {
    return metaAttr instanceof PyGetSet ? metaAttr.get(cls) : undefined
  }
  const attr = cls.lookup(name)
  if (attr !== undefined) return descriptorGetFast(attr, null, cls)
  if (metaAttr !== undefined) return descriptorGetFast(metaAttr, cls, meta)
  return undefined
}

/**
 * `obj.name` (PyObject_GetAttr): `__getattribute__`, descriptors, then `__getattr__` when that fails. An
 * AttributeError that escapes gets the name and object it was about, unless it has them already (for suggestions).
 */
export function* getAttr(obj: PyValue, name: string): NativeGen {
  const fast = getAttrFast(obj, name)
  if (fast !== undefined) return fast
  try {
    return yield* getAttrSlow(obj, name)
  } catch (error) {
    if (isAttributeError(error) && !error.attrs!.has('name') && !error.attrs!.has('obj')) {
      error.attrs!.set('name', name)
      error.attrs!.set('obj', obj)
    }
    throw error
  }
}

function* getAttrSlow(obj: PyValue, name: string): NativeGen {
  const t = typeOf(obj)
  const getattribute = hasCustomGetattribute(t) ? t.lookup('__getattribute__')! : null
  const fallback = t.lookup('__getattr__')
  if (fallback === undefined) {
    if (getattribute !== null) return yield* callPy(getattribute, [obj, name])
    return yield* objectGetAttribute(obj, name)
  }
  try {
    const v = getattribute !== null ? yield* callPy(getattribute, [obj, name]) : yield* genericGetAttr(obj, name)
    if (v !== undefined) return v
  } catch (error) {
    if (!isAttributeError(error)) throw error
  }
  return yield* callPy(fallback, [obj, name])
}

/** getattr(obj, name, default) and hasattr: undefined when the lookup raised AttributeError. */
export function* getAttrOrMissing(obj: PyValue, name: string): NativeGen<PyValue | undefined> {
  try {
    return yield* getAttr(obj, name)
  } catch (error) {
    if (isAttributeError(error)) return undefined
    throw error
  }
}

/** object.__getattribute__ (and type's, and module's): the generic lookup, raising when the name is missing. */
export function* objectGetAttribute(obj: PyValue, name: string): NativeGen {
  const v = yield* genericGetAttr(obj, name)
  if (v !== undefined) return v
  if (obj instanceof PyModule) {
    // PEP 562: a module-level __getattr__ is the module's last resort.
    const hook = obj.dict.getStr('__getattr__')
    if (hook !== undefined) return yield* callPy(hook, [name])
  }
  throw missingAttribute(obj, name)
}

function* genericGetAttr(obj: PyValue, name: string): NativeGen<PyValue | undefined> {
  if (obj instanceof PyType) return yield* typeGetAttr(obj, name)
  const t = typeOf(obj)
  const attr = t.lookup(name)
  if (attr !== undefined && isDataDescriptor(attr)) return yield* descriptorGet(attr, obj, t)
  const dict = obj instanceof PyModule ? obj.dict.map : typeof obj === 'object' ? obj.attrs : null
  if (dict) {
    const v = dict.get(name)
    if (v !== undefined) return v
  }
  if (attr === undefined) return undefined
  return yield* descriptorGet(attr, obj, t)
}

function* typeGetAttr(cls: PyType, name: string): NativeGen<PyValue | undefined> {
  const meta = cls.cls
  const metaAttr = meta.lookup(name)
  if (metaAttr !== undefined && isDataDescriptor(metaAttr)) return yield* descriptorGet(metaAttr, cls, meta)
  const attr = cls.lookup(name)
  if (attr !== undefined) return yield* descriptorGet(attr, null, cls)
  if (metaAttr !== undefined) return yield* descriptorGet(metaAttr, cls, meta)
  return undefined
}

export function missingAttribute(obj: PyValue, name: string): PyBaseException {
  if (obj instanceof PyType) return attributeError(obj, name, `type object '${obj.name}' has no attribute '${name}'`)
  if (obj instanceof PyModule) return attributeError(obj, name, `module '${obj.name}' has no attribute '${name}'`)
  return attributeError(obj, name)
}

// --- setting and deleting ---

/** Sets an attribute when no Python code is involved; false when the slow path must run. */
export function setAttrFast(obj: PyValue, name: string, value: PyValue): boolean {
  if (typeof obj !== 'object' || obj instanceof PyType || obj instanceof PyModule) return false
  const attrs = obj.attrs
  if (attrs === null) return false
  const t = obj.cls
  if (t.lookup('__setattr__') !== objectSetattr) return false
  const attr = t.lookup(name)
  if (attr !== undefined && isDataDescriptor(attr)) return false
  attrs.set(name, value)
  return true
}

/** `setattr` / `delattr` (value undefined): the type's `__setattr__`/`__delattr__`, else the generic store. */
export function* setAttr(obj: PyValue, name: string, value: PyValue | undefined): NativeGen<void> {
  const t = typeOf(obj)
  const hook = t.lookup(value === undefined ? '__delattr__' : '__setattr__')
  if (hook !== undefined && hook !== objectSetattr && hook !== objectDelattr) {
    yield* callPy(hook, value === undefined ? [obj, name] : [obj, name, value])
    return
  }
  yield* genericSetAttr(obj, name, value)
}

/**
 * `object.__setattr__` / `object.__delattr__` (PyObject_GenericSetAttr, type_setattro): a data descriptor on the
 * type handles it, else the instance dict (a class's namespace, a module's dict) stores or deletes it.
 */
export function* genericSetAttr(obj: PyValue, name: string, value: PyValue | undefined): NativeGen<void> {
  if (obj instanceof PyType && obj.builtin) {
    throw typeError(`cannot set '${name}' attribute of immutable type '${obj.name}'`)
  }
  const t = typeOf(obj)
  const attr = t.lookup(name)
  if (attr !== undefined && isDataDescriptor(attr)) {
    yield* descriptorSet(attr, obj, name, value)
    return
  }
  if (obj instanceof PyType) {
    if (value === undefined && !obj.ns.has(name)) throw missingAttribute(obj, name)
    obj.setAttr(name, value)
    return
  }
  const dict = obj instanceof PyModule ? obj.dict : typeof obj === 'object' && obj.attrs !== null ? obj.attrs : null
  if (dict === null) {
    if (attr !== undefined && value !== undefined) {
      throw attributeError(obj, name, `'${t.name}' object attribute '${name}' is read-only`)
    }
    throw attributeError(obj, name)
  }
  if (value === undefined) {
    const deleted = dict instanceof PyDict ? dict.deleteCanonical(name) : dict.delete(name)
    if (!deleted) throw missingAttribute(obj, name)
  } else if (dict instanceof PyDict) {
    dict.setStr(name, value)
  } else {
    dict.set(name, value)
  }
}

/** tp_descr_set: a property's fset/fdel, a getset's setter, or a Python `__set__`/`__delete__`. */
function* descriptorSet(attr: PyValue, obj: PyValue, name: string, value: PyValue | undefined): NativeGen<void> {
  if (isUserObject(attr)) {
    const hookName = value === undefined ? '__delete__' : '__set__'
    const hook = (attr as PyObject).cls.lookup(hookName)
    if (hook === undefined) throw attributeError(attr, hookName, hookName)
    yield* callPy(hook, value === undefined ? [attr, obj] : [attr, obj, value])
    return
  }
  if (attr instanceof PyProperty) {
    const fn = value === undefined ? attr.fdel : attr.fset
    if (fn === None) throw propertyError(attr, obj, value === undefined ? 'deleter' : 'setter')
    yield* callPy(fn, value === undefined ? [obj] : [obj, value])
    return
  }
  const getset = attr as PyGetSet
  if (!getset.set) {
    throw attributeError(obj, name, `attribute '${name}' of '${typeOf(obj).name}' objects is not writable`)
  }
  getset.set(obj, value)
}

/** Each attribute map's one dict view, so `obj.__dict__ is vars(obj)` and the dict's own state persists. */
const dictViews = new WeakMap<Map<string, PyValue>, PyDict>()

/** An instance's `__dict__`: a dict over its attribute map. */
export function instanceDict(obj: PyObject): PyDict | undefined {
  const attrs = obj.attrs
  if (attrs === null) return undefined
  let d = dictViews.get(attrs)
  if (d === undefined) {
    d = new PyDict(undefined, attrs as Map<unknown, PyValue>)
    dictViews.set(attrs, d)
  }
  return d
}
