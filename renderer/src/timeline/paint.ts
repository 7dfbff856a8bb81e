// Drawing the lanes in view onto a 2D canvas: per lane, the pixel runs of lod.ts filled as lane-style.ts says.
import { backgroundAlpha, fadedAlpha, laneFill, type Fill } from './lane-style'
import type { Lane, LaneSet } from './lanes'
import { pixelRuns, type View } from './lod'

export interface Row {
  lane: Lane
  y: number
  height: number
}

type Tile = (size: number, color: string) => OffscreenCanvas

const tiles: Record<'hatched' | 'dotted', Tile> = {
  hatched: (size, color) => {
    const tile = new OffscreenCanvas(size, size)
    const g = tile.getContext('2d')!
    g.strokeStyle = color
    g.lineWidth = size / 4
    g.beginPath()
    for (const shift of [-size, 0, size]) {
      g.moveTo(shift, size)
      g.lineTo(shift + size, 0)
    }
    g.stroke()
    return tile
  },
  dotted: (size, color) => {
    const tile = new OffscreenCanvas(size, size)
    const g = tile.getContext('2d')!
    g.fillStyle = color
    g.beginPath()
    g.arc(size / 2, size / 2, size / 6, 0, 2 * Math.PI)
    g.fill()
    return tile
  },
}

export class LanePainter {
  private readonly patterns = new Map<string, CanvasPattern>()

  /** `scale`: device pixels per CSS pixel; rows are in CSS pixels, the view's width in device pixels. */
  constructor(
    private readonly g: CanvasRenderingContext2D,
    private readonly scale: number,
  ) {}

  paint(set: LaneSet, rows: readonly Row[], view: View): void {
    const g = this.g
    g.clearRect(0, 0, g.canvas.width, g.canvas.height)
    for (const row of rows) {
      const y = row.y * this.scale
      const h = row.height * this.scale
      const lane = row.lane
      if (lane.kind === 'semaphore' || lane.kind === 'queue') {
        const max = Math.max(lane.max, 1)
        const { color } = laneFill(lane, 0)
        g.fillStyle = color
        g.globalAlpha = 1
        g.fillRect(0, y + h - this.scale, view.width, this.scale)
        pixelRuns(lane.track, set.endTime, view, 'max', (x0, x1, value) => {
          const bar = (Math.max(0, value) / max) * (h - this.scale)
          g.fillRect(x0, y + h - this.scale - bar, x1 - x0, bar)
        })
        continue
      }
      pixelRuns(lane.track, set.endTime, view, lane.kind === 'thread' ? 'dominant' : 'held', (x0, x1, value) => {
        const { fill, color } = laneFill(lane, value)
        this.fill(fill, color, x0, y, x1 - x0, h)
      })
    }
    g.globalAlpha = 1
  }

  private fill(fill: Fill, color: string, x: number, y: number, w: number, h: number): void {
    const g = this.g
    switch (fill) {
      case 'none':
        return
      case 'solid':
      case 'faded':
        g.globalAlpha = fill === 'solid' ? 1 : fadedAlpha
        g.fillStyle = color
        g.fillRect(x, y, w, h)
        return
      case 'thin':
        g.globalAlpha = 0.7
        g.fillStyle = color
        g.fillRect(x, y + h * 0.4, w, h * 0.2)
        return
      case 'hatched':
      case 'dotted':
        g.globalAlpha = backgroundAlpha
        g.fillStyle = color
        g.fillRect(x, y, w, h)
        g.globalAlpha = 1
        g.fillStyle = this.pattern(fill, color)
        g.fillRect(x, y, w, h)
    }
  }

  private pattern(fill: 'hatched' | 'dotted', color: string): CanvasPattern {
    const key = `${fill} ${color}`
    let pattern = this.patterns.get(key)
    if (!pattern) {
      pattern = this.g.createPattern(tiles[fill](Math.round(6 * this.scale), color), 'repeat')!
      this.patterns.set(key, pattern)
    }
    return pattern
  }
}
