import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { NativeGen } from '../runtime/native'
import type { PyValue } from '../runtime/object'
import { sortInPlace } from './timsort'

/** One list.sort() under CPython 3.11 (scripts/regenerate-sort-vectors.py): the comparisons it made, the result. */
interface Vector {
  values: number[]
  reverse: boolean
  /** The comparison that raised, for cases that stop part-way. */
  failAt: number | null
  /** Pairs of original positions, flattened: [left, right, left, right, …] for each `left < right` asked. */
  log?: number[]
  order: number[]
}

const vectors: Vector[] = JSON.parse(
  readFileSync(new URL('./fixtures/sort-vectors.json', import.meta.url), 'utf8'),
) as Vector[]

class Raised extends Error {}

/** Sorts positions 0..n-1 by their values as list.sort would, recording every `<` it asks. */
function sortPositions(v: Vector): { log: number[]; order: number[] } {
  const log: number[] = []
  // Positions are plain numbers here: the comparator looks their values up.
  const keys: PyValue[] = v.values.map((_, i) => i)
  function* lessThan(a: PyValue, b: PyValue): NativeGen<boolean> {
    if (v.failAt !== null && log.length / 2 === v.failAt) throw new Raised()
    log.push(a as number, b as number)
    return v.values[a as number] < v.values[b as number]
  }
  const run = sortInPlace(keys, null, v.reverse, lessThan)
  try {
    for (let step = run.next(); !step.done; step = run.next()) {
      throw new Error('the comparator never asks the VM for anything')
    }
  } catch (error) {
    if (!(error instanceof Raised)) throw error
  }
  return { log, order: keys as number[] }
}

describe('sortInPlace (CPython 3.11 list.sort)', () => {
  it('has vectors of every shape, some stopped by a raising comparison', () => {
    expect(vectors.length).toBeGreaterThan(100)
    expect(vectors.some((v) => v.failAt !== null)).toBe(true)
    expect(vectors.some((v) => v.values.length > 256)).toBe(true)
  })

  it('asks exactly the comparisons CPython asks, in its order, and ends in its order', () => {
    for (const v of vectors.filter((x) => x.failAt === null)) {
      const label = `${v.values.length} values, reverse=${v.reverse}`
      const { log, order } = sortPositions(v)
      expect(log, label).toEqual(v.log)
      expect(order, label).toEqual(v.order)
    }
  })

  it('leaves the list partly sorted, as CPython does, when a comparison raises', () => {
    for (const v of vectors.filter((x) => x.failAt !== null)) {
      expect(sortPositions(v).order, `${v.values.length} values, stopped at ${v.failAt}`).toEqual(v.order)
    }
  })

  it('moves values with their keys', () => {
    const keys: PyValue[] = [3, 1, 2, 1]
    const values: PyValue[] = ['c', 'a', 'b', 'a2']
    function* lessThan(a: PyValue, b: PyValue): NativeGen<boolean> {
      return (a as number) < (b as number)
    }
    const run = sortInPlace(keys, values, false, lessThan)
    while (!run.next().done);
    expect(keys).toEqual([1, 1, 2, 3])
    expect(values).toEqual(['a', 'a2', 'b', 'c'])
  })
})
