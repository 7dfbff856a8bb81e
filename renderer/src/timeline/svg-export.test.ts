import { describe, expect, it } from 'vitest'
import { lanesOf } from './lanes'
import { timelineEn, timelinePl } from './messages'
import { timelineSvg } from './svg-export'
import { abba, contention, record } from './test-support/runs'
import { Simulation } from '../../../simulator'

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0

describe('the SVG export', () => {
  it('draws the lanes with their labels, the axis and the legend', () => {
    const set = lanesOf(record(abba))
    const svg = timelineSvg(set, { from: 0, to: set.endTime, width: 600 }, timelineEn, 'en')
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg.endsWith('</svg>')).toBe(true)
    for (const label of ['MainThread', 'one', 'two', 'bystander', 'GIL', 'lock_a', 'lock_b', 'virtual time'])
      expect(svg).toContain(`>${label}</text>`)
    expect(svg).toContain('>waiting for the GIL</text>')
    expect(svg).toMatch(/>\d+ ms<\/text>/)
    // one and two end blocked, drawn hatched, so the pattern they use is defined.
    const used = new Set([...svg.matchAll(/url\(#([\w-]+)\)/g)].map((m) => m[1]))
    const defined = new Set([...svg.matchAll(/<pattern id="([\w-]+)"/g)].map((m) => m[1]))
    expect(used.size).toBeGreaterThan(0)
    expect(defined).toEqual(used)
  })

  it('is in the language asked for', () => {
    const set = lanesOf(record(abba))
    const svg = timelineSvg(set, { from: 0, to: 2_000_000, width: 400 }, timelinePl, 'pl')
    expect(svg).toContain('>czas wirtualny</text>')
    expect(svg).toContain('>czeka na GIL</text>')
    expect(svg).toMatch(/>\d,\d ms<\/text>/)
  })

  it('escapes names and stays within a bounded size however long the run', () => {
    const source = contention.replace(
      'threading.Thread(target=work, args=(i,))',
      'threading.Thread(target=work, args=(i,), name=f"<w{i}> & co")',
    )
    const simulation = new Simulation(source, 'prog.py', { record: true, schedule: 'random', seed: 2 })
    simulation.advance()
    const set = lanesOf(simulation.log!)
    const segments = set.lanes().reduce((sum, lane) => sum + lane.track.length, 0)
    const width = 100
    const svg = timelineSvg(set, { from: 0, to: set.endTime, width }, timelineEn, 'en')
    expect(svg).toContain('>&lt;w0&gt; &amp; co</text>')
    expect(svg).not.toContain('<w0>')
    expect(segments).toBeGreaterThan(width * set.lanes().length)
    // At most one rectangle (two for a hatched fill) per pixel and lane, besides the legend.
    expect(count(svg, /<rect /g)).toBeLessThan(2 * width * set.lanes().length + 20)
  })
})
