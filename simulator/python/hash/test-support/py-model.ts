// A small model of Python values for replaying the fixtures of scripts/regenerate-hash-vectors.py: decoding their
// compact JSON form, hashing with the functions under test, and Python's `==` between them.

import {
  hashBool,
  hashBytes,
  hashFloat,
  hashFromHashResult,
  hashInt,
  hashNone,
  hashStr,
  hashTuple,
  SetTable,
  type PyHash,
} from '../index'

/** A set operation, as the replay's operations are written: `[name, variable, ...operands]`. */
export type ProbeAction = [name: string, variable: string, ...operands: unknown[]]

export interface Probe {
  readonly kind: 'probe'
  readonly name: string
  readonly hash: number | bigint
  readonly val: number
  /** Run once, by the probe's own `__eq__`, then cleared. */
  action: ProbeAction | null
}

export type PyValue =
  | { readonly kind: 'int'; readonly value: number | bigint }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'float'; readonly value: number; readonly nanId: bigint | null }
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'bytes'; readonly value: Uint8Array }
  | { readonly kind: 'none' }
  | { readonly kind: 'tuple'; readonly items: readonly PyValue[] }
  | { readonly kind: 'frozenset'; readonly table: SetTable<PyValue> }
  | Probe

export type Encoded = null | boolean | number | string | Encoded[]

export function parsePythonInt(digits: string): number | bigint {
  const big = BigInt(digits)
  return big >= -9007199254740991n && big <= 9007199254740991n ? Number(big) : big
}

export function parsePythonFloat(text: string): number {
  if (text === 'inf') return Infinity
  if (text === '-inf') return -Infinity
  const x = Number(text)
  if (Number.isNaN(x)) throw new Error(`not a float repr: ${text}`)
  return x
}

export function bytesFromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16)
  return out
}

/** Decodes, hashes and compares values of one fixture file (which fixes `id(None)`) or one case of it. */
export class PyModel {
  readonly none: PyValue = { kind: 'none' }
  private readonly nans = new Map<string, PyValue>()
  readonly equals = (a: PyValue, b: PyValue): boolean => this.pyEquals(a, b)

  constructor(private readonly noneId: bigint) {}

  decode(encoded: Encoded): PyValue {
    if (encoded === null) return this.none
    if (typeof encoded === 'boolean') return { kind: 'bool', value: encoded }
    if (typeof encoded === 'number') return { kind: 'int', value: encoded }
    if (typeof encoded === 'string') return { kind: 'str', value: encoded }
    const [tag, ...rest] = encoded
    switch (tag) {
      case 'I':
        return { kind: 'int', value: parsePythonInt(rest[0] as string) }
      case 'f':
        return { kind: 'float', value: parsePythonFloat(rest[0] as string), nanId: null }
      case 'nan':
        return this.nan(rest[0] as string)
      case 'b':
        return { kind: 'bytes', value: bytesFromHex(rest[0] as string) }
      case 't':
        return { kind: 'tuple', items: rest.map((item) => this.decode(item)) }
      case 'F': {
        const table = new SetTable<PyValue>()
        for (const item of rest) {
          const value = this.decode(item)
          table.add(value, this.hash(value), this.equals)
        }
        return { kind: 'frozenset', table }
      }
      case 'p': {
        const [name, hash, val, action] = rest as [string, Encoded, number, ProbeAction | undefined]
        const decodedHash = this.decode(hash)
        if (decodedHash.kind !== 'int') throw new Error('a probe hash is an int')
        return { kind: 'probe', name, hash: decodedHash.value, val, action: action ?? null }
      }
      default:
        throw new Error(`unknown value tag ${String(tag)}`)
    }
  }

  /** Each NaN object is one value: the same id decodes to the same object. */
  private nan(id: string): PyValue {
    let value = this.nans.get(id)
    if (value === undefined) {
      value = { kind: 'float', value: NaN, nanId: BigInt(id) }
      this.nans.set(id, value)
    }
    return value
  }

  hash(v: PyValue): PyHash {
    switch (v.kind) {
      case 'int':
        return hashInt(v.value)
      case 'bool':
        return hashBool(v.value)
      case 'float':
        return hashFloat(v.value, v.nanId ?? undefined)
      case 'str':
        return hashStr(v.value)
      case 'bytes':
        return hashBytes(v.value)
      case 'none':
        return hashNone(this.noneId)
      case 'tuple':
        return hashTuple(v.items.map((item) => this.hash(item)))
      case 'frozenset':
        return v.table.frozensetHash()
      case 'probe':
        return hashFromHashResult(v.hash)
    }
  }

  /** Python's `a == b` for these values (probes compare by `val`, without the logging the replay adds). */
  pyEquals(a: PyValue, b: PyValue): boolean {
    if (a === b) return true
    const x = numeric(a)
    const y = numeric(b)
    if (x !== null && y !== null) return numbersEqual(x, y)
    if (a.kind !== b.kind) return false
    switch (a.kind) {
      case 'str':
        return a.value === (b as typeof a).value
      case 'bytes': {
        const other = (b as typeof a).value
        return a.value.length === other.length && a.value.every((byte, i) => byte === other[i])
      }
      case 'none':
        return true
      case 'tuple': {
        const other = (b as typeof a).items
        return (
          a.items.length === other.length &&
          a.items.every((item, i) => item === other[i] || this.pyEquals(item, other[i]))
        )
      }
      case 'frozenset': {
        const other = (b as typeof a).table
        if (a.table.size !== other.size) return false
        return a.table.toArray().every((key) => other.contains(key, this.hash(key), this.equals))
      }
      case 'probe':
        return a.val === (b as typeof a).val
      default:
        return false
    }
  }
}

function numeric(v: PyValue): number | bigint | null {
  if (v.kind === 'int' || v.kind === 'float') return v.value
  if (v.kind === 'bool') return v.value ? 1 : 0
  return null
}

function numbersEqual(x: number | bigint, y: number | bigint): boolean {
  if (typeof x === 'number' && typeof y === 'number') return x === y
  if (typeof x === 'bigint' && typeof y === 'bigint') return x === y
  const big = (typeof x === 'bigint' ? x : y) as bigint
  const num = (typeof x === 'number' ? x : y) as number
  return Number.isInteger(num) && BigInt(num) === big
}
