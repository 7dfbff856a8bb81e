// `choice` and `choices` of CPython 3.11 as index pickers: the binding applies the indices to the population, so the
// same code serves lists, tuples, strings and ranges.

import { PythonError } from './python-error'
import { intAdd, intToFloat, type PyInt } from './python-int'
import type { RandomSource } from './random'

// A Python int or float; kept apart because `accumulate` adds ints exactly and floats in double precision.
export type PyReal =
  { readonly kind: 'int'; readonly value: PyInt } | { readonly kind: 'float'; readonly value: number }

export function choiceIndex(rng: RandomSource, n: number): number {
  if (n === 0) throw new PythonError('IndexError', 'Cannot choose from an empty sequence')
  return rng.randbelow(n)
}

export interface ChoicesOptions {
  readonly weights?: readonly PyReal[] | null
  readonly cumWeights?: readonly PyReal[] | null
  readonly k?: number
}

// `choices(population, weights=None, *, cum_weights=None, k=1)` for a population of length n. Unweighted picks are
// `floor(random() * n)`, never `_randbelow`. On an empty population the returned 0 is out of range just where
// CPython's `population[0]` raises, after the same single `random()`: indexing it raises the population's IndexError.
export function choicesIndices(rng: RandomSource, n: number, options: ChoicesOptions = {}): number[] {
  const k = options.k ?? 1
  const weights = options.weights ?? null
  let cumWeights = options.cumWeights ?? null
  const picks: number[] = []
  if (cumWeights === null) {
    if (weights === null) {
      for (let i = 0; i < k; i++) {
        picks.push(Math.floor(rng.random() * n))
        if (n === 0) break
      }
      return picks
    }
    cumWeights = accumulate(weights)
  } else if (weights !== null) {
    throw new PythonError('TypeError', 'Cannot specify both weights and cumulative weights')
  }
  if (cumWeights.length !== n)
    throw new PythonError('ValueError', 'The number of weights does not match the population')
  if (n === 0) throw new PythonError('IndexError', 'list index out of range')
  const cumulative = cumWeights.map((weight) => weight.value)
  const total = intToFloat(cumulative[n - 1]) + 0.0
  if (total <= 0) throw new PythonError('ValueError', 'Total of weights must be greater than zero')
  if (!Number.isFinite(total)) throw new PythonError('ValueError', 'Total of weights must be finite')
  for (let i = 0; i < k; i++) picks.push(bisectRight(cumulative, rng.random() * total, n - 1))
  return picks
}

// `itertools.accumulate` with Python's `+`: int + int stays exact, anything with a float is a float sum.
export function accumulate(values: readonly PyReal[]): PyReal[] {
  const sums: PyReal[] = []
  let total: PyReal | null = null
  for (const value of values) {
    total = total === null ? value : add(total, value)
    sums.push(total)
  }
  return sums
}

function add(a: PyReal, b: PyReal): PyReal {
  if (a.kind === 'int' && b.kind === 'int') return { kind: 'int', value: intAdd(a.value, b.value) }
  return { kind: 'float', value: intToFloat(a.value) + intToFloat(b.value) }
}

// `bisect.bisect(a, x, 0, hi)`. JS compares a number with a bigint exactly, as Python compares a float with an int.
export function bisectRight(sorted: readonly PyInt[], x: PyInt, hi: number): number {
  let lo = 0
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (x < sorted[mid]) hi = mid
    else lo = mid + 1
  }
  return lo
}
