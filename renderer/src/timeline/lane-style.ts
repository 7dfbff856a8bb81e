// How lanes look, shared by the canvas and the SVG export: a thread's lane is in its colour, its state shown by
// the fill; a GIL or lock lane in the colour of the thread holding it; step charts in one neutral colour.
import { threadColor } from '../theme/thread-colors'
import { nobody, threadLaneStates, type Lane } from './lanes'

export type Fill = 'solid' | 'faded' | 'hatched' | 'dotted' | 'thin' | 'none'

export type ThreadLaneState = (typeof threadLaneStates)[number]

export const stateFill: Record<ThreadLaneState, Fill> = {
  new: 'thin',
  running: 'solid',
  'gil-wait': 'faded',
  ready: 'dotted',
  blocked: 'hatched',
  sleeping: 'thin',
  finished: 'none',
}

/** The states in the legend, in this order. */
export const legendStates = ['running', 'gil-wait', 'ready', 'blocked', 'sleeping'] as const satisfies ThreadLaneState[]

export type LegendState = (typeof legendStates)[number]

export const counterColor = '#6b7280'

/** Opacity of a faded fill; hatches and dots are drawn over a fill this faint. */
export const fadedAlpha = 0.35
export const backgroundAlpha = 0.12

/** How a value of a lane is drawn. */
export function laneFill(lane: Lane, value: number): { fill: Fill; color: string } {
  switch (lane.kind) {
    case 'thread':
      return { fill: stateFill[threadLaneStates[value]] ?? 'none', color: threadColor(lane.thread) }
    case 'gil':
    case 'lock':
      return value === nobody ? { fill: 'none', color: '' } : { fill: 'solid', color: threadColor(value) }
    default:
      return { fill: 'solid', color: counterColor }
  }
}

export const laneHeights: Record<Lane['kind'], number> = {
  thread: 22,
  gil: 16,
  lock: 14,
  semaphore: 30,
  queue: 30,
}

export const laneGap = 4

/** Each lane's top and height, and the height of them all. */
export function laneLayout(lanes: readonly Lane[]): {
  rows: { lane: Lane; y: number; height: number }[]
  height: number
} {
  let y = laneGap
  const rows = lanes.map((lane) => {
    const row = { lane, y, height: laneHeights[lane.kind] }
    y += row.height + laneGap
    return row
  })
  return { rows, height: y }
}
