// Real states for the panels' tests: a program run on the simulator, recorded, and its state at a step.
import { Simulation, decodeAll, stateAt, type StateSnapshot, type TraceEvent } from '../../../../simulator'

export interface RunAt {
  snapshot: StateSnapshot
  events: TraceEvent[]
}

/** The state at `step` (the last step when omitted: where a deadlocked run stands before it is ended). */
export function runTo(source: string, step?: number, seed = 1): RunAt {
  const simulation = new Simulation(source, 'prog.py', { record: true, schedule: 'gil', seed })
  simulation.advance()
  const trace = simulation.trace()
  const at = step ?? trace.outcome.steps
  return { snapshot: stateAt(trace, at), events: decodeAll(simulation.log!).filter((e) => e.step <= at) }
}
