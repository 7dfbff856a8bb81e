import { readFileSync } from 'node:fs'
import { FormatError } from '../format-error'

// Reads the CPython 3.11 vectors written by scripts/regenerate-format-vectors.py (see its docstring for encodings).

export type Outcome<T = unknown> = { ok: T } | { error: [string, string] }

export function loadFixture<T>(name: string): T[] {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as T[]
}

export function decodeFloat(hexBits: string): number {
  const view = new DataView(new ArrayBuffer(8))
  view.setBigUint64(0, BigInt('0x' + hexBits))
  return view.getFloat64(0)
}

export function encodeFloat(x: number): string {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, x)
  return view.getBigUint64(0).toString(16).padStart(16, '0')
}

// Decimal, or '0x…'/'-0x…' for ints past str()'s digit limit; normalized like the simulator's ints.
export function decodeInt(text: string): number | bigint {
  const value = text.startsWith('-') ? -BigInt(text.slice(1)) : BigInt(text)
  return value >= -9007199254740991n && value <= 9007199254740991n ? Number(value) : value
}

export function encodeInt(value: number | bigint): string {
  const big = BigInt(value)
  const magnitude = big < 0n ? -big : big
  if (magnitude.toString().length <= 4000) return big.toString()
  return (big < 0n ? '-0x' : '0x') + magnitude.toString(16)
}

// An error a test host raises for what CPython would raise outside FormatError's kinds (KeyError).
export class HostError extends Error {
  constructor(
    readonly pyType: string,
    message: string,
  ) {
    super(message)
  }
}

export function capture<T>(thunk: () => T, encode: (value: T) => unknown = (value) => value): Outcome {
  try {
    return { ok: encode(thunk()) }
  } catch (error) {
    if (error instanceof FormatError || error instanceof HostError) return { error: [error.pyType, error.message] }
    throw error
  }
}

// Checks every vector and reports the first mismatches together, so one run shows the whole picture.
export function mismatches<V>(vectors: V[], check: (vector: V) => string | null): string[] {
  const found: string[] = []
  for (const vector of vectors) {
    const problem = check(vector)
    if (problem !== null) found.push(problem)
  }
  return found.slice(0, 25).concat(found.length > 25 ? [`… and ${found.length - 25} more`] : [])
}

export function compare(vector: unknown, actual: Outcome, expected: Outcome): string | null {
  const a = JSON.stringify(actual)
  const e = JSON.stringify(expected)
  return a === e ? null : `${JSON.stringify(vector)}\n    got      ${a}\n    expected ${e}`
}
