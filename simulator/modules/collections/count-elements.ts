// _collections._count_elements(mapping, iterable): Counter's tally loop, native like CPython's (so a Counter
// update is not interleaved with other threads item by item), going through Python only for a mapping whose
// `get`/`__setitem__` are not dict's.
import { BinaryOp } from '../../python/compiler/opcodes'
import { callSpecial } from '../../python/runtime/abstract/call'
import { dictGet, dictSet } from '../../python/runtime/abstract/dict-ops'
import { iter, next } from '../../python/runtime/abstract/iter'
import { numericBinary } from '../../python/runtime/abstract/numeric'
import type { NativeGen } from '../../python/runtime/native'
import { None, type PyValue } from '../../python/runtime/object'
import { typeOf } from '../../python/runtime/type-of'
import { DictType, PyDict } from '../../python/runtime/types/dict'
import { resumable } from '../../python/runtime/types/function'
import { binaryOp, storeSubscript } from '../../python/vm/slow-ops'
import { unpackTuple } from '../common/call-args'

function usesDictMethods(mapping: PyValue): mapping is PyDict {
  const t = typeOf(mapping)
  return (
    mapping instanceof PyDict &&
    t.lookup('get') === DictType.ns.get('get') &&
    t.lookup('__setitem__') === DictType.ns.get('__setitem__')
  )
}

function* increment(count: PyValue): NativeGen {
  return numericBinary(count, 1, BinaryOp.ADD) ?? (yield* binaryOp(count, 1, BinaryOp.ADD))
}

export const countElements = resumable('_count_elements', function* (_ts, args) {
  unpackTuple('_count_elements', args, 2, 2)
  const [mapping, iterable] = args
  const it = yield* iter(iterable)
  const fast = usesDictMethods(mapping)
  for (;;) {
    const elem = yield* next(it)
    if (elem === undefined) return None
    if (fast) {
      yield* dictSet(mapping, elem, yield* increment((yield* dictGet(mapping, elem)) ?? 0))
    } else {
      const count = (yield* callSpecial(mapping, 'get', [elem, 0]))!
      yield* storeSubscript(mapping, elem, yield* increment(count))
    }
  }
})
