// `sample` of CPython 3.11 as an index picker. CPython chooses between a pool (a copy of the population, for small
// populations) and a set of taken indices (re-drawing on repeats) by comparing n with its `setsize` estimate; both
// consume the generator differently, so the rule is reproduced exactly.

import { accumulate, bisectRight, type PyReal } from './choice'
import { PythonError } from './python-error'
import type { PyInt } from './python-int'
import type { RandomSource } from './random'

const MAX_SSIZE_T = (1n << 63n) - 1n

// n is `len(population)`; CPython's len() cannot exceed sys.maxsize, so neither can n.
export function sampleIndices(rng: RandomSource, n: PyInt, k: PyInt): PyInt[] {
  if (n > MAX_SSIZE_T) throw new PythonError('OverflowError', 'Python int too large to convert to C ssize_t')
  if (!(k >= 0 && k <= n)) throw new PythonError('ValueError', 'Sample larger than population or is negative')
  if (typeof k === 'bigint') {
    // `[None] * k` fails before any draw.
    if (k > MAX_SSIZE_T) throw new PythonError('OverflowError', 'Python int too large to convert to C ssize_t')
    throw new PythonError('MemoryError', '')
  }
  let setsize = 21
  if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4))
  const result = new Array<PyInt>(k)
  if (n <= setsize) {
    const size = Number(n)
    const pool = Array.from({ length: size }, (_, i) => i)
    for (let i = 0; i < k; i++) {
      const j = rng.randbelow(size - i)
      result[i] = pool[j]
      pool[j] = pool[size - i - 1]
    }
  } else {
    const selected = new Set<PyInt>()
    for (let i = 0; i < k; i++) {
      let j = rng.randbelow(n)
      while (selected.has(j)) j = rng.randbelow(n)
      selected.add(j)
      result[i] = j
    }
  }
  return result
}

// `sample(population, k, counts=counts)` for a population of length n: a sample of range(sum(counts)) mapped back
// to population indices by bisection of the running totals.
export function sampleIndicesWithCounts(rng: RandomSource, n: number, counts: readonly PyReal[], k: PyInt): number[] {
  const cumulative = accumulate(counts)
  if (cumulative.length !== n) throw new PythonError('ValueError', 'The number of counts does not match the population')
  const total = cumulative.pop()
  if (total === undefined) throw new PythonError('IndexError', 'pop from empty list')
  if (total.kind !== 'int') throw new PythonError('TypeError', 'Counts must be integers')
  if (total.value <= 0) throw new PythonError('ValueError', 'Total of counts must be greater than zero')
  const bounds = cumulative.map((count) => count.value)
  return sampleIndices(rng, total.value, k).map((selection) => bisectRight(bounds, selection, bounds.length))
}
