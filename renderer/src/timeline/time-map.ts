// Steps ↔ virtual time, by binary search on the events' columns. Between two events at different steps the
// instructions ran at a steady pace, so the time of a step in between is interpolated; an idle stretch (everyone
// sleeping) is between events at one step, so it maps to that step.
import { lastAtOrBefore } from './growable'

/** The time at which instruction `step` runs; `times` non-decreasing, as `steps`. */
export function timeAtStep(steps: ArrayLike<number>, times: ArrayLike<number>, length: number, step: number): number {
  if (length === 0) return 0
  const i = lastAtOrBefore(steps, length, step)
  if (i < 0) return times[0]
  if (i === length - 1) return times[i]
  return times[i] + ((step - steps[i]) * (times[i + 1] - times[i])) / (steps[i + 1] - steps[i])
}

/** The step running at `time`: the last instruction begun at or before it. */
export function stepAtTime(steps: ArrayLike<number>, times: ArrayLike<number>, length: number, time: number): number {
  if (length === 0) return 0
  const i = lastAtOrBefore(times, length, time)
  if (i < 0) return steps[0]
  if (i === length - 1) return steps[i]
  // Multiplying first keeps integer times and steps exact.
  return steps[i] + Math.floor(((time - times[i]) * (steps[i + 1] - steps[i])) / (times[i + 1] - times[i]))
}
