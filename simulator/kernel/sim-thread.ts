import type { Waitable } from '../python/vm/host'
import type { Interpreter } from '../python/vm/interpreter'
import type { ThreadState } from '../python/vm/thread-state'
import type { Timer } from './timers'

/**
 * Where a thread stands. `gil-wait`: runnable but waiting for its process's GIL; `blocked`: parked on a waitable
 * (lock, condition, join…); `sleeping`: in time.sleep.
 */
export type ThreadStatus = 'new' | 'running' | 'gil-wait' | 'ready' | 'blocked' | 'sleeping' | 'finished'

export class SimThread {
  status: ThreadStatus = 'new'
  /** Virtual time the thread entered its status. */
  since = 0
  /** What a blocked thread waits on. */
  waitingOn: Waitable | null = null
  /** When a sleep or a timed wait ends (Infinity: waits without a timeout). */
  until = Infinity
  /** The pending timeout of a timed wait or sleep. */
  timer: Timer | null = null
  /** When this GIL waiter's timed wait ends, and the switch count it saw when the wait began. */
  gilDeadline = Infinity
  gilSwitchSeen = 0
  /** Virtual nanoseconds spent running. */
  cpuTime = 0
  /** While running in parallel with others: the virtual time its next instruction starts. */
  clock = 0
  daemon = false
  /** Joiners wait here; notified when the thread ends. */
  readonly end: Waitable = { waiters: [], describe: () => `end of ${this.name}` }

  constructor(
    readonly ts: ThreadState,
    readonly process: SimProcess,
    readonly ident: number,
    readonly nativeId: number,
    public name: string,
  ) {}

  get alive(): boolean {
    return this.status !== 'finished'
  }
}

/** A process: its interpreter (memory, modules) and its GIL. */
export class SimProcess {
  readonly threads: SimThread[] = []
  readonly gil = new Gil()

  constructor(
    readonly pid: number,
    readonly ppid: number,
    readonly interp: Interpreter,
  ) {}
}

/** CPython's new GIL (3.2+): one holder, waiters that ask for a drop after a switch interval. */
export class Gil {
  holder: SimThread | null = null
  /** Runnable threads waiting for the GIL, in the order they started waiting. */
  readonly waiters: SimThread[] = []
  /** Counts changes of holder; a waiter only asks for a drop if no switch happened during its wait. */
  switchNumber = 0
  lastHolder: SimThread | null = null
  dropRequested = false
}
