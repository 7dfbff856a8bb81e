// The legend's words: the thread states it shows, then held GIL/lock lanes and step charts.
import type { LegendState } from './lane-style'
import type { TimelineStrings } from './messages'

export function legendLabels(strings: TimelineStrings): Record<LegendState, string> {
  return {
    running: strings.timelineStateRunning,
    'gil-wait': strings.timelineStateGilWait,
    ready: strings.timelineStateReady,
    blocked: strings.timelineStateBlocked,
    sleeping: strings.timelineStateSleeping,
  }
}
