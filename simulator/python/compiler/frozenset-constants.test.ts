import { describe, expect, it } from 'vitest'
import { foldFrozensetConstant } from '../hash'
import { parse } from '../parser'
import { hashFast } from '../runtime/abstract/hash'
import { syncKeyEq } from '../runtime/abstract/set-ops'
import type { PyValue } from '../runtime/object'
import { PyList } from '../runtime/types/list'
import { pyTuple } from '../runtime/types/tuple'
import { FrozensetConstants, moduleIdentifiers } from './frozenset-constants'

function identifiersOf(source: string): string[] {
  const parsed = parse(source, 'example.py')
  if (!parsed.ok) throw new Error(parsed.error.msg)
  return [...moduleIdentifiers(parsed.module)].sort()
}

/** The order a display of `items` gets when its frozenset is built twice, or three times. */
function builtOrder(items: PyValue[], times: 2 | 3): PyValue[] {
  const hashes = items.map((v) => hashFast(v)!)
  return foldFrozensetConstant(items, hashes, syncKeyEq, times === 3).toArray()
}

// Displays whose order depends on how often the table is built; 'date' is interned when CPython starts, 'plum' is
// not. CPython prints {'banana', 'date', 'plum', 'apple'} and {'plum', 'banana', 'cherry', 'apple'} for them, and
// {'banana', 'plum', 'cherry', 'apple'} for the second when `plum` is also a name in the program.
const withDate = ['apple', 'banana', 'plum', 'date']
const plain = ['apple', 'banana', 'cherry', 'plum']

describe('moduleIdentifiers', () => {
  it('collects every name the parser interns, and no string literal', () => {
    const source = [
      'import os.path as p',
      'from collections import deque',
      'def area(width, *, height=2): global total; return width',
      'class Box(Base, metaclass=Meta): pass',
      "print(obj.attr, 'literal', end='')",
      'try: pass',
      'except ValueError as err: pass',
    ].join('\n')
    expect(identifiersOf(source)).toEqual(
      [
        'os',
        'path',
        'p',
        'collections',
        'deque',
        'area',
        'width',
        'height',
        'total',
        'Box',
        'Base',
        'metaclass',
        'Meta',
        'print',
        'obj',
        'attr',
        'end',
        'ValueError',
        'err',
      ].sort(),
    )
  })
})

describe('FrozensetConstants', () => {
  it('tells the orders apart', () => {
    expect(builtOrder(withDate, 2)).not.toEqual(builtOrder(withDate, 3))
    expect(builtOrder(plain, 2)).not.toEqual(builtOrder(plain, 3))
  })

  it('builds a display three times when a string was interned at startup', () => {
    expect(new FrozensetConstants(new Set()).fold(withDate)!.items()).toEqual(['banana', 'date', 'plum', 'apple'])
  })

  it('builds it twice when no string needs interning again', () => {
    expect(new FrozensetConstants(new Set()).fold(plain)!.items()).toEqual(['plum', 'banana', 'cherry', 'apple'])
  })

  it('counts the identifiers of the program as interned', () => {
    const set = new FrozensetConstants(new Set(['plum'])).fold(plain)!
    expect(set.items()).toEqual(['banana', 'plum', 'cherry', 'apple'])
  })

  it('keeps the interned object an earlier identifier constant (a keyword name) put first', () => {
    const constants = new FrozensetConstants(new Set())
    constants.register(pyTuple(['date']), false)
    expect(constants.fold(withDate)!.items()).toEqual(['plum', 'date', 'banana', 'apple'])
  })

  it('does not let an earlier literal stop the rebuild', () => {
    const constants = new FrozensetConstants(new Set())
    constants.register('date', true)
    expect(constants.fold(withDate)!.items()).toEqual(['banana', 'date', 'plum', 'apple'])
  })

  it('reuses an equal display of the same compilation, order included', () => {
    const constants = new FrozensetConstants(new Set())
    const first = constants.fold(['b', 'a', 'c'])!
    expect(constants.fold(['c', 'b', 'a'])).toBe(first)
    expect(constants.fold([1, 'a', 'c'])).not.toBe(first)
  })

  it('leaves displays of keys it cannot hash natively to run time', () => {
    expect(new FrozensetConstants(new Set()).fold([pyTuple([1]), 'x'])).toBeDefined()
    expect(new FrozensetConstants(new Set()).fold([new PyList([]), 'x'])).toBeUndefined()
  })
})
