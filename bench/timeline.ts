// The timeline's speed (issue 5, point 16), measured in Chromium: after a run of a million events, the time of the
// first draw (lanes built from the log and painted; target under 1 s) and the frame rate while zooming and
// panning (target at least 50 fps). The page is a small Vite build of bench/timeline/, served locally.
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { serveStatic } from '../scripts/static-server'
import type { FirstDraw, Frames } from './timeline/main'

/** What the page offers (bench/timeline/main.ts). */
interface Page {
  timelineBench: { firstDraw(): Promise<FirstDraw>; startFrames(): void; stopFrames(): Frames }
}

const root = join(import.meta.dirname, '..')
const outDir = await mkdtemp(join(tmpdir(), 'interleave-timeline-bench-'))
try {
  await build({
    root: join(import.meta.dirname, 'timeline'),
    base: './',
    logLevel: 'warn',
    configFile: false,
    plugins: [svelte({ configFile: join(root, 'svelte.config.js') })],
    // One chunk holds the whole simulator: no point warning about its size here.
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 8192 },
  })
  const server = await serveStatic(outDir)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    page.on('pageerror', (error) => console.error(error))
    await page.goto(server.url)
    await page.waitForFunction(() => 'timelineBench' in window)
    const first = await page.evaluate(() => (window as unknown as Page).timelineBench.firstDraw())
    if (first.paintedPixels === 0) throw new Error('the timeline drew nothing')
    console.log(`timeline: ${first.events.toLocaleString('en')} events`)
    console.log(`first draw: ${first.firstDrawMs.toFixed(0)} ms (target: under 1000 ms)`)

    // Real input, as the browser delivers it (aligned to frames): zoom in, drag to pan, zoom out.
    const { x, y } = first.center
    await page.mouse.move(x, y)
    await page.evaluate(() => (window as unknown as Page).timelineBench.startFrames())
    for (let i = 0; i < 100; i++) await page.mouse.wheel(0, -25)
    await page.mouse.down()
    for (let i = 1; i <= 100; i++) await page.mouse.move(x - i * 5, y)
    await page.mouse.up()
    for (let i = 0; i < 100; i++) await page.mouse.wheel(0, 25)
    const frames = await page.evaluate(() => (window as unknown as Page).timelineBench.stopFrames())
    console.log(
      `pan and zoom: ${frames.fps.toFixed(1)} fps over ${frames.frames} frames, longest frame ${frames.longestFrameMs.toFixed(1)} ms (target: at least 50 fps)`,
    )
    console.log(
      `paint per frame: mean ${frames.meanPaintMs.toFixed(1)} ms, longest ${frames.longestPaintMs.toFixed(1)} ms (${frames.paints} paints)`,
    )
  } finally {
    await browser.close()
    await server.close()
  }
} finally {
  await rm(outDir, { recursive: true, force: true })
}
