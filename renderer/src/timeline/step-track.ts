// A lane's content as a step function: the moments its value changes. Segment k runs from change k to change k+1
// (the last to the end of the run). Changes at one moment keep only the last; a change to the same value is none.
import { lastAtOrBefore, withRoom } from './growable'

export class StepTrack {
  length = 0
  /** The columns, valid up to `length` (replaced as they grow). */
  time = new Float64Array(16)
  step = new Float64Array(16)
  value = new Int32Array(16)
  /** The event that made each change. */
  event = new Int32Array(16)

  push(time: number, step: number, value: number, event: number): void {
    let n = this.length
    if (n > 0 && this.value[n - 1] === value) return
    if (n > 0 && this.time[n - 1] === time) {
      if (n > 1 && this.value[n - 2] === value) {
        this.length--
        return
      }
      n--
    } else if (n === this.time.length) {
      this.time = withRoom(this.time, n)
      this.step = withRoom(this.step, n)
      this.value = withRoom(this.value, n)
      this.event = withRoom(this.event, n)
    }
    this.time[n] = time
    this.step[n] = step
    this.value[n] = value
    this.event[n] = event
    this.length = n + 1
  }

  /** The segment holding `time` (the last change at or before it), or -1 before the first. */
  indexAt(time: number): number {
    return lastAtOrBefore(this.time, this.length, time)
  }
}
