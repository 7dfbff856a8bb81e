// A new class's instance layout, as type_new lays it out: `__slots__` become member descriptors and take away the
// instance `__dict__`; otherwise the class adds `__dict__` and `__weakref__` attributes when its bases lack them.
import { instanceDict } from '../runtime/abstract/attr'
import { toArray } from '../runtime/abstract/iter'
import { registerRepr } from '../runtime/abstract/repr'
import { attributeError, typeError, valueError } from '../runtime/errors'
import type { NativeGen } from '../runtime/native'
import { builtinType, None, PyObject, type Allocator, type PyType, type PyValue } from '../runtime/object'
import { typeOf } from '../runtime/type-of'
import { PyGetSet } from '../runtime/types/descriptors'

export const MemberDescriptorType = builtinType('member_descriptor')

/** Slot values live beside the object, keyed by their descriptor (a subclass may reuse a name). */
interface Slotted {
  slotValues?: Map<PyMember, PyValue>
}

/** A `__slots__` entry: a data descriptor storing one value per instance. */
export class PyMember extends PyGetSet {
  constructor(
    name: string,
    readonly owner: PyType,
  ) {
    super(
      name,
      (obj) => {
        const v = (obj as Slotted).slotValues?.get(this)
        if (v === undefined) throw attributeError(obj, name, `'${typeOf(obj).name}' object has no attribute '${name}'`)
        return v
      },
      (obj, value) => {
        const slots = ((obj as Slotted).slotValues ??= new Map())
        if (value !== undefined) slots.set(this, value)
        else if (!slots.delete(this)) throw attributeError(obj, name, name)
      },
    )
    this.cls = MemberDescriptorType
  }
}

/** The `__dict__` / `__weakref__` attributes a class gains, shown as `<attribute '__dict__' of 'C' objects>`. */
class ClassAttribute extends PyGetSet {
  constructor(
    name: string,
    readonly owner: PyType,
    get: (obj: PyValue) => PyValue,
  ) {
    super(name, get)
  }
}

registerRepr((v) => {
  if (v instanceof PyMember) return `<member '${v.name}' of '${v.owner.name}' objects>`
  if (v instanceof ClassAttribute) return `<attribute '${v.name}' of '${v.owner.name}' objects>`
  return undefined
})

/** The names `__slots__` declares (a string is one name), as strings. */
function* slotNames(slots: PyValue): NativeGen<string[]> {
  const items = typeof slots === 'string' ? [slots] : yield* toArray(slots)
  return items.map((item) => {
    if (typeof item !== 'string') throw typeError(`__slots__ items must be strings, not '${typeOf(item).name}'`)
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(item)) throw typeError('__slots__ must be identifiers')
    return item
  })
}

/** Whether instances of `t` carry a `__dict__`. */
export function instancesHaveDict(t: PyType, alloc: Allocator): boolean {
  if (t.builtin) return alloc(t).attrs !== null
  return t.ns.get('__dict__') instanceof PyGetSet || t.bases.some((b) => instancesHaveDict(b, b.alloc))
}

/**
 * Adds the class's member descriptors and instance-dict attributes to its namespace (after the body's entries, as
 * CPython orders them) and returns the allocator its instances need.
 */
export function* layOut(cls: PyType, baseAlloc: Allocator): NativeGen<Allocator> {
  const bases = cls.bases
  const basesHaveDict = bases.some((b) => instancesHaveDict(b, b.alloc))
  const basesHaveWeakref = cls.mro.slice(1).some((t) => t.ns.get('__weakref__') instanceof ClassAttribute)
  const slots = cls.ns.get('__slots__')
  let addDict = !basesHaveDict
  let addWeakref = !basesHaveWeakref
  if (slots !== undefined) {
    const names = yield* slotNames(slots)
    addDict = names.includes('__dict__') && !basesHaveDict
    addWeakref = names.includes('__weakref__') && !basesHaveWeakref
    for (const name of names) {
      if (name === '__dict__' || name === '__weakref__') continue
      if (cls.ns.has(name)) throw valueError(`'${name}' in __slots__ conflicts with class variable`)
      cls.ns.set(name, new PyMember(name, cls))
    }
  }
  if (addDict) {
    cls.ns.set('__dict__', new ClassAttribute('__dict__', cls, (obj) => instanceDict(obj as PyObject) ?? None))
  }
  if (addWeakref) cls.ns.set('__weakref__', new ClassAttribute('__weakref__', cls, () => None))
  if (!cls.ns.has('__doc__')) cls.ns.set('__doc__', None)
  const withDict = addDict || basesHaveDict
  return (t) => {
    const obj = baseAlloc(t)
    if (withDict) obj.attrs ??= new Map()
    return obj
  }
}
