/// <reference types="vite/client" />
// The timeline benchmark's page: runs a program of a million events in the simulator, mounts the timeline on its
// log and measures the first draw; then records frames while bench/timeline.ts zooms and pans with real input.
import { flushSync, mount } from 'svelte'
import { Simulation } from '../../simulator'
import Timeline from '../../renderer/src/timeline/Timeline.svelte'
import { timelineEn } from '../../renderer/src/timeline/messages'
import { LanePainter } from '../../renderer/src/timeline/paint'
import source from './contention.py?raw'

export interface FirstDraw {
  events: number
  firstDrawMs: number
  paintedPixels: number
  /** Where to point to zoom and pan, in page coordinates. */
  center: { x: number; y: number }
}

export interface Frames {
  frames: number
  fps: number
  longestFrameMs: number
  paints: number
  meanPaintMs: number
  longestPaintMs: number
}

/** How long each paint of the lanes (the canvas work of a frame) took. */
const paintTimes: number[] = []
const paint = LanePainter.prototype.paint
LanePainter.prototype.paint = function (...args) {
  const start = performance.now()
  paint.apply(this, args)
  paintTimes.push(performance.now() - start)
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve))

async function firstDraw(): Promise<FirstDraw> {
  const simulation = new Simulation(source, 'contention.py', { record: true, schedule: 'random', seed: 1 })
  simulation.advance()
  const log = simulation.log!
  const target = document.getElementById('timeline')!

  const start = performance.now()
  mount(Timeline, {
    target,
    props: { log, length: log.length, cursor: 0, onseek: () => {}, t: timelineEn, language: 'en' },
  })
  flushSync()
  await nextFrame()
  const firstDrawMs = performance.now() - start

  const canvas = target.querySelector('canvas')!
  const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
  let paintedPixels = 0
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) paintedPixels++
  const box = canvas.getBoundingClientRect()
  return { events: log.length, firstDrawMs, paintedPixels, center: { x: box.left + box.width / 2, y: box.top + 10 } }
}

let frameTimes: number[] = []
let recording = false

function startFrames(): void {
  frameTimes = []
  paintTimes.length = 0
  recording = true
  const record = (time: number) => {
    if (!recording) return
    frameTimes.push(time)
    requestAnimationFrame(record)
  }
  requestAnimationFrame(record)
}

function stopFrames(): Frames {
  recording = false
  const frames = frameTimes.length - 1
  let longestFrameMs = 0
  for (let i = 1; i < frameTimes.length; i++)
    longestFrameMs = Math.max(longestFrameMs, frameTimes[i] - frameTimes[i - 1])
  return {
    frames,
    fps: (frames * 1000) / (frameTimes[frames] - frameTimes[0]),
    longestFrameMs,
    paints: paintTimes.length,
    meanPaintMs: paintTimes.reduce((sum, ms) => sum + ms, 0) / paintTimes.length,
    longestPaintMs: Math.max(...paintTimes),
  }
}

Object.assign(window, { timelineBench: { firstDraw, startFrames, stopFrames } })
