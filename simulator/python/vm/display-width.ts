// How many terminal columns text takes as 3.11's traceback printer counts them (_PyPegen_calculate_display_width):
// two for a character whose east_asian_width is W or F, one for any other.
import { WIDE_RUNS } from './east-asian-wide'

interface Runs {
  starts: number[]
  ends: number[]
}

let runs: Runs | null = null

function decodeRuns(): Runs {
  const values = WIDE_RUNS.split(',').map((v) => parseInt(v, 36))
  const decoded: Runs = { starts: [], ends: [] }
  let next = 0
  for (let i = 0; i < values.length; i += 2) {
    const start = next + values[i]
    const end = start + values[i + 1]
    decoded.starts.push(start)
    decoded.ends.push(end)
    next = end + 1
  }
  return decoded
}

export function isWide(codePoint: number): boolean {
  runs ??= decodeRuns()
  let lo = 0
  let hi = runs.starts.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (codePoint < runs.starts[mid]) hi = mid - 1
    else if (codePoint > runs.ends[mid]) lo = mid + 1
    else return true
  }
  return false
}

export function displayWidth(text: string): number {
  let width = 0
  for (const ch of text) width += isWide(ch.codePointAt(0)!) ? 2 : 1
  return width
}
