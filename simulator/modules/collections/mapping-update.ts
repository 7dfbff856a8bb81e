// MutableMapping.update for the dict types of collections: items go in through `d[k] = v`, so a subclass's
// `__setitem__` sees each of them.
import { callSpecial, special } from '../../python/runtime/abstract/call'
import { iter, next, toArray } from '../../python/runtime/abstract/iter'
import { isException, typeError, valueError } from '../../python/runtime/errors'
import type { KwArgs, NativeGen } from '../../python/runtime/native'
import type { PyValue } from '../../python/runtime/object'
import { PyDict } from '../../python/runtime/types/dict'
import { TypeErrorType } from '../../python/runtime/types/exceptions'
import { storeSubscript, subscript } from '../../python/vm/slow-ops'

export function* updateMapping(target: PyValue, source: PyValue | undefined, kw: KwArgs | null): NativeGen<void> {
  if (source instanceof PyDict && source.cls.builtin) {
    for (const [k, v] of source.entries()) yield* storeSubscript(target, k, v)
  } else if (source !== undefined && special(source, 'keys') !== undefined) {
    for (const k of yield* toArray((yield* callSpecial(source, 'keys'))!)) {
      yield* storeSubscript(target, k, yield* subscript(source, k))
    }
  } else if (source !== undefined) {
    const it = yield* iter(source)
    for (let i = 0; ; i++) {
      const item = yield* next(it)
      if (item === undefined) break
      let pair: PyValue[]
      try {
        pair = yield* toArray(item)
      } catch (error) {
        if (!isException(error) || !error.cls.isSubtypeOf(TypeErrorType)) throw error
        throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`)
      }
      if (pair.length !== 2) {
        throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`)
      }
      yield* storeSubscript(target, pair[0], pair[1])
    }
  }
  for (const [k, v] of kw ?? []) yield* storeSubscript(target, k, v)
}
