import { readFileSync } from 'node:fs'
import { PyBaseException } from '../../types/exceptions'
import { reprFast } from '../repr'

// The vectors scripts/regenerate-number-vectors.py writes to fixtures/number-ops.json (see its docstring).

export type Outcome<T> = { ok: T } | { error: [string, string] }
export type Bits = [string, string]

export interface NumberOps {
  truediv: [string, string, Outcome<string>][]
  floatpow: [string, string, Outcome<string | Bits>][]
  complex: [string, Bits, Bits, Outcome<Bits>][]
}

export const numberOps = JSON.parse(
  readFileSync(new URL('../fixtures/number-ops.json', import.meta.url), 'utf8'),
) as NumberOps

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

/** The outcome of `thunk`, with a Python exception reported as [type name, message]. */
export function outcomeOf<T>(thunk: () => T): Outcome<T> {
  try {
    return { ok: thunk() }
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error
    const args = error.args.items
    return { error: [error.cls.name, args.length === 1 ? String(args[0]) : reprFast(error.args)!] }
  }
}

export function problems<V extends unknown[]>(vectors: V[], actual: (vector: V) => unknown): string[] {
  return vectors
    .map((vector) => [vector, actual(vector)] as const)
    .filter(([vector, got]) => JSON.stringify(got) !== JSON.stringify(vector[vector.length - 1]))
    .slice(0, 20)
    .map(([vector, got]) => `${JSON.stringify(vector)}\n    got ${JSON.stringify(got)}`)
}

/** How many representable doubles apart two results are (as bit patterns); 0 when identical. */
export function ulpDistance(a: string, b: string): number {
  const order = (hex: string) => {
    const v = BigInt('0x' + hex)
    return v >= 1n << 63n ? -(v - (1n << 63n)) : v
  }
  const d = order(a) - order(b)
  return Number(d < 0n ? -d : d)
}

/** Relative difference of two complex results given as bit patterns. */
export function relativeDistance([ar, ai]: Bits, [br, bi]: Bits): number {
  if (ar === br && ai === bi) return 0
  const [xr, xi, yr, yi] = [ar, ai, br, bi].map(decodeFloat)
  const scale = Math.max(Math.hypot(xr, xi), Number.MIN_VALUE)
  return Math.hypot(xr - yr, xi - yi) / scale
}
