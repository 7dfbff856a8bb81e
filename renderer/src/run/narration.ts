// The one-line explanation of where the run stands: the narration of the last event at or before the cursor.
import type { EventLog } from '../../../simulator'
import { narrate } from '../timeline/narrate'
import { TraceIndex } from '../timeline/trace-index'
import type { TimelineLanguage } from '../timeline/messages'

export class Narrator {
  private index: TraceIndex

  constructor(readonly log: EventLog) {
    this.index = new TraceIndex(log)
  }

  /** The narration at step `cursor` of the first `length` events, or '' before the first event. */
  at(length: number, cursor: number, language: TimelineLanguage): string {
    this.index.advance(length)
    const steps = this.log.column('step')
    let lo = 0
    let hi = Math.min(length, steps.length)
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (steps[mid] <= cursor) lo = mid + 1
      else hi = mid
    }
    return lo === 0 ? '' : narrate(this.index, lo - 1, language)
  }
}
