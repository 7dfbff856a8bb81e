import { builtinType, PyObject, type PyType, type PyValue } from '../object'

export const DictType = builtinType('dict', undefined, (cls) => new PyDict(cls))

/** Stands for one equivalence class of keys that need a hash and `==` to be found (tuples, user objects). */
export class HashSlot {
  constructor(
    readonly key: PyValue,
    readonly hash: number | bigint,
  ) {}
}

/**
 * A dict: insertion-ordered, keyed by each key's canonical JS form (see `canonicalKey`), so that str and int keys —
 * and instance attributes, globals and keyword arguments — are plain JS Map lookups. Keys compared through Python
 * (`__eq__`/`__hash__`) live under a HashSlot found through `buckets`.
 */
export class PyDict extends PyObject {
  readonly map: Map<unknown, PyValue>
  /** The Python key where it is not its own canonical form (1.0 stored under 1, a tuple under its HashSlot). */
  originals: Map<unknown, PyValue> | null = null
  buckets: Map<number | bigint, HashSlot[]> | null = null

  /** `map` may be shared: an instance's `__dict__` is a dict over its attribute map. */
  constructor(cls: PyType = DictType, map: Map<unknown, PyValue> = new Map()) {
    super(cls)
    this.map = map
  }

  get size(): number {
    return this.map.size
  }

  /** Fast path for canonical keys (str, int): the value, or undefined. */
  getStr(key: string): PyValue | undefined {
    return this.map.get(key)
  }

  setStr(key: string, value: PyValue): void {
    this.map.set(key, value)
  }

  /** Sets under a canonical key; `original` is the Python key when it differs from the canonical form. */
  setCanonical(canonical: unknown, value: PyValue, original?: PyValue): void {
    if (!this.map.has(canonical)) {
      if (original !== undefined && original !== canonical) (this.originals ??= new Map()).set(canonical, original)
    }
    this.map.set(canonical, value)
  }

  deleteCanonical(canonical: unknown): boolean {
    if (!this.map.delete(canonical)) return false
    this.originals?.delete(canonical)
    if (canonical instanceof HashSlot) {
      const bucket = this.buckets?.get(canonical.hash)
      if (bucket) {
        bucket.splice(bucket.indexOf(canonical), 1)
        if (bucket.length === 0) this.buckets!.delete(canonical.hash)
      }
    }
    return true
  }

  /** The Python key stored under a canonical key. */
  keyOf(canonical: unknown): PyValue {
    if (canonical instanceof HashSlot) return canonical.key
    return this.originals?.get(canonical) ?? (canonical as PyValue)
  }

  addSlot(slot: HashSlot): void {
    const buckets = (this.buckets ??= new Map())
    const bucket = buckets.get(slot.hash)
    if (bucket) bucket.push(slot)
    else buckets.set(slot.hash, [slot])
  }

  clear(): void {
    this.map.clear()
    this.originals = null
    this.buckets = null
  }

  *canonicalKeys(): IterableIterator<unknown> {
    yield* this.map.keys()
  }

  /** Entries as [python key, value] pairs, in insertion order. */
  entries(): [PyValue, PyValue][] {
    const out: [PyValue, PyValue][] = []
    for (const [k, v] of this.map) out.push([this.keyOf(k), v])
    return out
  }

  keys(): PyValue[] {
    const out: PyValue[] = []
    for (const k of this.map.keys()) out.push(this.keyOf(k))
    return out
  }

  values(): PyValue[] {
    return [...this.map.values()]
  }

  copyInto(target: PyDict): void {
    for (const [k, v] of this.map) {
      if (k instanceof HashSlot) {
        const slot = new HashSlot(k.key, k.hash)
        target.addSlot(slot)
        target.setCanonical(slot, v)
      } else {
        target.setCanonical(k, v, this.originals?.get(k))
      }
    }
  }
}

/** A dict of str keys, as namespaces and keyword arguments are built. */
export function dictFromStrMap(entries: Iterable<[string, PyValue]>): PyDict {
  const d = new PyDict()
  for (const [k, v] of entries) d.setStr(k, v)
  return d
}
