// functools.reduce(function, iterable[, initial]): folds the items from the left.
import { iter, next } from '../../python/runtime/abstract/iter'
import { special } from '../../python/runtime/abstract/call'
import { typeError } from '../../python/runtime/errors'
import { callPy } from '../../python/runtime/native'
import type { PyValue } from '../../python/runtime/object'
import { resumable } from '../../python/runtime/types/function'
import { noKeywords, unpackTuple } from '../common/call-args'

export const reduce = resumable('reduce', function* (_ts, args, kw) {
  noKeywords('reduce', kw)
  unpackTuple('reduce', args, 2, 3)
  const [fn, iterable] = args
  if (
    typeof iterable !== 'string' &&
    special(iterable, '__iter__') === undefined &&
    special(iterable, '__getitem__') === undefined
  ) {
    throw typeError('reduce() arg 2 must support iteration')
  }
  const it = yield* iter(iterable)
  let result: PyValue | undefined = args[2]
  for (;;) {
    const item = yield* next(it)
    if (item === undefined) break
    result = result === undefined ? item : yield* callPy(fn, [result, item])
  }
  if (result === undefined) throw typeError('reduce() of empty iterable with no initial value')
  return result
})
