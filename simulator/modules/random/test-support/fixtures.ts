// Reading the JSON fixtures written by scripts/regenerate-random-vectors.py (see its docstring for the encoding).

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { normalizeInt, type PyInt } from '../python-int'
import type { SeedValue } from '../seed'

export function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8')) as T
}

export function int(digits: string): PyInt {
  return normalizeInt(BigInt(digits))
}

// A JSON number, or Python's repr of a non-finite float.
export function float(value: number | string): number {
  if (typeof value === 'number') return value
  const special: Record<string, number> = { inf: Infinity, '-inf': -Infinity, nan: NaN }
  return special[value]
}

export function hexToBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16))
}

export function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

export function hexWords(hex: string): number[] {
  return Array.from(hex.match(/.{8}/g) ?? [], (word) => parseInt(word, 16))
}

export interface EncodedSeed {
  kind: 'int' | 'bool' | 'float' | 'str' | 'bytes' | 'bytearray'
  value: string | number | boolean
  version: number
}

export function decodeSeed(seed: EncodedSeed): SeedValue {
  switch (seed.kind) {
    case 'int':
      return { kind: 'int', value: int(seed.value as string) }
    case 'bool':
      return { kind: 'bool', value: seed.value as boolean }
    case 'float':
      return { kind: 'float', value: float(seed.value as number | string) }
    case 'str':
      return { kind: 'str', value: seed.value as string }
    case 'bytes':
    case 'bytearray':
      return { kind: seed.kind, value: hexToBytes(seed.value as string) }
  }
}
