// Declaring itertools' iterator types: a Python-visible class whose `__new__` builds the iterator.
import { resumableMethod } from '../../python/builtins/define'
import { installNativeIterator } from '../../python/builtins/types/iterators'
import type { KwArgs, NativeGen } from '../../python/runtime/native'
import { plainAlloc, type PyObject, type PyType, type PyValue } from '../../python/runtime/object'
import { steppingIteratorType } from '../../python/runtime/types/stepping-iterator'
import { moduleType } from '../common/module-type'

export type Constructor = (cls: PyType, args: PyValue[], kw: KwArgs | null) => NativeGen<PyObject>

function withConstructor(type: PyType, create: Constructor): PyType {
  resumableMethod(type, '__new__', (_ts, a, kw) => create(a[0] as PyType, a.slice(1), kw))
  return type
}

/** A type whose instances are SteppingIterators (their next value may need Python code). */
export function steppingType(name: string, create: Constructor): PyType {
  return withConstructor(steppingIteratorType(name, 'itertools'), create)
}

/** A type whose instances are NativeIterators (their next value never needs Python code). */
export function nativeType(name: string, create: Constructor): PyType {
  const t = moduleType('itertools', name, undefined, plainAlloc)
  installNativeIterator(t)
  return withConstructor(t, create)
}
