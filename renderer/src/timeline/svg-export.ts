// The timeline as a standalone SVG document (Export menu): the lanes in a time range with their labels, the time
// axis and the legend, drawn with the same level of detail as the canvas, so its size is bounded by its width.
import { scaleLinear } from 'd3'
import { formatTime, tickFormat } from './format-time'
import { laneLabel } from './lane-labels'
import { backgroundAlpha, counterColor, fadedAlpha, laneFill, laneLayout, legendStates, stateFill } from './lane-style'
import type { Fill } from './lane-style'
import type { LaneSet } from './lanes'
import { pixelRuns, type View } from './lod'
import type { TimelineLanguage, TimelineStrings } from './messages'
import { threadColor } from '../theme/thread-colors'
import { legendLabels } from './legend'

export const svgLabelWidth = 140
const axisHeight = 28
const legendHeight = 28
const tickCount = 8

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const patternId = (fill: Fill, color: string) => `${fill}-${color.replace('#', '')}`

function patternDef(fill: 'hatched' | 'dotted', color: string): string {
  const shape =
    fill === 'hatched'
      ? `<path d="M-6,6 L0,0 M0,6 L6,0 M6,6 L12,0" stroke="${color}" stroke-width="1.5"/>`
      : `<circle cx="3" cy="3" r="1" fill="${color}"/>`
  return `<pattern id="${patternId(fill, color)}" width="6" height="6" patternUnits="userSpaceOnUse">${shape}</pattern>`
}

/** Rectangles of one fill, as SVG elements. */
function rect(fill: Fill, color: string, x: number, y: number, w: number, h: number, used: Set<string>): string {
  const box = (yy: number, hh: number, paint: string) =>
    `<rect x="${x}" y="${yy}" width="${w}" height="${hh}" ${paint}/>`
  switch (fill) {
    case 'none':
      return ''
    case 'solid':
      return box(y, h, `fill="${color}"`)
    case 'faded':
      return box(y, h, `fill="${color}" fill-opacity="${fadedAlpha}"`)
    case 'thin':
      return box(y + h * 0.4, h * 0.2, `fill="${color}" fill-opacity="0.7"`)
    case 'hatched':
    case 'dotted':
      used.add(`${fill} ${color}`)
      return (
        box(y, h, `fill="${color}" fill-opacity="${backgroundAlpha}"`) +
        box(y, h, `fill="url(#${patternId(fill, color)})"`)
      )
  }
}

/** The SVG of the lanes between `view.from` and `view.to`, `view.width` pixels wide (labels besides). */
export function timelineSvg(set: LaneSet, view: View, strings: TimelineStrings, language: TimelineLanguage): string {
  const lanes = set.lanes()
  const { rows, height: lanesHeight } = laneLayout(lanes)
  const width = svgLabelWidth + view.width
  const height = axisHeight + lanesHeight + legendHeight
  const used = new Set<string>()
  const body: string[] = []

  const x = scaleLinear().domain([view.from, view.to]).range([svgLabelWidth, width])
  const ticks = x.ticks(tickCount)
  const label = tickFormat(ticks.length > 1 ? ticks[1] - ticks[0] : view.to - view.from, view.to, language)
  body.push(`<line x1="${svgLabelWidth}" y1="${axisHeight}" x2="${width}" y2="${axisHeight}" stroke="#888"/>`)
  for (const tick of ticks) {
    const tx = x(tick).toFixed(1)
    body.push(`<line x1="${tx}" y1="${axisHeight - 5}" x2="${tx}" y2="${height - legendHeight}" stroke="#ddd"/>`)
    body.push(`<text x="${tx}" y="${axisHeight - 9}" text-anchor="middle">${escape(label(tick))}</text>`)
  }
  body.push(`<text x="8" y="${axisHeight - 9}" fill="#666">${escape(strings.timelineAxis)}</text>`)

  for (const row of rows) {
    const y = axisHeight + row.y
    const h = row.height
    const lane = row.lane
    body.push(`<text x="8" y="${y + h / 2 + 4}">${escape(laneLabel(lane, set.index, strings))}</text>`)
    const parts: string[] = []
    if (lane.kind === 'semaphore' || lane.kind === 'queue') {
      const max = Math.max(lane.max, 1)
      parts.push(`<rect x="0" y="${y + h - 1}" width="${view.width}" height="1" fill="${counterColor}"/>`)
      pixelRuns(lane.track, set.endTime, view, 'max', (x0, x1, value) => {
        const bar = (Math.max(0, value) / max) * (h - 1)
        parts.push(rect('solid', counterColor, x0, y + h - 1 - bar, x1 - x0, bar, used))
      })
    } else
      pixelRuns(lane.track, set.endTime, view, lane.kind === 'thread' ? 'dominant' : 'held', (x0, x1, value) => {
        const { fill, color } = laneFill(lane, value)
        parts.push(rect(fill, color, x0, y, x1 - x0, h, used))
      })
    body.push(`<g transform="translate(${svgLabelWidth},0)">${parts.join('')}</g>`)
  }

  let lx = 8
  const ly = height - legendHeight + 8
  const labels = legendLabels(strings)
  const legend: [Fill, string, string][] = [
    ...legendStates.map((state): [Fill, string, string] => [stateFill[state], threadColor(0), labels[state]]),
    ['solid', threadColor(1), strings.timelineHeld],
    ['solid', counterColor, strings.timelineCounter],
  ]
  for (const [fill, color, text] of legend) {
    body.push(rect(fill, color, lx, ly, 14, 12, used))
    body.push(`<text x="${lx + 18}" y="${ly + 10}">${escape(text)}</text>`)
    lx += 30 + text.length * 6
  }

  const defs = [...used].map((key) => {
    const [fill, color] = key.split(' ')
    return patternDef(fill as 'hatched' | 'dotted', color)
  })
  const range = `${formatTime(view.from, language)} – ${formatTime(view.to, language)}`
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<title>${escape(`${strings.timelineLabel} (${range})`)}</title>`,
    `<defs>${defs.join('')}</defs>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    ...body,
    '</svg>',
  ].join('\n')
}
