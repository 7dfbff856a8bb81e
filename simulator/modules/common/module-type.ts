// Built-in types of library modules, named as C types are: tp_name `module.name` (what CPython's messages
// show, e.g. "unhashable type: 'collections.deque'"), `__name__` the last part, `__module__` the module.
import { builtinType, ObjectType, type Allocator, type PyType } from '../../python/runtime/object'

export function moduleType(module: string, name: string, base: PyType = ObjectType, alloc?: Allocator): PyType {
  const t = builtinType(`${module}.${name}`, base, alloc)
  t.qualname = name
  t.module = module
  return t
}

/** `_PyType_Name`: what reprs like `deque([...])` call a type (user subclasses by their own name). */
export function shortTypeName(t: PyType): string {
  return t.name.slice(t.name.lastIndexOf('.') + 1)
}
