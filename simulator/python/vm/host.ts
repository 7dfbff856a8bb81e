// What the Python runtime needs from the machine it runs on (the kernel): time, threads, and waiting.
// Built-ins reach it through `ts.interp.host`; the kernel implements it.
import type { KwArgs } from '../runtime/native'
import type { PyValue } from '../runtime/object'
import type { ThreadState } from './thread-state'

/** Something threads wait on: a lock, a condition, an event… The kernel queues the waiting threads here. */
export interface Waitable {
  /** FIFO queue of parked threads, kept by the kernel. */
  readonly waiters: ThreadState[]
  /** What the UI and reports call it (`Lock`, `Condition`, `join Thread-1`). */
  describe(): string
  /** The primitive's state now, for the trace and the UI; absent for internal waitables (a thread's end). */
  view?(): PrimitiveView
}

/** A primitive's visible state, its threads and primitives given as `Thread` and `Primitive`. */
export interface PrimitiveFields<Thread, Primitive> {
  /** Lock/RLock: who holds it (a plain Lock: who took it last while it is locked). */
  owner?: Thread | null
  /** RLock: recursion count. */
  count?: number
  /** Semaphore: the counter, and the bound of a BoundedSemaphore. */
  value?: number
  bound?: number
  /** Event: the flag. */
  flag?: boolean
  /** Condition: its lock. */
  lock?: Primitive
  /** Barrier. */
  parties?: number
  waiting?: number
  broken?: boolean
  /** Queue: its items as short reprs, first out first, its maxsize (0: unbounded) and unfinished tasks. */
  items?: string[]
  maxsize?: number
  unfinished?: number
  /** Threads parked on the primitive, in wake-up order (for a queue: getters, then putters). */
  waiters: Thread[]
}

/** A primitive's state as the runtime has it; the kernel maps its threads to the trace's. */
export interface PrimitiveView extends PrimitiveFields<ThreadState, Waitable> {
  kind: string
}

/** What a built-in yields in a BLOCK request (see runtime/native.ts). */
export type Wait =
  /** time.sleep: the thread releases the GIL and wakes after `ns` (0: just yields the GIL). */
  | { kind: 'sleep'; ns: number }
  /** Park on a waitable until notified (wake value True) or until the timeout (wake value False). */
  | { kind: 'wait'; on: Waitable; timeoutNs: number | null }

export interface Host {
  /** Virtual time, in nanoseconds since the program started. */
  now(): number
  /** Wall-clock time shown to the program (`time.time()`), in seconds: a fixed epoch plus virtual time. */
  epochSeconds(): number
  /** Starts a thread running `callable(*args, **kw)` in the caller's process; returns its ident. */
  startThread(parent: ThreadState, callable: PyValue, args: PyValue[], kw: KwArgs | null): ThreadState
  /** Wakes up to `n` threads waiting on `on` (FIFO); returns how many woke. */
  notify(on: Waitable, n: number): number
  /** The ident and the native id `threading.get_ident()`/`get_native_id()` report. */
  identOf(ts: ThreadState): number
  nativeIdOf(ts: ThreadState): number
  pid(ts: ThreadState): number
  ppid(ts: ThreadState): number
  /** The name and daemon flag threading gave a thread (for reports, the UI, and the end of the program). */
  setThreadInfo(ident: number, name: string, daemon: boolean): void
  /** A waitable notified when the thread with this ident ends; null when it has ended or never existed. */
  threadEnd(ident: number): Waitable | null
  /** The ident of the process's main thread. */
  mainIdent(ts: ThreadState): number
  /** os.cpu_count(): the machine's virtual CPUs. */
  cpuCount(): number
  /** A primitive's state changed by `op` (`acquire`, `release`, `set`…) in thread `ts`: observers record it. */
  changed(ts: ThreadState, primitive: Waitable, op: string): void
}
