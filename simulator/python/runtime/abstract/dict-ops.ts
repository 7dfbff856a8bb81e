// Dict lookups by Python key: canonical keys (str, int, float, identity-hashed objects) go straight to the JS Map;
// other keys are found by hash and `==`, which may run Python code.
import { hashToPython } from '../../hash'
import { keyError } from '../errors'
import type { NativeGen } from '../native'
import { PyObject, type PyValue } from '../object'
import { PyBool } from '../types/bool'
import { HashSlot, PyDict } from '../types/dict'
import { PyComplex } from '../types/complex'
import { PyFloat } from '../types/float'
import { PyBuiltin } from '../types/function'
import { boxedStr } from '../types/str-subclass'
import { equal, equalFast } from './compare'
import { hash, hashesByIdentity, hashFast, unhashable } from './hash'

/** Marks a key that needs hashing and `==` to be found. */
export const NEEDS_HASH: unique symbol = Symbol('needs hash')

const MAX_SAFE = Number.MAX_SAFE_INTEGER

/** The JS Map key standing for a Python key, or NEEDS_HASH. Throws TypeError for unhashable keys. */
export function canonicalKey(k: PyValue): unknown {
  switch (typeof k) {
    case 'string':
    case 'number':
    case 'bigint':
      return k
  }
  if (k instanceof PyBool) return k.value ? 1 : 0
  if (numberEquality(k)) {
    if (k instanceof PyFloat) return canonicalFloat(k.value, k)
    // a complex with no imaginary part equals (and hashes like) its real part
    if (k instanceof PyComplex && k.imag === 0) return canonicalFloat(k.real, k)
    // an int or str subclass instance holds its value boxed
    const boxed = (k as { intValue?: PyValue }).intValue ?? boxedStr(k)
    if (boxed !== undefined) return boxed
  }
  if (hashesByIdentity(k)) return k
  hashFast(k)
  return NEEDS_HASH
}

/** A number (or number subclass instance) whose == and hash are the built-in ones. */
function numberEquality(k: PyObject): boolean {
  const t = k.cls
  return t.builtin || (t.lookup('__eq__') instanceof PyBuiltin && t.lookup('__hash__') instanceof PyBuiltin)
}

function canonicalFloat(v: number, key: PyValue): unknown {
  if (Number.isInteger(v)) return Math.abs(v) <= MAX_SAFE ? v + 0 : BigInt(v)
  return Number.isNaN(v) ? key : v
}

/**
 * The stored int keys a key hashing to `h` may equal: the ints whose hash is `h` (hash(n) is n, but hash(-1) is -2),
 * below the hash modulus. Other canonical keys (str, float, larger ints) cannot be found from a hash.
 */
function intKeysHashingTo(d: PyDict, h: number | bigint): (number | bigint)[] {
  const found: (number | bigint)[] = []
  if (d.map.has(h)) found.push(h)
  if (h === -2 && d.map.has(-1)) found.push(-1)
  return found
}

/** Whether a canonical key missing from `d.map` may still equal a HashSlot key with the same hash. */
function mayEqualSlot(d: PyDict, key: PyValue): boolean {
  if (d.buckets === null) return false
  const h = hashFast(key)
  return h === undefined || d.buckets.has(hashToPython(h))
}

/** Looks a key up without Python code; undefined if absent, NEEDS_HASH if Python code must decide. */
export function dictGetFast(d: PyDict, key: PyValue): PyValue | undefined | typeof NEEDS_HASH {
  const c = canonicalKey(key)
  if (c !== NEEDS_HASH) {
    const v = d.map.get(c)
    return v === undefined && mayEqualSlot(d, key) ? NEEDS_HASH : v
  }
  const h = hashFast(key)
  if (h === undefined) return NEEDS_HASH
  const bucket = d.buckets?.get(hashToPython(h))
  if (bucket) {
    for (const slot of bucket) {
      const eq = equalFast(slot.key, key)
      if (eq === undefined) return NEEDS_HASH
      if (eq) return d.map.get(slot)
    }
  }
  return intKeysHashingTo(d, hashToPython(h)).length ? NEEDS_HASH : undefined
}

/** The canonical key under which `key` is stored (a new HashSlot when `create`); undefined if absent. */
export function* findSlot(d: PyDict, key: PyValue, create: boolean): NativeGen<unknown> {
  const c = canonicalKey(key)
  if (c !== NEEDS_HASH && (d.map.has(c) || d.buckets === null)) return c
  const h = hashToPython(yield* hash(key))
  const bucket = d.buckets?.get(h)
  if (bucket) {
    // As lookdict: the stored key is compared with the new one (its `__eq__` first).
    for (const slot of [...bucket]) {
      if (yield* equal(slot.key, key)) return slot
    }
  }
  if (c !== NEEDS_HASH) return c
  for (const n of intKeysHashingTo(d, h)) {
    if (yield* equal(d.originals?.get(n) ?? n, key)) return n
  }
  if (!create) return undefined
  const slot = new HashSlot(key, h)
  d.addSlot(slot)
  return slot
}

export function* dictGet(d: PyDict, key: PyValue): NativeGen<PyValue | undefined> {
  const fast = dictGetFast(d, key)
  if (fast !== NEEDS_HASH) return fast
  const slot = yield* findSlot(d, key, false)
  return slot === undefined ? undefined : d.map.get(slot)
}

export function* dictSet(d: PyDict, key: PyValue, value: PyValue): NativeGen<void> {
  if (dictSetFast(d, key, value)) return
  const slot = yield* findSlot(d, key, true)
  d.setCanonical(slot, value, slot instanceof HashSlot ? undefined : key)
}

/** Sets without Python code; false when the key needs it. */
export function dictSetFast(d: PyDict, key: PyValue, value: PyValue): boolean {
  const c = canonicalKey(key)
  if (c === NEEDS_HASH || (!d.map.has(c) && mayEqualSlot(d, key))) return false
  d.setCanonical(c, value, key)
  return true
}

export function* dictDelete(d: PyDict, key: PyValue): NativeGen<boolean> {
  const slot = yield* findSlot(d, key, false)
  return slot !== undefined && d.deleteCanonical(slot)
}

export function* dictGetOrRaise(d: PyDict, key: PyValue): NativeGen {
  const v = yield* dictGet(d, key)
  if (v === undefined) throw keyError(key)
  return v
}

export function checkHashable(k: PyValue): void {
  if (typeof k === 'object' && !(k instanceof PyObject)) throw unhashable(k)
}
