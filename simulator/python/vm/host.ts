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
}
