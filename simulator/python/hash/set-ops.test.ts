// Replays fixtures/set-ops.json (CPython 3.11; see scripts/regenerate-hash-vectors.py): hundreds of sequences of set
// operations, checking list(s) after every step, each result, and — for probe keys — every __eq__ call in order.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { hashInt, SetTable, type SyncEq } from './index'
import { SetReplay, type Mode, type SetCase } from './test-support/set-replay'

interface LargeCase {
  n: number
  removeEvery: number
  checksum: string
  length: number
}

const fixture = JSON.parse(readFileSync(new URL('./fixtures/set-ops.json', import.meta.url), 'utf8')) as {
  noneId: string
  cases: SetCase[]
  large: LargeCase[]
}

function replayAll(mode: Mode): { failures: string[]; comparisons: number; suspensions: number; steps: number } {
  const failures: string[] = []
  let comparisons = 0
  let suspensions = 0
  let steps = 0
  fixture.cases.forEach((c, n) => {
    const replay = new SetReplay(BigInt(fixture.noneId), c, mode)
    for (const [i, step] of c.steps.entries()) {
      steps++
      const actual = replay.step(step)
      const expected = { result: step.result, list: step.list, eq: step.eq ?? actual.eq }
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        failures.push(
          `case ${n} (${c.kind}) step ${i} ${JSON.stringify(step.op)}: ${JSON.stringify(actual)} != ${JSON.stringify(expected)}`,
        )
        return
      }
    }
    comparisons += replay.comparisons
    suspensions += replay.suspensions
  })
  return { failures, comparisons, suspensions, steps }
}

const intEq: SyncEq<number> = (a, b) => a === b

function orderChecksum(values: number[]): bigint {
  let acc = 0n
  values.forEach((v, i) => {
    acc = (acc * 1000003n + BigInt(i + 1) * BigInt(v + 7)) % (2n ** 61n - 1n)
  })
  return acc
}

describe('set operations replayed from CPython 3.11', () => {
  it('has hundreds of sequences over every kind of key', () => {
    expect(fixture.cases.length).toBeGreaterThan(400)
    const kinds = new Set(fixture.cases.map((c) => c.kind))
    expect([...kinds].sort()).toEqual([
      'boundary',
      'float',
      'mixed',
      'mutating',
      'probe',
      'small-int',
      'str',
      'tuple',
      'wide-int',
    ])
  })

  let syncComparisons = 0
  it('matches with synchronous equality', () => {
    const { failures, comparisons, steps } = replayAll('sync')
    expect(failures.slice(0, 5)).toEqual([])
    expect(steps).toBeGreaterThan(5000)
    syncComparisons = comparisons
  })

  it('matches with suspending equality, which suspends once per comparison', () => {
    const { failures, comparisons, suspensions } = replayAll('gen')
    expect(failures.slice(0, 5)).toEqual([])
    expect(comparisons).toBe(syncComparisons)
    expect(suspensions).toBe(comparisons)
    expect(comparisons).toBeGreaterThan(1000)
  })

  it('matches for tables past 50000 entries, which grow by doubling', () => {
    for (const c of fixture.large) {
      const keys = Array.from({ length: c.n }, (_, i) => (i * 7919) % 1000003)
      const table = new SetTable<number>()
      for (const k of keys) table.add(k, hashInt(k), intEq)
      if (c.removeEvery > 0) {
        for (let i = 0; i < c.n; i += c.removeEvery) table.discard(keys[i], hashInt(keys[i]), intEq)
        table.purgeDummiesAfterDifference()
      }
      table.add(-5, hashInt(-5), intEq)
      expect(table.size).toBe(c.length)
      expect(String(orderChecksum(table.toArray()))).toBe(c.checksum)
    }
  })
})
