// What the control bar sets for the next run, with the simulator's defaults.
import type { Schedule } from '../../../simulator'

export const schedules: Schedule[] = ['gil', 'round-robin', 'random', 'manual', 'free-threaded']

export interface ControlSettings {
  schedule: Schedule
  seed: number
  cpus: number
  /** The GIL's switch interval, in milliseconds (sys.setswitchinterval takes seconds). */
  switchIntervalMs: number
  granularity: 'line' | 'instruction'
  /** Play's speed, in steps per second. */
  speed: number
}

export const defaultControlSettings: ControlSettings = {
  schedule: 'gil',
  seed: 0,
  cpus: 4,
  switchIntervalMs: 5,
  granularity: 'line',
  speed: 4,
}

/** A run's step budget in the app: a runaway loop ends with a message instead of running for ever. */
export const appStepBudget = 50_000_000
