import { describe, expect, it } from 'vitest'
import { StepTrack } from './step-track'

const changes = (track: StepTrack) =>
  Array.from({ length: track.length }, (_, k) => [track.time[k], track.value[k], track.event[k]])

describe('a step track', () => {
  it('keeps a change per moment, the last one made then', () => {
    const track = new StepTrack()
    track.push(0, 0, 1, 0)
    track.push(10, 4, 2, 1)
    track.push(10, 4, 3, 2)
    expect(changes(track)).toEqual([
      [0, 1, 0],
      [10, 3, 2],
    ])
  })

  it('ignores a change to the same value and undoes a change reverted at the same moment', () => {
    const track = new StepTrack()
    track.push(0, 0, 1, 0)
    track.push(5, 1, 1, 1)
    track.push(10, 2, 2, 2)
    track.push(10, 2, 1, 3)
    expect(changes(track)).toEqual([[0, 1, 0]])
  })

  it('grows past its first capacity and finds the segment at a time', () => {
    const track = new StepTrack()
    for (let i = 0; i < 100; i++) track.push(i * 10, i, i % 2, i)
    expect(track.length).toBe(100)
    expect(track.indexAt(-1)).toBe(-1)
    expect(track.indexAt(0)).toBe(0)
    expect(track.indexAt(555)).toBe(55)
    expect(track.indexAt(10_000)).toBe(99)
  })
})
