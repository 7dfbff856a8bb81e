// The label on the left of each lane.
import type { Lane } from './lanes'
import type { TimelineStrings } from './messages'
import type { TraceIndex } from './trace-index'

export function laneLabel(lane: Lane, index: TraceIndex, strings: TimelineStrings): string {
  switch (lane.kind) {
    case 'thread':
      return index.threadName(lane.thread)
    case 'gil':
      return index.processes.length > 1
        ? strings.timelineGilOfProcess.replace('{process}', String(lane.process))
        : strings.timelineGil
    default:
      return index.primitiveName(lane.primitive)
  }
}
