// itertools.product, permutations, combinations and combinations_with_replacement. The pools are read into
// arrays when the iterator is made; after that, each step only moves indices (in lexicographic order).
import { toArray } from '../../python/runtime/abstract/iter'
import { typeError, valueError } from '../../python/runtime/errors'
import type { NativeGen } from '../../python/runtime/native'
import { None, type PyType, type PyValue } from '../../python/runtime/object'
import { NativeIterator } from '../../python/runtime/types/iterators'
import { pyTuple } from '../../python/runtime/types/tuple'
import { asInt } from '../../python/runtime/abstract/numeric'
import { bindArguments } from '../common/call-args'
import { indexOf } from '../common/number-args'
import { nativeType } from './iterator-types'

/** Yields `pick(indices)` for each index vector, starting from `first` and moving with `advance`. */
class IndexIterator extends NativeIterator {
  private indices: number[] | null
  constructor(
    first: number[] | null,
    readonly advance: (indices: number[]) => boolean,
    readonly pick: (indices: number[]) => PyValue[],
    cls: PyType,
  ) {
    super(cls)
    this.indices = first
  }

  next(): PyValue | undefined {
    const indices = this.indices
    if (indices === null) return undefined
    const item = pyTuple(this.pick(indices))
    if (!this.advance(indices)) this.indices = null
    return item
  }
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i)

/** The next index vector of a product of pools of the given sizes (an odometer). */
function nextProduct(sizes: number[]): (indices: number[]) => boolean {
  return (indices) => {
    for (let i = indices.length - 1; i >= 0; i--) {
      if (++indices[i] < sizes[i]) return true
      indices[i] = 0
    }
    return false
  }
}

/** The next r-permutation of 0..n-1 in lexicographic order. */
function nextPermutation(n: number): (indices: number[]) => boolean {
  return (indices) => {
    const r = indices.length
    for (let i = r - 1; i >= 0; i--) {
      const used = new Set(indices.slice(0, i))
      let candidate = indices[i] + 1
      while (candidate < n && used.has(candidate)) candidate++
      if (candidate < n) {
        indices[i] = candidate
        used.add(candidate)
        let fill = 0
        for (let j = i + 1; j < r; j++) {
          while (used.has(fill)) fill++
          indices[j] = fill
          used.add(fill)
        }
        return true
      }
    }
    return false
  }
}

/** The next increasing r-subset of 0..n-1. */
function nextCombination(n: number): (indices: number[]) => boolean {
  return (indices) => {
    const r = indices.length
    let i = r - 1
    while (i >= 0 && indices[i] === i + n - r) i--
    if (i < 0) return false
    indices[i]++
    for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1
    return true
  }
}

/** The next non-decreasing r-vector over 0..n-1. */
function nextMultiset(n: number): (indices: number[]) => boolean {
  return (indices) => {
    let i = indices.length - 1
    while (i >= 0 && indices[i] === n - 1) i--
    if (i < 0) return false
    const v = indices[i] + 1
    for (let j = i; j < indices.length; j++) indices[j] = v
    return true
  }
}

export const ProductType = nativeType('product', function* (cls, args, kw) {
  let repeat = 1
  for (const [k, v] of kw ?? []) {
    if (k !== 'repeat') throw typeError(`'${k}' is an invalid keyword argument for product()`)
    const n = yield* indexOf(v)
    if (n < 0) throw valueError('repeat argument cannot be negative')
    repeat = Number(n)
  }
  const distinct: PyValue[][] = []
  for (const a of args) distinct.push(yield* toArray(a))
  const pools: PyValue[][] = []
  for (let i = 0; i < repeat; i++) pools.push(...distinct)
  const sizes = pools.map((p) => p.length)
  const first = sizes.some((s) => s === 0) ? null : sizes.map(() => 0)
  return new IndexIterator(first, nextProduct(sizes), (ix) => ix.map((j, i) => pools[i][j]), cls)
})

function* nonNegativeR(r: PyValue): NativeGen<number> {
  const n = yield* indexOf(r)
  if (n < 0) throw valueError('r must be non-negative')
  return Number(n)
}

export const PermutationsType = nativeType('permutations', function* (cls, args, kw) {
  const [iterable, rArg = None] = bindArguments(
    { name: 'permutations', positional: ['iterable', 'r'], required: 1 },
    args,
    kw,
  )
  const pool = yield* toArray(iterable!)
  let r = pool.length
  if (rArg !== None) {
    if (asInt(rArg) === undefined) throw typeError('Expected int as r')
    r = yield* nonNegativeR(rArg)
  }
  const first = r > pool.length ? null : range(r)
  return new IndexIterator(first, nextPermutation(pool.length), (ix) => ix.map((j) => pool[j]), cls)
})

export const CombinationsType = nativeType('combinations', function* (cls, args, kw) {
  const [iterable, rArg] = bindArguments({ name: 'combinations', positional: ['iterable', 'r'], required: 2 }, args, kw)
  const pool = yield* toArray(iterable!)
  const r = yield* nonNegativeR(rArg!)
  const first = r > pool.length ? null : range(r)
  return new IndexIterator(first, nextCombination(pool.length), (ix) => ix.map((j) => pool[j]), cls)
})

export const CombinationsWithReplacementType = nativeType('combinations_with_replacement', function* (cls, args, kw) {
  const [iterable, rArg] = bindArguments(
    { name: 'combinations_with_replacement', positional: ['iterable', 'r'], required: 2 },
    args,
    kw,
  )
  const pool = yield* toArray(iterable!)
  const r = yield* nonNegativeR(rArg!)
  const first = pool.length === 0 && r > 0 ? null : Array<number>(r).fill(0)
  return new IndexIterator(first, nextMultiset(pool.length), (ix) => ix.map((j) => pool[j]), cls)
})
