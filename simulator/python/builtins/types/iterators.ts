// The protocol methods of native iterators (list_iterator, range_iterator, …), so `iter(x).__next__` exists.
import { NotImplemented, type PyType } from '../../runtime/object'
import { newException, StopIterationType } from '../../runtime/types/exceptions'
import { NativeIterator, nativeIteratorTypes } from '../../runtime/types/iterators'
import { method } from '../define'

export function installNativeIterator(type: PyType): void {
  method(type, '__iter__', (_ts, a) => a[0])
  method(type, '__next__', (_ts, a) => {
    const v = (a[0] as NativeIterator).next()
    if (v === undefined) throw newException(StopIterationType)
    return v
  })
  method(type, '__length_hint__', (_ts, a) => (a[0] as NativeIterator).lengthHint() ?? NotImplemented)
}

export function installIterators(): void {
  for (const t of nativeIteratorTypes) installNativeIterator(t)
}
