// Built-in iterators whose next value may need Python code (map over a Python function, itertools over a
// generator): `step()` is a resumable native, so the VM can suspend it while the Python code runs.
import type { NativeGen } from '../native'
import { builtinType, plainAlloc, PyObject, type PyType, type PyValue } from '../object'
import { newException, StopIterationType } from './exceptions'
import { PyBuiltin } from './function'

export abstract class SteppingIterator extends PyObject {
  /** The next value, or undefined when exhausted. */
  abstract step(): NativeGen<PyValue | undefined>
}

/**
 * A built-in iterator type with `__iter__` and a resumable `__next__`. Outside builtins its name is dotted, as
 * C's tp_name is (`itertools.count`), which is how CPython's messages name it.
 */
export function steppingIteratorType(name: string, module = 'builtins'): PyType {
  const t = builtinType(module === 'builtins' ? name : `${module}.${name}`, undefined, plainAlloc)
  t.qualname = name
  t.module = module
  t.ns.set('__iter__', new PyBuiltin('__iter__', (_ts, a) => a[0], false, { method: true }, t))
  t.ns.set(
    '__next__',
    new PyBuiltin(
      '__next__',
      function* (_ts, a) {
        const v = yield* (a[0] as SteppingIterator).step()
        if (v === undefined) throw newException(StopIterationType)
        return v
      },
      true,
      { method: true },
      t,
    ),
  )
  return t
}
