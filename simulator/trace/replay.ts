// Re-running a trace: the same source, settings and decisions must give the same events. Strings are compared
// by their text, so the comparison does not depend on the order of the string table.
import { Simulation } from '../simulation'
import { snapshot, type StateSnapshot } from '../snapshot'
import { decodeEvent } from './decode'
import { eventKinds } from './event-kinds'
import type { EventLog } from './event-log'
import type { TraceFile } from './trace-file'

export interface ReplayResult {
  identical: boolean
  /** One line: what matched, or where the runs first differ. */
  message: string
  /** The index of the first event that differs, or null. */
  firstDifference: number | null
}

/** Runs the trace's program again, recorded, up to instruction `untilStep` (by default to its end). */
export function rerun(trace: TraceFile, untilStep = Infinity): Simulation {
  const simulation = new Simulation(trace.source, trace.filename, {
    ...trace.settings,
    decisions: trace.decisions,
    record: true,
  })
  simulation.advance(untilStep)
  return simulation
}

/** The state of the trace's run at instruction `step`, by re-running it from the start to there. */
export function stateAt(trace: TraceFile, step: number): StateSnapshot {
  return snapshot(rerun(trace, step))
}

const primitive = eventKinds.indexOf('primitive')

function sameEvent(x: EventLog, y: EventLog, i: number): boolean {
  const a = x.get(i)
  const b = y.get(i)
  return (
    a.step === b.step &&
    a.time === b.time &&
    a.kind === b.kind &&
    a.thread === b.thread &&
    a.a === b.a &&
    a.c === b.c &&
    (a.kind === primitive ? x.string(a.b) === y.string(b.b) : a.b === b.b) &&
    x.string(a.text) === y.string(b.text)
  )
}

function describe(log: EventLog, i: number): string {
  if (i >= log.length) return 'nothing (the run had ended)'
  const { index: _index, ...event } = decodeEvent(log, i)
  return JSON.stringify(event)
}

/** The index of the first event where the logs differ, or null when they are identical. */
export function firstDifference(x: EventLog, y: EventLog): number | null {
  const n = Math.min(x.length, y.length)
  for (let i = 0; i < n; i++) if (!sameEvent(x, y, i)) return i
  return x.length === y.length ? null : n
}

export function replay(trace: TraceFile): ReplayResult {
  const log = rerun(trace).log!
  const i = firstDifference(trace.log, log)
  if (i === null) return { identical: true, message: `replayed ${log.length} events: identical`, firstDifference: null }
  const step = i < trace.log.length ? trace.log.get(i).step : log.get(i).step
  return {
    identical: false,
    message: `events differ from event ${i} (step ${step}): recorded ${describe(trace.log, i)}, replayed ${describe(log, i)}`,
    firstDifference: i,
  }
}
