import { describe, expect, it } from 'vitest'
import { hashInt } from './hash-int'
import { runSync, type GenEq, type SyncEq } from './key-equality'
import { union, unionGen } from './set-algebra'
import { SetTable } from './set-table'

// Keys with a chosen hash, so that lookups must compare them. Expected orders were checked against CPython 3.11 with
// objects of the same hashes.
interface Key {
  name: string
  hash: number
  val: number
}
const key = (name: string, hash: number, val = hash): Key => ({ name, hash, val })
const eq: SyncEq<Key> = (a, b) => a.val === b.val
const names = (table: SetTable<Key>): string[] => table.toArray().map((k) => k.name)

function tableOf(...keys: Key[]): SetTable<Key> {
  const table = new SetTable<Key>()
  for (const k of keys) table.add(k, k.hash, eq)
  return table
}

describe('SetTable', () => {
  it('orders small ints as CPython prints {100, 3, 10}', () => {
    const table = new SetTable<number>()
    for (const n of [100, 3, 10]) table.add(n, hashInt(n), (a, b) => a === b)
    expect(table.toArray()).toEqual([10, 3, 100])
  })

  it('suspends a generator operation at each comparison, stored key first', () => {
    const a = key('a', 8, 1)
    const b = key('b', 8, 2)
    const table = tableOf(a)
    const asked: string[][] = []
    const genEq: GenEq<Key> = function* (stored, probe) {
      asked.push([stored.name, probe.name])
      return (yield 'compare') as boolean
    }
    const adding = table.addGen(b, b.hash, genEq)
    expect(adding.next().value).toBe('compare')
    expect(asked).toEqual([['a', 'b']])
    expect(adding.next(false).done).toBe(true)
    expect(names(table)).toEqual(['a', 'b'])
  })

  it('restarts a suspended lookup when the compared key went away meanwhile, reusing its slot', () => {
    const a = key('a', 8, 1)
    const b = key('b', 8, 2)
    const table = tableOf(a, key('c', 16))
    const adding = table.addGen(b, b.hash, function* () {
      return (yield) as boolean
    })
    adding.next()
    expect(table.discard(a, a.hash, eq)).toBe(true)
    expect(adding.next(false).done).toBe(true)
    expect(names(table)).toEqual(['b', 'c'])
  })

  it('lets several suspended operations on one table proceed independently', () => {
    const stored = key('s', 3, 0)
    const table = tableOf(stored)
    const genEq: GenEq<Key> = function* (x, y) {
      yield
      return x.val === y.val
    }
    const first = table.containsGen(key('x', 3, 0), 3, genEq)
    const second = table.containsGen(key('y', 3, 1), 3, genEq)
    first.next()
    second.next()
    expect(second.next()).toEqual({ done: true, value: false })
    expect(first.next()).toEqual({ done: true, value: true })
  })

  it('stays usable after an equality throws mid-lookup', () => {
    const table = tableOf(key('a', 5), key('b', 13))
    expect(() =>
      table.add(key('c', 5), 5, () => {
        throw new Error('__eq__ raised')
      }),
    ).toThrow('__eq__ raised')
    table.add(key('c', 21), 21, eq)
    expect(names(table)).toEqual(['b', 'c', 'a'])
    expect(table.contains(key('b2', 13), 13, eq)).toBe(true)
  })

  it('pops in slot order from a finger that survives clear()', () => {
    const table = new SetTable<number>()
    const intEq: SyncEq<number> = (x, y) => x === y
    for (let i = 0; i < 6; i++) table.add(i, i, intEq)
    expect([table.pop(), table.pop()]).toEqual([0, 1])
    table.clear()
    for (const n of [0, 1, 2, 3]) table.add(n, n, intEq)
    expect(table.pop()).toBe(2)
    expect(() => new SetTable<number>().pop()).toThrow(RangeError)
  })

  it('computes the same union with either variant', () => {
    const left = tableOf(key('a', 1), key('b', 9), key('c', 17))
    const right = tableOf(key('d', 9, 9), key('e', 25))
    const genEq: GenEq<Key> = function* (x, y) {
      yield
      return eq(x, y)
    }
    const steps = unionGen(left, right, genEq)
    let step = steps.next()
    while (!step.done) step = steps.next()
    expect(names(step.value)).toEqual(names(union(left, right, eq)))
    expect(names(step.value)).toEqual(['a', 'c', 'b', 'e'])
  })

  it('refuses to run an operation that suspends as a synchronous one', () => {
    function* suspending(): Generator<unknown, number, unknown> {
      yield
      return 1
    }
    expect(() => runSync(suspending())).toThrow()
  })
})
