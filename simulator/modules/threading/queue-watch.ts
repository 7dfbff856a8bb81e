// queue.Queue is Python (so that its tracebacks are CPython's), yet the trace and the UI show a queue as one
// primitive with its items. `_sync._watch_queue(q, mutex)` ties a queue to the lock every change of it passes
// through: whenever that lock is released, the queue may have changed.
import { reprFast, objectReprOf } from '../../python/runtime/abstract/repr'
import { None, PyObject, type PyValue } from '../../python/runtime/object'
import { PyList } from '../../python/runtime/types/list'
import { typeError } from '../../python/runtime/errors'
import { native } from '../../python/runtime/types/function'
import type { PrimitiveView, Waitable } from '../../python/vm/host'
import type { ThreadState } from '../../python/vm/thread-state'
import { PyDeque } from '../collections/deque'
import { PyLock } from './lock'

/** Items longer than this are cut in the trace: it shows the queue, not the data. */
const maxItemRepr = 40

export function shortRepr(v: PyValue): string {
  const text = reprFast(v) ?? (v instanceof PyObject ? objectReprOf(v) : String(v))
  return text.length > maxItemRepr ? text.slice(0, maxItemRepr - 1) + '…' : text
}

function waitersOf(v: PyValue | undefined): ThreadState[] {
  const w = v as Partial<Waitable> | undefined
  return w && Array.isArray(w.waiters) ? w.waiters : []
}

export class QueueWatch implements Waitable {
  readonly waiters: ThreadState[] = []
  constructor(readonly queue: PyObject) {}

  describe(): string {
    return this.queue.cls.name
  }

  private attr(name: string): PyValue | undefined {
    return this.queue.attrs?.get(name)
  }

  /** Items first out first: a LifoQueue pops from the end, a PriorityQueue's heap is shown in heap order. */
  private items(): PyValue[] {
    const store = this.attr('queue')
    if (store instanceof PyDeque) return Array.from({ length: store.length }, (_, i) => store.items.at(i))
    if (store instanceof PyList) return this.queue.cls.name === 'LifoQueue' ? [...store.items].reverse() : store.items
    return []
  }

  view(): PrimitiveView {
    const maxsize = this.attr('maxsize')
    const unfinished = this.attr('unfinished_tasks')
    return {
      kind: 'Queue',
      items: this.items().map(shortRepr),
      maxsize: typeof maxsize === 'number' ? maxsize : 0,
      unfinished: typeof unfinished === 'number' ? unfinished : undefined,
      waiters: [...waitersOf(this.attr('not_empty')), ...waitersOf(this.attr('not_full'))],
    }
  }
}

export const watchQueue = native('_watch_queue', (_ts, a) => {
  const [queue, trigger] = a
  if (!(queue instanceof PyObject) || !(trigger instanceof PyLock)) throw typeError('_watch_queue(queue, lock)')
  trigger.companion = new QueueWatch(queue)
  return None
})
