// 3.11's "Did you mean" (Python/suggestions.c): the closest candidate name by a Levenshtein distance over UTF-8
// bytes where a case flip costs less than any other edit, within a third of the characters involved.
import { utf8Encode } from '../runtime/utf8'

const maxCandidateItems = 750
const maxStringSize = 40
const moveCost = 2
const caseCost = 1

const lowerAscii = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c)

function substitutionCost(a: number, b: number): number {
  // Bytes that differ outside their low five bits cannot be a case flip of each other.
  if ((a & 31) !== (b & 31)) return moveCost
  if (a === b) return 0
  return lowerAscii(a) === lowerAscii(b) ? caseCost : moveCost
}

/** The edit distance between two UTF-8 strings, or any value above `maxCost` once it is certain to exceed it. */
export function levenshteinDistance(a: Uint8Array, b: Uint8Array, maxCost: number): number {
  let aStart = 0
  let bStart = 0
  let aEnd = a.length
  let bEnd = b.length
  while (aStart < aEnd && bStart < bEnd && a[aStart] === b[bStart]) {
    aStart++
    bStart++
  }
  while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--
    bEnd--
  }
  let shorter = a.subarray(aStart, aEnd)
  let longer = b.subarray(bStart, bEnd)
  if (shorter.length === 0 || longer.length === 0) return (shorter.length + longer.length) * moveCost
  if (shorter.length > maxStringSize || longer.length > maxStringSize) return maxCost + 1
  if (longer.length < shorter.length) [shorter, longer] = [longer, shorter]
  if ((longer.length - shorter.length) * moveCost > maxCost) return maxCost + 1
  // One row of the cost matrix, updated in place.
  const buffer = Array.from(shorter, (_, i) => (i + 1) * moveCost)
  let result = 0
  for (let bIndex = 0; bIndex < longer.length; bIndex++) {
    const code = longer[bIndex]
    let distance = bIndex * moveCost
    result = distance
    let minimum = Infinity
    for (let index = 0; index < shorter.length; index++) {
      const substitute = distance + substitutionCost(code, shorter[index])
      distance = buffer[index]
      const insertDelete = Math.min(result, distance) + moveCost
      result = Math.min(insertDelete, substitute)
      buffer[index] = result
      if (result < minimum) minimum = result
    }
    if (minimum > maxCost) return maxCost + 1
  }
  return result
}

/** The candidate closest to `name`, or null: the first of the nearest wins; 750 or more candidates give none. */
export function closestName(name: string, candidates: readonly string[]): string | null {
  if (candidates.length >= maxCandidateItems) return null
  const nameBytes = utf8Encode(name)
  let best: string | null = null
  let bestDistance = Infinity
  for (const item of candidates) {
    if (item === name) continue
    const itemBytes = utf8Encode(item)
    const maxDistance = Math.min(
      Math.floor(((nameBytes.length + itemBytes.length + 3) * moveCost) / 6),
      bestDistance - 1,
    )
    const distance = levenshteinDistance(nameBytes, itemBytes, maxDistance)
    if (distance > maxDistance) continue
    if (best === null || distance < bestDistance) {
      best = item
      bestDistance = distance
    }
  }
  return best
}
