// Methods of library types with the calling conventions of C methods, and their messages:
// METH_NOARGS (`deque.pop() takes no arguments (1 given)`) and METH_O (`deque.append() takes exactly one argument
// (0 given)`). Both take no keyword arguments.
import { resumableMethod } from '../../python/builtins/define'
import { typeError } from '../../python/runtime/errors'
import type { NativeGen } from '../../python/runtime/native'
import type { PyType, PyValue } from '../../python/runtime/object'
import type { PyBuiltin } from '../../python/runtime/types/function'
import { shortTypeName } from './module-type'

export function noArgsMethod(type: PyType, name: string, body: (self: PyValue) => NativeGen): PyBuiltin {
  const qualname = `${shortTypeName(type)}.${name}`
  return resumableMethod(type, name, function* (_ts, a, kw) {
    if (kw && kw.size) throw typeError(`${qualname}() takes no keyword arguments`)
    if (a.length !== 1) throw typeError(`${qualname}() takes no arguments (${a.length - 1} given)`)
    return yield* body(a[0])
  })
}

export function oneArgMethod(type: PyType, name: string, body: (self: PyValue, arg: PyValue) => NativeGen): PyBuiltin {
  const qualname = `${shortTypeName(type)}.${name}`
  return resumableMethod(type, name, function* (_ts, a, kw) {
    if (kw && kw.size) throw typeError(`${qualname}() takes no keyword arguments`)
    if (a.length !== 2) throw typeError(`${qualname}() takes exactly one argument (${a.length - 1} given)`)
    return yield* body(a[0], a[1])
  })
}
