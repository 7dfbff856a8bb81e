// callable(v), as the library modules check it (defaultdict's factory, functools' arguments).
import { special } from '../../python/runtime/abstract/call'
import { PyType, type PyValue } from '../../python/runtime/object'
import { PyBoundMethod, PyBuiltin, PyFunction } from '../../python/runtime/types/function'

export function isCallable(v: PyValue): boolean {
  return (
    v instanceof PyFunction ||
    v instanceof PyBuiltin ||
    v instanceof PyBoundMethod ||
    v instanceof PyType ||
    special(v, '__call__') !== undefined
  )
}
