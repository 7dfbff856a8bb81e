// Running a whole program, as `python3 file.py` runs it: the exit status CPython would give (3 on a deadlock, 4
// when the step limit ends the run), with the machine kept for inspection.
import type { Kernel } from './kernel/kernel'
import { Simulation, type Outcome, type SimulationOptions } from './simulation'

export type RunOptions = SimulationOptions

export interface RunResult {
  status: number
  steps: number
  outcome: Outcome
  /** Virtual nanoseconds the run took. */
  time: number
  kernel: Kernel
  simulation: Simulation
}

export function runProgram(source: string, filename: string, options: RunOptions = {}): RunResult {
  const simulation = new Simulation(source, filename, options)
  simulation.advance()
  const { kernel } = simulation
  return {
    status: simulation.status!,
    steps: kernel.totalSteps,
    outcome: simulation.outcome,
    time: kernel.time,
    kernel,
    simulation,
  }
}
