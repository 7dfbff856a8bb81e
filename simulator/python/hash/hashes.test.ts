// Replays fixtures/hashes.json (CPython 3.11, PYTHONHASHSEED=0; see scripts/regenerate-hash-vectors.py).

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  computeStrHash,
  hashBool,
  hashBytes,
  hashFloat,
  hashFromHashResult,
  hashFrozenset,
  hashIdentity,
  hashInt,
  hashNone,
  hashStr,
  hashToPython,
  type PyHash,
} from './index'
import { bytesFromHex, PyModel, type Encoded } from './test-support/py-model'

interface HashVectors {
  noneId: string
  str: [string, string][]
  bytes: [string, string][]
  int: [Encoded, string][]
  bool: [boolean, string][]
  float: [Encoded, string][]
  nan: [string, string][]
  identity: [string, string][]
  userHash: [Encoded, string][]
  tuple: [Encoded, string][]
  frozenset: [Encoded, string][]
}

const vectors = JSON.parse(readFileSync(new URL('./fixtures/hashes.json', import.meta.url), 'utf8')) as HashVectors
const model = new PyModel(BigInt(vectors.noneId))

const asPython = (h: PyHash): string => String(hashToPython(h))

/** Runs `check` on every vector and reports the failures all at once, so one bad case does not hide the rest. */
function mismatches<T>(cases: T[], check: (c: T) => [actual: string, expected: string]): string[] {
  const out: string[] = []
  for (const c of cases) {
    const [actual, expected] = check(c)
    if (actual !== expected) out.push(`${JSON.stringify(c)}: got ${actual}`)
  }
  return out
}

function decodedInt(encoded: Encoded): number | bigint {
  const value = model.decode(encoded)
  if (value.kind !== 'int') throw new Error('expected an int')
  return value.value
}

describe('hash vectors from CPython 3.11', () => {
  it('has thousands of cases', () => {
    const total = Object.values(vectors).reduce((n, v) => n + (Array.isArray(v) ? v.length : 0), 0)
    expect(total).toBeGreaterThan(4000)
  })

  it('str, over the PEP 393 representation, cached and not', () => {
    expect(vectors.str.length).toBeGreaterThan(1500)
    expect(mismatches(vectors.str, ([s, h]) => [asPython(hashStr(s)), h])).toEqual([])
    expect(mismatches(vectors.str, ([s, h]) => [asPython(hashStr(s)), h])).toEqual([])
    expect(mismatches(vectors.str, ([s, h]) => [asPython(computeStrHash(s)), h])).toEqual([])
  })

  it('bytes', () => {
    expect(mismatches(vectors.bytes, ([hex, h]) => [asPython(hashBytes(bytesFromHex(hex))), h])).toEqual([])
  })

  it('int, from numbers and bigints', () => {
    expect(mismatches(vectors.int, ([n, h]) => [asPython(hashInt(decodedInt(n))), h])).toEqual([])
    expect(mismatches(vectors.int, ([n, h]) => [asPython(hashInt(BigInt(decodedInt(n)))), h])).toEqual([])
  })

  it('bool', () => {
    expect(mismatches(vectors.bool, ([b, h]) => [asPython(hashBool(b)), h])).toEqual([])
  })

  it('float', () => {
    expect(
      mismatches(vectors.float, ([x, h]) => {
        const value = model.decode(x)
        if (value.kind !== 'float') throw new Error('expected a float')
        return [asPython(hashFloat(value.value)), h]
      }),
    ).toEqual([])
  })

  it('NaN, by the identity of the float object', () => {
    expect(mismatches(vectors.nan, ([id, h]) => [asPython(hashFloat(NaN, BigInt(id))), h])).toEqual([])
    expect(() => hashFloat(NaN)).toThrow(TypeError)
  })

  it('objects without a hash of their own, None among them, by id given as a number or a bigint', () => {
    expect(mismatches(vectors.identity, ([id, h]) => [asPython(hashIdentity(BigInt(id))), h])).toEqual([])
    expect(mismatches(vectors.identity, ([id, h]) => [asPython(hashIdentity(Number(id))), h])).toEqual([])
    const none = vectors.identity.find(([id]) => id === vectors.noneId)
    expect(none && asPython(hashNone(BigInt(vectors.noneId)))).toBe(none?.[1])
  })

  it('ints returned by __hash__', () => {
    expect(mismatches(vectors.userHash, ([n, h]) => [asPython(hashFromHashResult(decodedInt(n))), h])).toEqual([])
  })

  it('tuple', () => {
    expect(mismatches(vectors.tuple, ([t, h]) => [asPython(model.hash(model.decode(t))), h])).toEqual([])
  })

  it('frozenset, from a table and from a list of item hashes', () => {
    expect(mismatches(vectors.frozenset, ([f, h]) => [asPython(model.hash(model.decode(f))), h])).toEqual([])
    expect(
      mismatches(vectors.frozenset, ([f, h]) => {
        const value = model.decode(f)
        if (value.kind !== 'frozenset') throw new Error('expected a frozenset')
        return [asPython(hashFrozenset(value.table.toArray().map((key) => model.hash(key)))), h]
      }),
    ).toEqual([])
  })
})
