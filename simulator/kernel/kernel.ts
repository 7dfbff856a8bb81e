// The machine: virtual time, CPUs, processes and their threads, and the schedules that decide who runs.
// Everything is deterministic: the OS's choices come from a seeded generator and are recorded as decisions.
import type { KwArgs, NativeGen } from '../python/runtime/native'
import { None, type PyValue } from '../python/runtime/object'
import { pyBool } from '../python/runtime/types/bool'
import { RequestKind } from '../python/runtime/native'
import { execute, wake } from '../python/vm/eval'
import type { Host, Wait, Waitable } from '../python/vm/host'
import type { Interpreter } from '../python/vm/interpreter'
import { Stop, type ThreadState } from '../python/vm/thread-state'
import { NativeFrame, NativeResult } from '../python/vm/frame'
import { defaultSwitchInterval, instructionCost, timerJitter } from './cost-model'
import { SeededRandom } from './rng'
import { SimProcess, SimThread, type ThreadStatus } from './sim-thread'
import { TimerQueue } from './timers'

export type Schedule = 'gil' | 'round-robin' | 'random' | 'free-threaded' | 'manual'

export interface KernelOptions {
  schedule?: Schedule
  seed?: number
  cpus?: number
  /** The GIL's switch interval in seconds (sys.setswitchinterval). */
  switchInterval?: number
  /** For the random schedule: the chance of a switch after each instruction. */
  switchProbability?: number
  /** Replayed scheduling decisions (the candidate index chosen at each decision point). */
  decisions?: number[]
}

/**
 * What the kernel reports as it happens, for the trace recorder. Observers read the time and the step from the
 * kernel (`now()`, `currentStep()`); with no observer nothing is computed.
 */
export interface KernelObserver {
  threadStarted?(thread: SimThread): void
  threadRenamed?(thread: SimThread): void
  threadStatus?(thread: SimThread, status: ThreadStatus): void
  gilHolder?(process: SimProcess, holder: SimThread | null): void
  gilDropRequest?(process: SimProcess, requester: SimThread): void
  primitive?(thread: SimThread, primitive: Waitable, op: string): void
  /** Threads that wait, each on a lock the next one holds: a deadlock among them, whatever the others do. */
  lockCycle?(threads: SimThread[], locks: Waitable[]): void
}

/** Why `run` returned. */
export type RunOutcome =
  | { kind: 'finished' }
  | { kind: 'deadlock'; blocked: SimThread[] }
  | { kind: 'out-of-steps' }
  | { kind: 'decision'; choices: SimThread[] }

const fixedEpoch = 1_700_000_000

/** The largest slice a lone running thread gets before the kernel looks around (keeps stepping responsive). */
const maxSlice = 1 << 16
/**
 * When several threads run in parallel (free-threaded, several processes) they advance a few instructions at a
 * time, in a seeded order: fine enough that a read-modify-write of one thread can interleave with another's.
 */
const maxParallelQuantum = 3

export class Kernel implements Host {
  /** Virtual time in nanoseconds. */
  time = 0
  readonly schedule: Schedule
  readonly cpus: number
  readonly processes: SimProcess[] = []
  readonly threads: SimThread[] = []
  readonly timers = new TimerQueue()
  readonly decisions: number[] = []
  /** The step at which each decision was made (going back to a step replays only the decisions before it). */
  readonly decisionSteps: number[] = []
  private readonly replay: number[]
  private readonly rng: SeededRandom
  private readonly switchProbability: number
  private nextIdent = 1
  private nextPid = 4242
  private readonly byState = new Map<ThreadState, SimThread>()
  /**
   * A pending manual choice: the process whose GIL is free, and the thread that may not take it back first (it
   * was forced to drop it). The threads offered are its GIL's waiters when the choice is made.
   */
  private pendingChoice: { process: SimProcess; excluded: SimThread | null } | null = null
  observer: KernelObserver = {}
  /** Instructions run by all threads before the current slice. */
  totalSteps = 0
  /**
   * The slice being run: its thread, its budget and its clock when it began. While it runs, the VM keeps
   * `ts.remaining` current whenever a built-in runs, so the slice's progress is `sliceBudget - ts.remaining`.
   */
  private sliceThread: SimThread | null = null
  private sliceBudget = 0
  private sliceStartTime = 0
  /** Random schedule: instructions left before the next forced switch (kept across slices, see `run`). */
  private switchCountdown = 0

  constructor(options: KernelOptions = {}) {
    this.schedule = options.schedule ?? 'gil'
    this.cpus = options.cpus ?? 4
    this.rng = new SeededRandom(options.seed ?? 0)
    this.switchProbability = options.switchProbability ?? 0.05
    this.replay = [...(options.decisions ?? [])]
    this.defaultSwitchInterval = options.switchInterval ?? defaultSwitchInterval
  }

  private readonly defaultSwitchInterval: number

  // --- processes and threads ---

  /** Adds a process whose main thread is `main` (already holding its first frame). */
  addProcess(interp: Interpreter, main: ThreadState, ppid = 0): SimProcess {
    interp.host = this
    interp.switchInterval = this.defaultSwitchInterval
    const process = new SimProcess(this.nextPid++, ppid, interp)
    this.processes.push(process)
    const thread = this.adopt(process, main, 'MainThread')
    this.makeRunnable(thread)
    return process
  }

  private adopt(process: SimProcess, ts: ThreadState, name: string): SimThread {
    const ident = this.nextIdent++
    const thread = new SimThread(ts, process, 139_800_000_000_000 + ident * 0x1000_000, process.pid + ident - 1, name)
    process.threads.push(thread)
    this.threads.push(thread)
    this.byState.set(ts, thread)
    this.observer.threadStarted?.(thread)
    return thread
  }

  threadOf(ts: ThreadState): SimThread {
    const t = this.byState.get(ts)
    if (!t) throw new Error('interleave: thread unknown to the kernel')
    return t
  }

  // --- Host ---

  /** Virtual time, exact to the instruction even in the middle of a slice. */
  now(): number {
    const t = this.sliceThread
    return t ? this.sliceStartTime + (this.sliceBudget - t.ts.remaining) * instructionCost : this.time
  }

  /** Instructions run so far by all threads, exact to the instruction. */
  currentStep(): number {
    const t = this.sliceThread
    return t ? this.totalSteps + this.sliceBudget - t.ts.remaining : this.totalSteps
  }

  changed(ts: ThreadState, primitive: Waitable, op: string): void {
    this.observer.primitive?.(this.threadOf(ts), primitive, op)
  }

  epochSeconds(): number {
    return fixedEpoch + this.time / 1e9
  }

  startThread(parent: ThreadState, callable: PyValue, args: PyValue[], kw: KwArgs | null): ThreadState {
    const process = this.threadOf(parent).process
    const ts = process.interp.newThread()
    const thread = this.adopt(process, ts, `Thread-${this.nextIdent}`)
    // The new thread starts inside a native frame that calls the target, so that its bottom frame is the call.
    const gen = (function* (): NativeGen {
      yield { kind: RequestKind.CALL, callable, args, kw }
      return None
    })()
    const nf = new NativeFrame(gen, NativeResult.DISCARD, 'thread')
    ts.frame = nf
    ts.wakeWith = { value: None, exc: null }
    this.makeRunnable(thread)
    return ts
  }

  identOf(ts: ThreadState): number {
    return this.threadOf(ts).ident
  }

  nativeIdOf(ts: ThreadState): number {
    return this.threadOf(ts).nativeId
  }

  pid(ts: ThreadState): number {
    return this.threadOf(ts).process.pid
  }

  ppid(ts: ThreadState): number {
    return this.threadOf(ts).process.ppid
  }

  setThreadInfo(ident: number, name: string, daemon: boolean): void {
    const thread = this.threads.find((t) => t.ident === ident)
    if (!thread) return
    const renamed = thread.name !== name || thread.daemon !== daemon
    thread.name = name
    thread.daemon = daemon
    if (renamed) this.observer.threadRenamed?.(thread)
  }

  cpuCount(): number {
    return this.cpus
  }

  threadEnd(ident: number): Waitable | null {
    const thread = this.threads.find((t) => t.ident === ident)
    return thread && thread.alive ? thread.end : null
  }

  mainIdent(ts: ThreadState): number {
    return this.threadOf(ts).process.threads[0].ident
  }

  notify(on: Waitable, n: number): number {
    let woken = 0
    while (woken < n && on.waiters.length) {
      const ts = on.waiters.shift()!
      const thread = this.threadOf(ts)
      if (thread.timer) thread.timer.cancelled = true
      thread.timer = null
      thread.waitingOn = null
      wake(ts, pyBool(true))
      this.makeRunnable(thread)
      woken++
    }
    if (woken && this.sliceThread) this.observer.primitive?.(this.sliceThread, on, 'wake')
    return woken
  }

  // --- states ---

  private setStatus(thread: SimThread, status: ThreadStatus): void {
    if (thread.status === status) return
    const now = this.now()
    if (status === 'running') thread.clock = Math.max(thread.clock, now)
    thread.status = status
    thread.since = now
    this.observer.threadStatus?.(thread, status)
  }

  private usesGil(): boolean {
    return this.schedule !== 'free-threaded'
  }

  /** A thread that can run again: it needs its process's GIL (or, free-threaded, a CPU). */
  private makeRunnable(thread: SimThread): void {
    if (!this.usesGil()) {
      this.setStatus(thread, 'ready')
      // A CPU may be free for it: have the running threads stop at their next eval-breaker point to reschedule.
      for (const t of this.threads) if (t.status === 'running') t.ts.evalBreaker = true
      return
    }
    this.setStatus(thread, 'gil-wait')
    this.wantGil(thread)
  }

  private wantGil(thread: SimThread): void {
    const gil = thread.process.gil
    if (gil.holder === null && gil.waiters.length === 0) {
      this.takeGil(thread)
      return
    }
    gil.waiters.push(thread)
    this.startGilWait(thread)
    // Round-robin and manual switch at every eval-breaker point while someone waits.
    if (gil.holder && (this.schedule === 'round-robin' || this.schedule === 'manual')) gil.holder.ts.evalBreaker = true
  }

  /** A waiter's timed wait on the GIL's condition: when it times out with no switch meanwhile, it asks for a drop. */
  private startGilWait(thread: SimThread): void {
    const gil = thread.process.gil
    const interval = Math.max(thread.process.interp.switchInterval, 1e-6) * 1e9
    thread.gilSwitchSeen = gil.switchNumber
    thread.gilDeadline = this.now() + Math.round(interval * (1 + timerJitter * this.rng.next()))
    const deadline = thread.gilDeadline
    this.timers.add(deadline, () => {
      if (thread.status !== 'gil-wait' || thread.gilDeadline !== deadline) return
      if (gil.switchNumber === thread.gilSwitchSeen && gil.holder !== null) {
        gil.dropRequested = true
        gil.holder.ts.evalBreaker = true
        this.observer.gilDropRequest?.(thread.process, thread)
      }
      this.startGilWait(thread)
    })
  }

  private takeGil(thread: SimThread): void {
    const gil = thread.process.gil
    const i = gil.waiters.indexOf(thread)
    if (i >= 0) gil.waiters.splice(i, 1)
    gil.holder = thread
    if (gil.lastHolder !== thread) {
      gil.lastHolder = thread
      gil.switchNumber++
    }
    gil.dropRequested = false
    thread.gilDeadline = Infinity
    thread.ts.evalBreaker = this.schedule === 'round-robin' || this.schedule === 'manual'
    this.setStatus(thread, 'running')
    this.observer.gilHolder?.(thread.process, thread)
  }

  /**
   * Releases the GIL and hands it to a waiter, as drop_gil + the OS waking one waiter. After a forced drop the
   * dropping thread may not take it back first (FORCE_SWITCHING).
   */
  private releaseGil(thread: SimThread, forced: boolean): void {
    const gil = thread.process.gil
    if (gil.holder !== thread) return
    gil.holder = null
    gil.dropRequested = false
    thread.ts.evalBreaker = false
    this.observer.gilHolder?.(thread.process, null)
    const candidates = gil.waiters.filter((w) => w !== thread || !forced)
    if (candidates.length === 0) {
      if (gil.waiters.length) this.takeGil(gil.waiters[0])
      return
    }
    if (candidates.length === 1 || this.schedule === 'round-robin') this.takeGil(candidates[0])
    else if (this.schedule === 'manual')
      this.pendingChoice = { process: thread.process, excluded: forced ? thread : null }
    else this.takeGil(candidates[this.decide(candidates.length)])
  }

  /**
   * One recorded decision: replayed if given, else the seeded generator's (the OS's) — which is drawn either way,
   * so that a replayed run consumes the generator exactly as the recorded one did.
   */
  private decide(n: number): number {
    const drawn = this.rng.below(n)
    const i = this.replay.length ? this.replay.shift()! % n : drawn
    this.decisions.push(i)
    this.decisionSteps.push(this.currentStep())
    return i
  }

  /**
   * Settles a pending manual choice where it can be settled without the user: a replayed decision, or a single
   * thread left to offer. Either way the same code runs at the same point as when the user chooses.
   */
  private settleChoice(): void {
    const choices = this.choices()
    if (!choices) return
    if (choices.length === 0) this.pendingChoice = null
    else if (choices.length === 1) this.choose(choices[0], false)
    else if (this.replay.length) this.choose(choices[this.replay.shift()! % choices.length])
  }

  // --- blocking ---

  private block(thread: SimThread, wait: Wait): void {
    const now = this.now()
    if (wait.kind === 'sleep') {
      if (wait.ns <= 0) {
        // sleep(0) releases the GIL and asks for it again at once.
        if (this.usesGil()) this.releaseGil(thread, false)
        wake(thread.ts, None)
        this.makeRunnable(thread)
        return
      }
      thread.until = now + wait.ns
      this.setStatus(thread, 'sleeping')
      if (this.usesGil()) this.releaseGil(thread, false)
      thread.timer = this.timers.add(thread.until, () => {
        thread.timer = null
        wake(thread.ts, None)
        this.makeRunnable(thread)
      })
      return
    }
    const on = wait.on
    thread.waitingOn = on
    thread.until = wait.timeoutNs === null ? Infinity : now + Math.max(0, wait.timeoutNs)
    on.waiters.push(thread.ts)
    this.setStatus(thread, 'blocked')
    this.observer.primitive?.(thread, on, 'block')
    if (this.usesGil()) this.releaseGil(thread, false)
    if (this.observer.lockCycle) this.findLockCycle(thread)
    if (wait.timeoutNs !== null) {
      thread.timer = this.timers.add(thread.until, () => {
        thread.timer = null
        const i = on.waiters.indexOf(thread.ts)
        if (i >= 0) on.waiters.splice(i, 1)
        thread.waitingOn = null
        wake(thread.ts, pyBool(false))
        this.makeRunnable(thread)
        this.observer.primitive?.(thread, on, 'timeout')
      })
    }
  }

  /** Follows "waits on a lock held by" from a thread that just blocked; a way back to it is a lock cycle. */
  private findLockCycle(start: SimThread): void {
    const threads: SimThread[] = []
    const locks: Waitable[] = []
    for (let t: SimThread | null = start; t && t.waitingOn;) {
      const owner = t.waitingOn.view?.().owner
      if (!owner) return
      threads.push(t)
      locks.push(t.waitingOn)
      t = this.threadOf(owner)
      if (t === start) {
        this.observer.lockCycle?.(threads, locks)
        return
      }
      if (threads.includes(t)) return
    }
  }

  private finish(thread: SimThread): void {
    this.setStatus(thread, 'finished')
    if (this.usesGil()) this.releaseGil(thread, false)
    thread.waitingOn = null
    this.notify(thread.end, Infinity)
  }

  // --- running ---

  /** Chooses the thread the manual schedule is waiting for (recorded as a decision), then `run` continues. */
  choose(thread: SimThread, record = true): void {
    const choices = this.choices()
    if (!choices?.includes(thread)) throw new Error('interleave: that thread is not a choice now')
    this.pendingChoice = null
    if (record) {
      this.decisions.push(choices.indexOf(thread))
      this.decisionSteps.push(this.currentStep())
    }
    this.takeGil(thread)
  }

  /** The thread running the current slice (whose built-ins are executing), or null between slices. */
  runningThread(): ThreadState | null {
    return this.sliceThread?.ts ?? null
  }

  /** At the end of the program: daemon threads still alive are stopped where they stand. */
  stopDaemons(): void {
    for (const t of this.threads) {
      if (!t.alive || !t.daemon) continue
      if (t.timer) t.timer.cancelled = true
      const gil = t.process.gil
      if (gil.holder === t) {
        gil.holder = null
        this.observer.gilHolder?.(t.process, null)
      }
      const i = gil.waiters.indexOf(t)
      if (i >= 0) gil.waiters.splice(i, 1)
      this.setStatus(t, 'finished')
    }
  }

  /** The threads offered by the manual schedule now, or null when no choice is pending. */
  choices(): SimThread[] | null {
    const pending = this.pendingChoice
    if (!pending) return null
    const waiters = pending.process.gil.waiters
    const offered = waiters.filter((t) => t !== pending.excluded)
    return offered.length ? offered : [...waiters]
  }

  /** The threads that hold a CPU now. */
  running(): SimThread[] {
    if (this.usesGil()) {
      const holders: SimThread[] = []
      for (const p of this.processes) if (p.gil.holder) holders.push(p.gil.holder)
      return holders.slice(0, this.cpus)
    }
    const ready = this.threads.filter((t) => t.status === 'running' || t.status === 'ready')
    const running = ready.filter((t) => t.status === 'running')
    for (const t of ready) {
      if (running.length >= this.cpus) break
      if (t.status === 'ready') {
        this.setStatus(t, 'running')
        running.push(t)
      }
    }
    return running
  }

  /**
   * Runs until every thread has finished, a deadlock, `maxSteps` instructions in all, or (manual schedule) a
   * choice is needed. Running to step N and then on gives the same run as running on at once: nothing the
   * schedules decide depends on where a call to `run` stops (a parallel quantum of a few instructions is the one
   * thing not cut, so the run may stop a few steps past N). `onThreadEnd` lets the owner react when a thread's
   * bottom frame ends (print an uncaught exception…).
   */
  run(maxSteps: number, onThreadEnd: (thread: SimThread) => void): RunOutcome {
    for (;;) {
      this.settleChoice()
      if (this.pendingChoice) return { kind: 'decision', choices: this.choices()! }
      this.fireDueTimers()
      this.settleChoice()
      if (this.pendingChoice) return { kind: 'decision', choices: this.choices()! }
      // The program ends when its non-daemon threads have ended; daemon threads are stopped with it.
      if (this.threads.every((t) => !t.alive || t.daemon)) return { kind: 'finished' }
      if (this.totalSteps >= maxSteps) return { kind: 'out-of-steps' }
      const running = this.running()
      if (running.length === 0) {
        const next = this.timers.peek()
        if (next === Infinity) return { kind: 'deadlock', blocked: this.threads.filter((t) => t.alive) }
        this.time = Math.max(this.time, next)
        continue
      }
      if (running.length === 1) this.runAlone(running[0], maxSteps, onThreadEnd)
      else this.runInParallel(running, onThreadEnd)
    }
  }

  private runAlone(thread: SimThread, maxSteps: number, onThreadEnd: (thread: SimThread) => void): void {
    let budget = Math.min(maxSlice, maxSteps - this.totalSteps)
    const nextEvent = this.timers.peek()
    if (nextEvent !== Infinity)
      budget = Math.max(1, Math.min(budget, Math.ceil((nextEvent - this.time) / instructionCost)))
    if (this.schedule === 'random') {
      if (this.switchCountdown <= 0) this.switchCountdown = this.geometric()
      budget = Math.min(budget, this.switchCountdown)
    }
    const steps = this.step(thread, budget, this.time, onThreadEnd)
    this.time += steps * instructionCost
    thread.clock = this.time
  }

  /**
   * Threads running in parallel each keep a clock; the one furthest behind runs next, a few instructions (a
   * quantum is never cut short by `maxSteps`).
   */
  private runInParallel(running: SimThread[], onThreadEnd: (thread: SimThread) => void): void {
    let thread = running[0]
    for (const t of running) if (t.clock < thread.clock) thread = t
    const start = thread.clock
    const steps = this.step(thread, 1 + this.rng.below(maxParallelQuantum), start, onThreadEnd)
    thread.clock = start + Math.max(steps, 1) * instructionCost
    let earliest = Infinity
    for (const t of running) if (t.status === 'running' && t.clock < earliest) earliest = t.clock
    if (earliest !== Infinity) this.time = Math.max(this.time, earliest)
  }

  /** Instructions until the random schedule's next switch: geometric with the switch probability. */
  private geometric(): number {
    const p = this.switchProbability
    if (p >= 1) return 1
    if (p <= 0) return Infinity
    return Math.max(1, Math.ceil(Math.log(1 - this.rng.next()) / Math.log(1 - p)))
  }

  private fireDueTimers(): void {
    for (let t = this.timers.popDue(this.time); t; t = this.timers.popDue(this.time)) t.fire()
  }

  /**
   * Runs one thread for up to `budget` instructions from virtual time `start`, advances its clock, and applies
   * what stopped it; returns the steps taken.
   */
  private step(thread: SimThread, budget: number, start: number, onThreadEnd: (thread: SimThread) => void): number {
    const ts = thread.ts
    const before = ts.steps
    this.sliceThread = thread
    this.sliceBudget = budget
    this.sliceStartTime = start
    ts.remaining = budget
    const stop = execute(ts, budget)
    const steps = ts.steps - before
    thread.cpuTime += steps * instructionCost
    this.switchCountdown -= steps
    switch (stop) {
      case Stop.FINISHED:
        this.finish(thread)
        onThreadEnd(thread)
        break
      case Stop.BLOCKED:
        this.block(thread, ts.blockedOn as Wait)
        break
      case Stop.SWITCH:
        this.evalBreakerSwitch(thread)
        break
      case Stop.BUDGET:
        if (this.schedule === 'random' && this.switchCountdown <= 0) this.randomSwitch(thread)
        break
    }
    this.sliceThread = null
    this.totalSteps += steps
    return steps
  }

  /** At an eval-breaker point with a drop request (or on every one, round-robin/manual), switch. */
  private evalBreakerSwitch(thread: SimThread): void {
    if (!this.usesGil()) {
      thread.ts.evalBreaker = false
      return
    }
    const gil = thread.process.gil
    if (gil.holder !== thread || gil.waiters.length === 0) {
      thread.ts.evalBreaker = false
      return
    }
    this.setStatus(thread, 'gil-wait')
    gil.waiters.push(thread)
    this.startGilWait(thread)
    this.releaseGil(thread, true)
    if (gil.holder === null && !this.pendingChoice) this.takeGil(thread)
  }

  private randomSwitch(thread: SimThread): void {
    const gil = thread.process.gil
    if (gil.holder !== thread || gil.waiters.length === 0) return
    this.setStatus(thread, 'gil-wait')
    gil.waiters.push(thread)
    this.startGilWait(thread)
    this.releaseGil(thread, true)
  }
}
