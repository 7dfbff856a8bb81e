// Reprs of the library modules' native objects, written once as a resumable builder: the repr is tried without
// Python code first, and built again through the VM when an item's repr needs Python.
import { registerRepr, registerSlowRepr, repr } from '../../python/runtime/abstract/repr'
import type { NativeGen } from '../../python/runtime/native'
import type { PyObject, PyValue } from '../../python/runtime/object'

export type ItemRepr = (x: PyValue) => NativeGen<string>

/** Thrown inside a fast attempt when some item's repr needs Python code. */
const needsPython = Symbol('needs Python')

/** Objects whose repr is being built, so a container inside itself shows as `...` (Py_ReprEnter). */
const inProgress = new Set<PyObject>()

/** What an object found inside its own repr shows: fixed text, or built from the object (defaultdict's). */
export type RecursiveRepr<T> = string | ((v: T, item: ItemRepr) => NativeGen<string>)

/**
 * Registers the repr of the objects `match` accepts. Returns the repr as a resumable function, for the type's
 * `__repr__` method.
 */
export function registerNativeRepr<T extends PyObject>(
  match: (v: PyObject) => v is T,
  build: (v: T, item: ItemRepr) => NativeGen<string>,
  recursive: RecursiveRepr<T> = '...',
): (v: T) => NativeGen<string> {
  const guarded = function* (v: T, item: ItemRepr): NativeGen<string> {
    if (inProgress.has(v)) return typeof recursive === 'string' ? recursive : yield* recursive(v, item)
    inProgress.add(v)
    try {
      return yield* build(v, item)
    } finally {
      inProgress.delete(v)
    }
  }
  registerRepr((v, item) => {
    if (!match(v)) return undefined
    const gen = guarded(v, function* (x) {
      const r = item(x)
      if (r === undefined) throw needsPython
      return r
    })
    try {
      const step = gen.next()
      return step.done ? step.value : null
    } catch (error) {
      if (error === needsPython) return null
      throw error
    }
  })
  registerSlowRepr(function* (v, item) {
    return match(v) ? yield* guarded(v, item) : undefined
  })
  return (v) => guarded(v, repr)
}
