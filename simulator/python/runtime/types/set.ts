import { SetTable, type PyHash } from '../../hash'
import { builtinType, PyObject, type PyType, type PyValue } from '../object'

export const SetType = builtinType('set', undefined, (cls) => new PySet(cls))
export const FrozenSetType = builtinType('frozenset', undefined, (cls) => new PySet(cls))

/**
 * A set or frozenset: CPython's own hash table layout (see hash/set-table), so that iteration order — what a
 * student sees when printing a set — is CPython's.
 */
export class PySet extends PyObject {
  table = new SetTable<PyValue>()
  /** False once a key whose `==` may run Python code was added: then lookups must take the generator path. */
  simpleKeys = true
  /** A frozenset's hash once computed, as CPython caches it (and compares cached hashes in `==`). */
  hashCache: PyHash | undefined = undefined

  constructor(cls: PyType = SetType) {
    super(cls)
  }

  get size(): number {
    return this.table.size
  }

  get frozen(): boolean {
    return this.cls.isSubtypeOf(FrozenSetType)
  }

  items(): PyValue[] {
    return this.table.toArray()
  }
}
