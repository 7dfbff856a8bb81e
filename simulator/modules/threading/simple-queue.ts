// _queue: the Empty exception and SimpleQueue, native as in CPython (its tracebacks show no library frames). A
// SimpleQueue is unbounded and FIFO; a get that finds it empty parks the thread on the queue itself, so the trace
// and the UI see it as one primitive with its items and its waiting getters.
import { typeError, valueError } from '../../python/runtime/errors'
import type { NativeGen } from '../../python/runtime/native'
import { builtinType, None, PyObject, type PyType, type PyValue } from '../../python/runtime/object'
import { truth } from '../../python/runtime/abstract/truth'
import { True, pyBool } from '../../python/runtime/types/bool'
import { ExceptionType, newException } from '../../python/runtime/types/exceptions'
import { PyModule } from '../../python/runtime/types/module'
import type { PrimitiveView, Waitable } from '../../python/vm/host'
import type { ThreadState } from '../../python/vm/thread-state'
import { method, resumableMethod } from '../../python/builtins/define'
import { shortRepr } from './queue-watch'
import { hostOf, secondsArg, waitOn } from './waiting'

export const EmptyType = builtinType('Empty', ExceptionType)
EmptyType.module = '_queue'

export const SimpleQueueType = builtinType('SimpleQueue', undefined, (cls) => new PySimpleQueue(cls))
SimpleQueueType.module = '_queue'

export class PySimpleQueue extends PyObject implements Waitable {
  readonly items: PyValue[] = []
  readonly waiters: ThreadState[] = []
  constructor(cls: PyType = SimpleQueueType) {
    super(cls)
  }

  describe(): string {
    return 'SimpleQueue'
  }

  view(): PrimitiveView {
    return { kind: 'Queue', items: this.items.map(shortRepr), maxsize: 0, waiters: this.waiters }
  }
}

function put(ts: ThreadState, q: PySimpleQueue, item: PyValue): PyValue {
  q.items.push(item)
  const host = hostOf(ts)
  host.changed(ts, q, 'put')
  host.notify(q, 1)
  return None
}

function* get(ts: ThreadState, q: PySimpleQueue, block: boolean, timeout: number | null): NativeGen {
  if (timeout !== null && timeout < 0) throw valueError("'timeout' must be a non-negative number")
  const host = hostOf(ts)
  const deadline = timeout === null ? null : host.now() + Math.round(timeout * 1e9)
  while (q.items.length === 0) {
    const remaining = deadline === null ? null : deadline - host.now()
    if (!block || (remaining !== null && remaining <= 0)) throw newException(EmptyType)
    yield* waitOn(q, remaining)
  }
  const item = q.items.shift()!
  host.changed(ts, q, 'get')
  return item
}

function argument(a: PyValue[], kw: Map<string, PyValue> | null, i: number, name: string, fn: string): PyValue {
  const v = a[i] ?? kw?.get(name)
  if (v === undefined) throw typeError(`${fn}() missing required argument '${name}' (pos ${i})`)
  return v
}

function install(): void {
  const queue = (v: PyValue) => v as PySimpleQueue
  method(SimpleQueueType, '__init__', (_ts, a, kw) => {
    if (a.length > 1) throw typeError('SimpleQueue() takes no positional arguments')
    if (kw?.size) throw typeError('SimpleQueue() takes no keyword arguments')
    return None
  })
  // block and timeout are accepted and ignored: a SimpleQueue is never full.
  method(SimpleQueueType, 'put', (ts, a, kw) => put(ts, queue(a[0]), argument(a, kw, 1, 'item', 'put')))
  method(SimpleQueueType, 'put_nowait', (ts, a, kw) => put(ts, queue(a[0]), argument(a, kw, 1, 'item', 'put_nowait')))
  resumableMethod(SimpleQueueType, 'get', function* (ts, a, kw) {
    const block = yield* truth(a[1] ?? kw?.get('block') ?? True)
    return yield* get(ts, queue(a[0]), block, secondsArg(a[2] ?? kw?.get('timeout')))
  })
  resumableMethod(SimpleQueueType, 'get_nowait', function* (ts, a) {
    return yield* get(ts, queue(a[0]), false, null)
  })
  method(SimpleQueueType, 'empty', (_ts, a) => pyBool(queue(a[0]).items.length === 0))
  method(SimpleQueueType, 'qsize', (_ts, a) => queue(a[0]).items.length)
}

install()

export function createQueueModule(): PyModule {
  const m = new PyModule('_queue')
  m.set('Empty', EmptyType)
  m.set('SimpleQueue', SimpleQueueType)
  return m
}
