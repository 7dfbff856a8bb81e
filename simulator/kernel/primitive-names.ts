// Display names of primitives: the variable a program binds them to (`lock_a`), found in the module's globals
// first (stable names), then in the acting thread's locals; the parts of a queue are named after it
// (`q.not_empty`) and marked internal, since the UI shows the queue itself, as are primitives that only the
// library's own code holds (a Thread's `_started` event).
import { PyObject, type PyValue } from '../python/runtime/object'
import { PyCell } from '../python/runtime/types/function'
import { PyList } from '../python/runtime/types/list'
import { PyTuple } from '../python/runtime/types/tuple'
import type { Waitable } from '../python/vm/host'
import type { ThreadState } from '../python/vm/thread-state'
import { PyLock } from '../modules/threading/lock'
import { QueueWatch } from '../modules/threading/queue-watch'
import { PyCondition } from '../modules/threading/sync'
import { isLibraryFile, pythonFrames } from './user-line'

export interface PrimitiveName {
  name: string | null
  internal: boolean
}

function nameIn(entries: Iterable<[PyValue, PyValue]>, value: PyValue): string | null {
  for (const [k, v] of entries) if (v === value && typeof k === 'string') return k
  return null
}

/** `forks[2]`: the value as an item of a list or tuple bound to a name. */
function itemIn(entries: Iterable<[PyValue, PyValue]>, value: PyValue): string | null {
  for (const [k, v] of entries) {
    if (typeof k !== 'string' || !(v instanceof PyList || v instanceof PyTuple)) continue
    const i = v.items.indexOf(value)
    if (i >= 0) return `${k}[${i}]`
  }
  return null
}

interface Binding {
  name: string
  /** Bound only in the simulated library's own frames (`self._started` of a Thread). */
  library: boolean
}

/** The variable `value` is bound to, seen from thread `ts`: the program's globals first, then its frames. */
export function binding(ts: ThreadState, value: PyValue): Binding | null {
  const main = ts.interp.modules.get('__main__')
  const global = main ? (nameIn(main.dict.entries(), value) ?? itemIn(main.dict.entries(), value)) : null
  if (global) return { name: global, library: false }
  for (const frame of pythonFrames(ts)) {
    const library = isLibraryFile(frame.code.filename)
    const names = frame.code.localsplus
    for (let i = 0; i < names.length; i++) {
      let v = frame.fast[i]
      if (v instanceof PyCell) v = v.value
      if (v === value) return { name: names[i], library }
      if (names[i] === 'self' && v instanceof PyObject && v.attrs) {
        const attr = nameIn(v.attrs.entries(), value)
        if (attr) return { name: `self.${attr}`, library }
      }
    }
    if (frame.locals) {
      const local = nameIn(frame.locals.entries(), value)
      if (local) return { name: local, library }
    }
  }
  return null
}

export function variableName(ts: ThreadState, value: PyValue): string | null {
  return binding(ts, value)?.name ?? null
}

/** The queue a primitive belongs to (its mutex, its conditions, a SimpleQueue's counter), or null. */
function queueOf(primitive: Waitable): QueueWatch | null {
  if (primitive instanceof PyLock) return primitive.companion instanceof QueueWatch ? primitive.companion : null
  if (primitive instanceof PyCondition && primitive.lock instanceof PyLock) return queueOf(primitive.lock)
  return null
}

export function primitiveName(ts: ThreadState, primitive: Waitable): PrimitiveName {
  if (primitive instanceof QueueWatch) return { name: variableName(ts, primitive.queue), internal: false }
  const queue = queueOf(primitive)
  if (queue) {
    const owner = variableName(ts, queue.queue) ?? queue.describe()
    const attr = queue.queue.attrs ? nameIn(queue.queue.attrs.entries(), primitive as unknown as PyObject) : null
    return { name: `${owner}.${attr ?? primitive.describe()}`, internal: true }
  }
  const bound = primitive instanceof PyObject ? binding(ts, primitive) : null
  return { name: bound?.name ?? null, internal: bound?.library ?? false }
}
