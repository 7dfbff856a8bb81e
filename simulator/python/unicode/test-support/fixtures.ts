import { readFileSync } from 'node:fs'

// Reads the CPython 3.11 vectors written by scripts/regenerate-unicode-data.py.

export function loadFixture<T>(name: string): T[] {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as T[]
}

/** [text, lower, upper, title, capitalize, swapcase, casefold (null when unchanged), predicate flags as 0/1s] */
export type StrMethodVector = [string, ...(string | null)[]]

export const CASE_METHODS = ['lower', 'upper', 'title', 'capitalize', 'swapcase', 'casefold'] as const
export const PREDICATES = [
  'isalpha',
  'isdigit',
  'isdecimal',
  'isnumeric',
  'isalnum',
  'isupper',
  'islower',
  'istitle',
  'isidentifier',
  'isspace',
  'isprintable',
] as const

// Reports the first mismatches together, so one run shows the whole picture.
export function mismatches<V>(vectors: V[], check: (vector: V) => string | null): string[] {
  const found: string[] = []
  for (const vector of vectors) {
    const problem = check(vector)
    if (problem !== null) found.push(problem)
  }
  return found.slice(0, 25).concat(found.length > 25 ? [`… and ${found.length - 25} more`] : [])
}
