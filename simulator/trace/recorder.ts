// Records a run as events: it observes the kernel (threads, the GIL, primitives) and the interpreter's output and
// files, and stores what it sees in an EventLog. Attached before the program starts; a run with no recorder pays
// nothing for it.
import type { PrimitiveView, Waitable } from '../python/vm/host'
import type { ThreadState } from '../python/vm/thread-state'
import type { Kernel, KernelObserver } from '../kernel/kernel'
import type { SimProcess, SimThread, ThreadStatus } from '../kernel/sim-thread'
import { EventKind, threadStates } from './event-kinds'
import { EventLog } from './event-log'
import type { PrimitiveState } from './decode'
import { primitiveName } from '../kernel/primitive-names'
import { userLine } from '../kernel/user-line'

/** How many more times an unnamed primitive is looked for under a variable before it keeps its default name. */
const namingAttempts = 4

interface Known {
  id: number
  type: string
  name: string
  internal: boolean
  /** Attempts left to find its variable name; 0 once named. */
  naming: number
  /** Its last few states and their string indices: a primitive goes back and forth between a few states. */
  recent: string[]
  recentIndex: number[]
}

const recentStates = 4

/** A primitive the recorder has seen, with its state now. */
export interface PrimitiveSnapshot {
  id: number
  type: string
  name: string
  internal: boolean
  state: PrimitiveState
}

export class TraceRecorder implements KernelObserver {
  readonly log = new EventLog()
  private readonly threadIndex = new Map<SimThread, number>()
  private readonly threadEnds = new Map<Waitable, number>()
  private readonly primitives = new Map<Waitable, Known>()
  private readonly kindCounts = new Map<string, number>()
  private readonly queueSizes = new Map<Waitable, { items: number; unfinished: number }>()

  constructor(private readonly kernel: Kernel) {
    kernel.observer = this
  }

  private push(kind: number, thread: number, a = -1, b = -1, c = -1, text = -1): void {
    this.log.push(this.kernel.currentStep(), this.kernel.now(), kind, thread, a, b, c, text)
  }

  private json(value: unknown): number {
    return this.log.intern(JSON.stringify(value))
  }

  private indexOf(thread: SimThread): number {
    return this.threadIndex.get(thread) ?? -1
  }

  private indexOfState(ts: ThreadState | null | undefined): number {
    return ts ? this.indexOf(this.kernel.threadOf(ts)) : -1
  }

  private processIndex(process: SimProcess): number {
    return this.kernel.processes.indexOf(process)
  }

  // --- threads and the GIL ---

  threadStarted(thread: SimThread): void {
    const index = this.threadIndex.size
    this.threadIndex.set(thread, index)
    this.threadEnds.set(thread.end, index)
    const info = { name: thread.name, ident: thread.ident, daemon: thread.daemon }
    this.push(EventKind['thread-start'], index, this.processIndex(thread.process), -1, -1, this.json(info))
  }

  threadRenamed(thread: SimThread): void {
    this.push(
      EventKind['thread-rename'],
      this.indexOf(thread),
      -1,
      -1,
      -1,
      this.json({ name: thread.name, daemon: thread.daemon }),
    )
  }

  threadStatus(thread: SimThread, status: ThreadStatus): void {
    const on = thread.waitingOn
    const detail: { until?: number; join?: number } = {}
    if ((status === 'blocked' || status === 'sleeping') && thread.until !== Infinity) detail.until = thread.until
    if (status === 'blocked' && on && this.threadEnds.has(on)) detail.join = this.threadEnds.get(on)
    const object = status === 'blocked' && on?.view ? this.idOf(thread, on) : -1
    const text = detail.until === undefined && detail.join === undefined ? -1 : this.json(detail)
    const line = userLine(thread.ts) ?? -1
    this.push(EventKind['thread-state'], this.indexOf(thread), threadStates.indexOf(status), object, line, text)
  }

  gilHolder(process: SimProcess, holder: SimThread | null): void {
    this.push(EventKind.gil, holder ? this.indexOf(holder) : -1, this.processIndex(process))
  }

  gilDropRequest(process: SimProcess, requester: SimThread): void {
    this.push(EventKind['gil-drop-request'], this.indexOf(requester), this.processIndex(process))
  }

  // --- primitives ---

  /** The primitive's id, announcing it (and naming it) the first time it is seen. */
  private idOf(thread: SimThread, primitive: Waitable): number {
    return this.knownOf(thread, primitive).id
  }

  private knownOf(thread: SimThread, primitive: Waitable): Known {
    let known = this.primitives.get(primitive)
    if (!known) {
      const type = primitive.view!().kind
      const count = (this.kindCounts.get(type) ?? 0) + 1
      this.kindCounts.set(type, count)
      const { name, internal } = primitiveName(thread.ts, primitive)
      known = {
        id: this.primitives.size,
        type,
        name: name ?? `${type}-${count}`,
        internal,
        naming: name ? 0 : namingAttempts,
        recent: [],
        recentIndex: [],
      }
      this.primitives.set(primitive, known)
      const info = { type, name: known.name, internal }
      this.push(EventKind['primitive-new'], this.indexOf(thread), known.id, -1, -1, this.json(info))
    } else if (known.naming > 0) {
      known.naming--
      const { name } = primitiveName(thread.ts, primitive)
      if (name) {
        known.naming = 0
        known.name = name
        this.push(EventKind['primitive-name'], this.indexOf(thread), known.id, -1, -1, this.log.intern(name))
      }
    }
    return known
  }

  primitive(thread: SimThread, primitive: Waitable, op: string): void {
    if (!primitive.view) return
    const known = this.knownOf(thread, primitive)
    const view = primitive.view()
    if (op === 'update') {
      // A queue is told of every release of its mutex: say what changed, or nothing when nothing did.
      const before = this.queueSizes.get(primitive) ?? { items: 0, unfinished: 0 }
      const after = { items: view.items?.length ?? 0, unfinished: view.unfinished ?? 0 }
      this.queueSizes.set(primitive, after)
      if (after.items > before.items) op = 'put'
      else if (after.items < before.items) op = 'get'
      else if (after.unfinished < before.unfinished) op = 'task_done'
      else return
    }
    const state = this.internState(known, this.stateJson(thread, view))
    const line = userLine(thread.ts) ?? -1
    this.push(EventKind.primitive, this.indexOf(thread), known.id, state, line, this.log.intern(op))
  }

  /** Every primitive seen so far, with its state now. */
  snapshot(): PrimitiveSnapshot[] {
    return [...this.primitives].map(([primitive, { id, type, name, internal }]) => ({
      id,
      type,
      name,
      internal,
      state: JSON.parse(this.stateJson(null, primitive.view!())) as PrimitiveState,
    }))
  }

  /** The string index of a state, looked up among the primitive's recent states before the whole table. */
  private internState(known: Known, json: string): number {
    const i = known.recent.indexOf(json)
    if (i >= 0) return known.recentIndex[i]
    const index = this.log.intern(json)
    if (known.recent.length === recentStates) {
      known.recent.shift()
      known.recentIndex.shift()
    }
    known.recent.push(json)
    known.recentIndex.push(index)
    return index
  }

  /**
   * A view as the trace's state JSON, keys in a fixed order so that equal states are one string. Written by hand:
   * it runs for every operation on every primitive. A primitive it refers to (a condition's lock) is announced
   * first when `thread` is given.
   */
  private stateJson(thread: SimThread | null, view: PrimitiveView): string {
    let json = '{'
    if (view.owner !== undefined) json += `"owner":${view.owner ? this.indexOfState(view.owner) : null},`
    if (view.count !== undefined) json += `"count":${view.count},`
    if (view.value !== undefined) json += `"value":${view.value},`
    if (view.bound !== undefined) json += `"bound":${view.bound},`
    if (view.flag !== undefined) json += `"flag":${view.flag},`
    if (view.lock !== undefined) {
      const lock = thread ? this.idOf(thread, view.lock) : (this.primitives.get(view.lock)?.id ?? null)
      json += `"lock":${lock},`
    }
    if (view.parties !== undefined) json += `"parties":${view.parties},`
    if (view.waiting !== undefined) json += `"waiting":${view.waiting},`
    if (view.broken !== undefined) json += `"broken":${view.broken},`
    if (view.items !== undefined) json += `"items":${JSON.stringify(view.items)},`
    if (view.maxsize !== undefined) json += `"maxsize":${view.maxsize},`
    if (view.unfinished !== undefined) json += `"unfinished":${view.unfinished},`
    json += '"waiters":['
    const waiters = view.waiters
    for (let i = 0; i < waiters.length; i++) json += (i ? ',' : '') + this.indexOfState(waiters[i])
    return json + ']}'
  }

  lockCycle(threads: SimThread[], locks: Waitable[]): void {
    const info = {
      threads: threads.map((t) => this.indexOf(t)),
      primitives: locks.map((l, i) => this.idOf(threads[i], l)),
    }
    this.push(EventKind['lock-cycle'], this.indexOf(threads[0]), -1, -1, -1, this.json(info))
  }

  // --- output, files, the end ---

  output(ts: ThreadState | null, stream: 'stdout' | 'stderr', text: string): void {
    this.push(EventKind.output, this.indexOfState(ts), stream === 'stdout' ? 0 : 1, -1, -1, this.log.intern(text))
  }

  fileWrite(ts: ThreadState | null, path: string, text: string): void {
    this.push(EventKind['file-write'], this.indexOfState(ts), -1, -1, -1, this.json({ path, text }))
  }

  deadlock(report: string): void {
    this.push(EventKind.deadlock, -1, -1, -1, -1, this.log.intern(report))
  }

  exit(status: number, outcome: string): void {
    this.push(EventKind.exit, -1, status, -1, -1, this.log.intern(outcome))
  }
}
