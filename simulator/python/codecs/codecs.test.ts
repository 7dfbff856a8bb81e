import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CodecError, decode, encode } from '.'

type Outcome = { ok: string } | { error: [string, string] }
type Vector = ['encode' | 'decode', string, string, string, Outcome]

const vectors = JSON.parse(readFileSync(new URL('./fixtures/codecs.json', import.meta.url), 'utf8')) as Vector[]

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

function fromHex(text: string): Uint8Array {
  return Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16))
}

function run([direction, input, encoding, errors]: Vector): Outcome {
  try {
    if (direction === 'encode') return { ok: hex(encode(input, encoding, errors)) }
    return { ok: decode(fromHex(input), encoding, errors) }
  } catch (error) {
    if (!(error instanceof CodecError)) throw error
    return { error: [error.pyType, error.message] }
  }
}

describe('codecs match CPython 3.11', () => {
  for (const direction of ['encode', 'decode'] as const) {
    it(`${direction} vectors`, () => {
      const problems = vectors
        .filter((vector) => vector[0] === direction)
        .map((vector) => [vector, run(vector)] as const)
        .filter(([vector, actual]) => JSON.stringify(actual) !== JSON.stringify(vector[4]))
        .map(([vector, actual]) => `${JSON.stringify(vector)}\n    got ${JSON.stringify(actual)}`)
      expect(problems.slice(0, 20)).toEqual([])
    })
  }
})
