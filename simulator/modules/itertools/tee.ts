// itertools.tee: independent iterators over one source. Items read from the source are kept in a shared linked
// list until every tee iterator has passed them.
import { method } from '../../python/builtins/define'
import { iter, next } from '../../python/runtime/abstract/iter'
import { runtimeError, valueError } from '../../python/runtime/errors'
import { callPy, type NativeGen } from '../../python/runtime/native'
import type { PyValue } from '../../python/runtime/object'
import { special } from '../../python/runtime/abstract/call'
import { resumable } from '../../python/runtime/types/function'
import { SteppingIterator, steppingIteratorType } from '../../python/runtime/types/stepping-iterator'
import { pyTuple } from '../../python/runtime/types/tuple'
import { indexOf } from '../common/number-args'
import { unpackTuple, noKeywords } from '../common/call-args'

export const TeeType = steppingIteratorType('_tee', 'itertools')

/** One item of the shared buffer; `next` is null until the item after it has been read. */
class Link {
  value: PyValue | undefined
  next: Link | null = null
}

class TeeSource {
  running = false
  constructor(readonly iterator: PyValue) {}
}

class Tee extends SteppingIterator {
  constructor(
    readonly source: TeeSource,
    private link: Link,
  ) {
    super(TeeType)
  }

  *step(): NativeGen<PyValue | undefined> {
    const link = this.link
    if (link.next === null) {
      if (this.source.running) throw runtimeError('cannot re-enter the tee iterator')
      this.source.running = true
      let v: PyValue | undefined
      try {
        v = yield* next(this.source.iterator)
      } finally {
        this.source.running = false
      }
      if (v === undefined) return undefined
      link.value = v
      link.next = new Link()
    }
    this.link = link.next!
    return link.value
  }

  copy(): Tee {
    return new Tee(this.source, this.link)
  }
}

method(TeeType, '__copy__', (_ts, a) => (a[0] as Tee).copy())

export const tee = resumable('tee', function* (_ts, args, kw) {
  noKeywords('tee', kw)
  unpackTuple('tee', args, 1, 2)
  const n = args.length > 1 ? yield* indexOf(args[1]) : 2
  if (n < 0) throw valueError('n must be >= 0')
  const it = yield* iter(args[0])
  if (n === 0) return pyTuple([])
  const copyMethod = special(it, '__copy__')
  const first = copyMethod === undefined ? new Tee(new TeeSource(it), new Link()) : it
  const copy = special(first, '__copy__')!
  const result: PyValue[] = [first]
  for (let i = 1; i < n; i++) result.push(yield* callPy(copy, [first]))
  return pyTuple(result)
})
