// How a set operation compares two keys whose hashes match. Plain values (int, str, float) compare synchronously;
// in the VM a Python `__eq__` may run bytecode that has to be able to suspend, so it is a generator that the
// operation delegates to with `yield*`. Either way the stored key comes first, as in CPython's
// `PyObject_RichCompareBool(startkey, key, Py_EQ)`, and only after an identity check (`startkey == key`) failed.

export type SyncEq<K> = (stored: K, probe: K) => boolean
export type GenEq<K> = (stored: K, probe: K) => Generator<unknown, boolean, unknown>

/** An operation's equality, tagged so that code shared by both variants can pick the right call. */
export type KeyEquality<K> =
  { readonly suspends: false; readonly equals: SyncEq<K> } | { readonly suspends: true; readonly equals: GenEq<K> }

export function syncEquality<K>(equals: SyncEq<K>): KeyEquality<K> {
  return { suspends: false, equals }
}

export function genEquality<K>(equals: GenEq<K>): KeyEquality<K> {
  return { suspends: true, equals }
}

/** Runs an operation written as a generator whose equality never suspends, returning its result. */
export function runSync<T>(steps: Generator<unknown, T, unknown>): T {
  const step = steps.next()
  if (!step.done) throw new Error('a set operation with a synchronous equality suspended')
  return step.value
}
