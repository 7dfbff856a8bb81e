// Virtual time in words: nanoseconds in the unit that suits them, three significant digits, the language's
// decimal separator.
import type { TimelineLanguage } from './messages'

const units: readonly [number, string][] = [
  [1e9, 's'],
  [1e6, 'ms'],
  [1e3, 'µs'],
  [1, 'ns'],
]

function unitOf(ns: number): [number, string] {
  return units.find(([size]) => Math.abs(ns) >= size) ?? units[units.length - 1]
}

function localized(number: string, language: TimelineLanguage): string {
  return language === 'pl' ? number.replace('.', ',') : number
}

/**
 * `1.20 ms`, `250 µs`, `25 ns`; with more decimals where needed to tell apart times `resolution` ns apart (the
 * two ends of a short segment late in a run).
 */
export function formatTime(ns: number, language: TimelineLanguage, resolution = 0): string {
  const [size, unit] = unitOf(ns)
  let number = size === 1 ? String(Math.round(ns)) : (ns / size).toPrecision(3)
  const decimals = resolution > 0 ? Math.min(9, Math.ceil(Math.log10(size / resolution))) : 0
  if (size > 1 && decimals > (number.split('.')[1]?.length ?? 0)) number = (ns / size).toFixed(decimals)
  return `${localized(number, language)} ${unit}`
}

/** Axis labels for ticks `step` ns apart (1, 2 or 5 times a power of ten, as D3 places them) up to `max`. */
export function tickFormat(step: number, max: number, language: TimelineLanguage): (ns: number) => string {
  const [size, unit] = unitOf(max)
  const decimals = step > 0 ? Math.max(0, Math.ceil(-Math.log10(step / size) - 1e-9)) : 0
  return (ns) => `${localized((ns / size).toFixed(Math.min(decimals, 6)), language)} ${unit}`
}
