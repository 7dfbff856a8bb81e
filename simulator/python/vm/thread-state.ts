import { None, type PyValue } from '../runtime/object'
import type { PyBaseException } from '../runtime/types/exceptions'
import type { AnyFrame } from './frame'
import type { Interpreter } from './interpreter'
import { registerThread } from './thread-registry'

/** Why `execute` returned to its caller (the kernel or a simple runner). */
export const enum Stop {
  /** The instruction budget ran out. */
  BUDGET,
  /** The thread's last frame returned or raised. */
  FINISHED,
  /** A built-in parked the thread (a lock, a sleep): see `blockedOn`. */
  BLOCKED,
  /** At an eval-breaker point with a switch requested: the thread may be preempted here. */
  SWITCH,
}

/** One Python thread's execution state, as CPython's PyThreadState: its frames and its handled exception. */
export class ThreadState {
  frame: AnyFrame | null = null
  /** Python frames on the stack, for RecursionError. */
  depth = 0
  /** The exception being handled (`sys.exc_info()`), saved and restored by PUSH_EXC_INFO/POP_EXCEPT. */
  handled: PyValue = None
  /** The exception that escaped the thread's bottom frame, if any. */
  uncaught: PyBaseException | null = null
  /** The bottom frame's return value. */
  result: PyValue = None
  /** Set by the kernel: stop at the next eval-breaker point. */
  evalBreaker = false
  /** What a BLOCKED thread waits on, as its built-in described it. */
  blockedOn: unknown = null
  /** Set by `wake`: what the parked built-in receives when the thread next runs. */
  wakeWith: { value: PyValue; exc: PyBaseException | null } | null = null
  /** Instructions executed so far. */
  steps = 0
  constructor(
    readonly interp: Interpreter,
    readonly id: number,
  ) {
    registerThread(interp, this)
  }
}
