// Level of detail: a lane reduced to runs of whole pixels, however many segments it has. A pixel inside one
// segment takes its value, and a run of such pixels is one rectangle. A pixel shared by a few segments takes the
// value covering most of it; by many, the value most of 16 evenly spread samples fall on, so the cost of a frame
// depends on its width, not on the length of the run. A step chart's pixel takes its highest value, and a holder
// lane's (GIL, lock) a holder over nobody, so that short peaks and short holds stay visible.
import { lastAtOrBefore, lastBefore } from './growable'
import type { StepTrack } from './step-track'

/** The time range drawn across `width` pixels. */
export interface View {
  from: number
  to: number
  width: number
}

/** 'held': as 'dominant', but negative values (nobody holds it) only where nothing else shares the pixel. */
export type PixelRule = 'dominant' | 'held' | 'max'

/** Pixels shared by more segments than this are sampled. */
const exactLimit = 32
const samples = 16

const mixValues = new Int32Array(exactLimit + 1)
const mixWeights = new Float64Array(exactLimit + 1)

/** Calls `run(x0, x1, value)` for maximal runs of whole pixels [x0, x1) of one value; the track ends at `end`. */
export function pixelRuns(
  track: StepTrack,
  end: number,
  view: View,
  rule: PixelRule,
  run: (x0: number, x1: number, value: number) => void,
): void {
  const n = track.length
  const { from, to, width } = view
  const last = Math.min(end, to)
  if (n === 0 || to <= from || width <= 0 || track.time[0] >= last) return
  const time = track.time
  const values = track.value
  const scale = width / (to - from)
  let runStart = 0
  let runEnd = 0
  let runValue = 0
  const emit = (x0: number, x1: number, value: number) => {
    if (runEnd > runStart && value === runValue && x0 === runEnd) {
      runEnd = x1
      return
    }
    if (runEnd > runStart) run(runStart, runEnd, runValue)
    runStart = x0
    runEnd = x1
    runValue = value
  }
  const pixelEnd = Math.min(width, Math.ceil((last - from) * scale))
  for (let p = Math.max(0, Math.floor((time[0] - from) * scale)); p < pixelEnd;) {
    const t0 = from + p / scale
    const t1 = Math.min(from + (p + 1) / scale, last)
    const a = Math.max(0, lastAtOrBefore(time, n, t0))
    const b = lastBefore(time, n, t1)
    if (b <= a) {
      const segmentEnd = a + 1 < n ? time[a + 1] : end
      const next = Math.min(pixelEnd, Math.max(p + 1, Math.floor((segmentEnd - from) * scale)))
      emit(p, next, values[a])
      p = next
      continue
    }
    let value: number
    if (rule === 'max') {
      value = values[a]
      for (let k = a + 1; k <= b; k++) if (values[k] > value) value = values[k]
    } else if (b - a < exactLimit) value = coveringMost(time, values, a, b, t0, t1, end, rule === 'held')
    else value = mostSampled(time, values, a, b, t0, t1, rule === 'held')
    emit(p, p + 1, value)
    p++
  }
  if (runEnd > runStart) run(runStart, runEnd, runValue)
}

/** The value of segments a..b covering most of [t0, t1). */
function coveringMost(
  time: Float64Array,
  values: Int32Array,
  a: number,
  b: number,
  t0: number,
  t1: number,
  end: number,
  held: boolean,
): number {
  let count = 0
  for (let k = a; k <= b; k++) {
    const start = Math.max(time[k], t0)
    const stop = Math.min(k < b ? time[k + 1] : end, t1)
    let slot = 0
    while (slot < count && mixValues[slot] !== values[k]) slot++
    if (slot === count) {
      mixValues[count] = values[k]
      mixWeights[count++] = 0
    }
    mixWeights[slot] += Math.max(0, stop - start)
  }
  return heaviest(count, held)
}

/** The value most of `samples` evenly spread instants of [t0, t1) fall on, among segments a..b. */
function mostSampled(
  time: Float64Array,
  values: Int32Array,
  a: number,
  b: number,
  t0: number,
  t1: number,
  held: boolean,
): number {
  let count = 0
  let k = a
  for (let s = 0; s < samples; s++) {
    const t = t0 + ((s + 0.5) * (t1 - t0)) / samples
    k = lastAtOrBefore(time, b + 1, t, k)
    let slot = 0
    while (slot < count && mixValues[slot] !== values[k]) slot++
    if (slot === count) {
      mixValues[count] = values[k]
      mixWeights[count++] = 0
    }
    mixWeights[slot]++
  }
  return heaviest(count, held)
}

/** The value of the mix with the most weight; with `held`, a held value before nobody. */
function heaviest(count: number, held: boolean): number {
  let best = 0
  for (let slot = 1; slot < count; slot++) {
    const heldOverFree = held && mixValues[best] < 0 && mixValues[slot] >= 0
    const freeUnderHeld = held && mixValues[best] >= 0 && mixValues[slot] < 0
    if (heldOverFree || (!freeUnderHeld && mixWeights[slot] > mixWeights[best])) best = slot
  }
  return mixValues[best]
}
