// How much virtual time things take. CPython 3.11 runs simple bytecode at roughly 25–50 million instructions per
// second on a current CPU; one instruction costs the same here whatever it is, which keeps the model explainable:
// a program's CPU time is its instruction count times this cost.

/** Virtual nanoseconds per executed instruction (bytecode or built-in step). */
export const instructionCost = 25

/** Default `sys.getswitchinterval()`: CPython's 5 ms. */
export const defaultSwitchInterval = 0.005

/** The GIL waiter's timed wait overshoots by up to this fraction, as OS timers do (seeded, see gil.ts). */
export const timerJitter = 0.05

export function seconds(ns: number): number {
  return ns / 1e9
}

export function nanoseconds(s: number): number {
  return Math.round(s * 1e9)
}
