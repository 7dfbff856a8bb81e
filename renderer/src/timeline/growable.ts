// Typed-array columns that grow by doubling, so that lanes and the index can take events one at a time as a run
// grows, and binary searches over them.

/** `array`, or a copy twice as long when it has no room for index `length`. */
export function withRoom<T extends Float64Array | Int32Array>(array: T, length: number): T {
  if (length < array.length) return array
  const next = new (array.constructor as new (n: number) => T)(Math.max(16, array.length * 2, length + 1))
  next.set(array)
  return next
}

/** The last index i < length with values[i] <= x, or `lo` - 1 (values ascending, searched from `lo`). */
export function lastAtOrBefore(values: ArrayLike<number>, length: number, x: number, lo = 0): number {
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (values[mid] <= x) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}

/** The last index i < length with values[i] < x, or -1 (values ascending). */
export function lastBefore(values: ArrayLike<number>, length: number, x: number): number {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (values[mid] < x) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}
