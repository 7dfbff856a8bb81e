// hash(): built-in values natively (CPython 3.11's algorithms, PYTHONHASHSEED=0), `__hash__` in Python otherwise.
import {
  hashBytes,
  hashFloat,
  hashIdentity,
  hashInt,
  hashStr,
  hashTuple,
  hashFromHashResult,
  type PyHash,
} from '../../hash'
import { typeError } from '../errors'
import { callPy, type NativeGen } from '../native'
import { None, PyObject, type PyValue } from '../object'
import { typeOf } from '../type-of'
import { PyBool } from '../types/bool'
import { PyBytes } from '../types/bytes'
import { PyFloat } from '../types/float'
import { PyBuiltin } from '../types/function'
import { PyTuple } from '../types/tuple'
import { boxedStr } from '../types/str-subclass'
import { idOf } from './identity'

/** Built-in types that hash by value natively (frozenset, range…) register here. */
const nativeHashes: ((v: PyObject) => PyHash | undefined | null)[] = []

export function registerHash(fn: (v: PyObject) => PyHash | undefined | null): void {
  nativeHashes.push(fn)
}

export function unhashable(v: PyValue) {
  return typeError(`unhashable type: '${typeOf(v).name}'`)
}

/** True when `v`'s hash and equality are its identity (object's defaults). */
export function hashesByIdentity(v: PyObject): boolean {
  const t = v.cls
  if (t.builtin) return !valueHashedTypes.has(t.name) && !unhashableTypes.has(t.name)
  const h = t.lookup('__hash__')
  const eq = t.lookup('__eq__')
  return h instanceof PyBuiltin && h.owner?.name === 'object' && eq instanceof PyBuiltin && eq.owner?.name === 'object'
}

const valueHashedTypes = new Set(['float', 'bool', 'tuple', 'bytes', 'frozenset', 'range', 'int', 'str', 'complex'])
const unhashableTypes = new Set([
  'list',
  'dict',
  'set',
  'slice',
  'dict_keys',
  'dict_items',
  'bytearray',
  'collections.deque',
  'collections.defaultdict',
  'collections.OrderedDict',
])

/** The hash when no Python code is needed; undefined when `__hash__` is Python. Throws for unhashable values. */
export function hashFast(v: PyValue): PyHash | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return hashInt(v)
    case 'string':
      return hashStr(v)
  }
  const t = v.cls
  if (t.builtin) {
    if (v instanceof PyBool) return v.value ? 1 : 0
    if (v instanceof PyFloat) return hashFloat(v.value, idOf(v))
    if (v instanceof PyTuple) {
      const hashes: PyHash[] = []
      for (const x of v.items) {
        const h = hashFast(x)
        if (h === undefined) return undefined
        hashes.push(h)
      }
      return hashTuple(hashes)
    }
    if (v instanceof PyBytes) return hashBytes(v.bytes)
    if (unhashableTypes.has(t.name)) throw unhashable(v)
    for (const fn of nativeHashes) {
      const h = fn(v)
      if (h === null) throw unhashable(v)
      if (h !== undefined) return h
    }
    return hashIdentity(idOf(v))
  }
  const h = t.lookup('__hash__')
  if (h === None) throw unhashable(v)
  if (h instanceof PyBuiltin) {
    if (v instanceof PyTuple || v instanceof PyFloat || v instanceof PyBytes) return hashFast(builtinView(v))
    const boxed = (v as { intValue?: PyValue }).intValue ?? boxedStr(v)
    if (boxed !== undefined) return hashFast(boxed)
    // A subclass of a natively hashed type (frozenset) hashes as its base does.
    for (const fn of nativeHashes) {
      const native = fn(v)
      if (native === null) throw unhashable(v)
      if (native !== undefined) return native
    }
    return hashIdentity(idOf(v))
  }
  return undefined
}

/** A subclass instance of a value-hashed built-in hashes as the built-in value would. */
function builtinView(v: PyObject): PyValue {
  if (v instanceof PyTuple) return new PyTuple(v.items)
  if (v instanceof PyFloat) return new PyFloat(v.value)
  return v
}

export function* hash(v: PyValue): NativeGen<PyHash> {
  const fast = hashFast(v)
  if (fast !== undefined) return fast
  if (v instanceof PyTuple) {
    const hashes: PyHash[] = []
    for (const x of v.items) hashes.push(yield* hash(x))
    return hashTuple(hashes)
  }
  const r = yield* callPy(typeOf(v).lookup('__hash__')!, [v])
  if (typeof r === 'number' || typeof r === 'bigint') return hashFromHashResult(r)
  if (r instanceof PyBool) return r.value ? 1 : 0
  throw typeError('__hash__ method should return an integer')
}
