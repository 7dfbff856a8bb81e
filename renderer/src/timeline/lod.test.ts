import { describe, expect, it } from 'vitest'
import { pixelRuns, type PixelRule, type View } from './lod'
import { StepTrack } from './step-track'

function track(changes: [number, number][]): StepTrack {
  const t = new StepTrack()
  changes.forEach(([time, value], i) => t.push(time, i, value, i))
  return t
}

function runs(t: StepTrack, end: number, view: View, rule: PixelRule = 'dominant'): [number, number, number][] {
  const out: [number, number, number][] = []
  pixelRuns(t, end, view, rule, (x0, x1, value) => out.push([x0, x1, value]))
  return out
}

describe('pixel runs', () => {
  it('draw segments wider than a pixel as they are, to the pixel', () => {
    const t = track([
      [0, 1],
      [100, 2],
      [300, 1],
    ])
    expect(runs(t, 400, { from: 0, to: 400, width: 40 })).toEqual([
      [0, 10, 1],
      [10, 30, 2],
      [30, 40, 1],
    ])
  })

  it('show only the time in view, and nothing before the lane starts or after it ends', () => {
    const t = track([
      [100, 1],
      [200, 2],
    ])
    expect(runs(t, 300, { from: 150, to: 250, width: 10 })).toEqual([
      [0, 5, 1],
      [5, 10, 2],
    ])
    expect(runs(t, 300, { from: 0, to: 400, width: 40 })).toEqual([
      [10, 20, 1],
      [20, 30, 2],
    ])
    expect(runs(t, 300, { from: 400, to: 500, width: 10 })).toEqual([])
  })

  it('give a pixel shared by a few segments the value that covers most of it', () => {
    const t = track([
      [0, 1],
      [10, 2],
      [13, 1],
      [16, 2],
      [19, 1],
      [20, 3],
    ])
    // Pixel 0 is [0, 10): all 1; pixel 1 is [10, 20): 2 for 6 ns, 1 for 4 ns; then 3.
    expect(runs(t, 40, { from: 0, to: 40, width: 4 })).toEqual([
      [0, 1, 1],
      [1, 2, 2],
      [2, 4, 3],
    ])
  })

  it('give a pixel shared by many segments the value most samples fall on', () => {
    const changes: [number, number][] = []
    for (let t = 0; t < 1000; t += 10) changes.push([t, 1], [t + 7, 2])
    // 100 cycles of 7 ns of 1 and 3 ns of 2 in each 500 ns pixel.
    expect(runs(track(changes), 1000, { from: 0, to: 1000, width: 2 })).toEqual([[0, 2, 1]])
  })

  it('give a holder lane’s pixel a holder, however briefly held, over nobody', () => {
    const t = track([
      [0, -1],
      [2, 4],
      [3, -1],
      [10, 5],
      [12, -1],
    ])
    expect(runs(t, 20, { from: 0, to: 20, width: 2 }, 'held')).toEqual([
      [0, 1, 4],
      [1, 2, 5],
    ])
    expect(runs(t, 20, { from: 0, to: 20, width: 2 }, 'dominant')).toEqual([[0, 2, -1]])
  })

  it('give a step chart’s pixel its highest value', () => {
    const changes: [number, number][] = []
    for (let t = 0; t < 100; t++) changes.push([t, t === 42 ? 9 : t % 2])
    expect(runs(track(changes), 100, { from: 0, to: 100, width: 2 }, 'max')).toEqual([
      [0, 1, 9],
      [1, 2, 1],
    ])
  })

  it('keep the number of runs within the width however many segments there are', () => {
    const t = new StepTrack()
    for (let i = 0; i < 200_000; i++) t.push(i * 25, i, (i * 7919) % 5, i)
    const out = runs(t, 200_000 * 25, { from: 0, to: 200_000 * 25, width: 800 })
    expect(out.length).toBeLessThanOrEqual(800)
    let x = 0
    for (const [x0, x1] of out) {
      expect(x0).toBe(x)
      expect(x1).toBeGreaterThan(x0)
      x = x1
    }
    expect(x).toBe(800)
  })
})
