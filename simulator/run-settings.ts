// What determines a run besides the source and the scheduling decisions; stored in trace files.
import type { Schedule } from './kernel/kernel'

/** What determines a run besides the source and the decisions: stored in trace files. */
export interface RunSettings {
  schedule: Schedule
  seed: number
  cpus: number
  /** The GIL's switch interval in seconds. */
  switchInterval: number
  /** Random schedule: chance of a switch after each instruction. */
  switchProbability: number
  /** The run ends with status 4 after this many instructions (null: no limit). */
  maxSteps: number | null
  /** sys.argv. */
  argv: string[]
}

export const defaultSettings: RunSettings = {
  schedule: 'gil',
  seed: 0,
  cpus: 4,
  switchInterval: 0.005,
  switchProbability: 0.05,
  maxSteps: null,
  argv: [],
}
