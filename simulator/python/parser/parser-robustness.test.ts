import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatSyntaxError, parse, type ParseResult } from './index'

const OK = path.join(__dirname, 'fixtures', 'ok')
const corpus = fs
  .readdirSync(OK)
  .filter((f) => f.endsWith('.py'))
  .sort()
  .map((f) => fs.readFileSync(path.join(OK, f), 'utf8'))

/** A small deterministic generator (mulberry32) so every run fuzzes the same inputs. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PIECES = [
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ':',
  ',',
  ';',
  '.',
  '=',
  '==',
  ':=',
  '*',
  '**',
  '\\',
  '\\\n',
  '\n',
  '\t',
  '    ',
  '"',
  "'",
  '"""',
  "f'",
  'f"{',
  '}',
  '!r',
  '#',
  '0x',
  '0777',
  '1_',
  '1e',
  '1j',
  'def ',
  'class ',
  'if ',
  'else',
  'elif ',
  'for ',
  ' in ',
  'while ',
  'try:',
  'except ',
  'finally:',
  'with ',
  ' as ',
  'lambda ',
  'yield ',
  'await ',
  'async ',
  'return ',
  'global ',
  'nonlocal ',
  'del ',
  'import ',
  'from ',
  'match ',
  'case ',
  '@',
  '->',
  'ż',
  '😀',
  '\u00a0',
  '€',
  '$',
  '?',
  '`',
  '<>',
  'print ',
  'x',
  'y',
  '1',
  'None',
  'True',
  '*a',
  '**k',
  '/',
]

function mutate(src: string, next: () => number): string {
  let out = src
  const edits = 1 + Math.floor(next() * 4)
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (out.length + 1))
    const choice = next()
    if (choice < 0.35) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(next() * 5))
    else if (choice < 0.8) out = out.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + out.slice(at)
    else {
      const lines = out.split('\n')
      const a = Math.floor(next() * lines.length)
      const b = Math.floor(next() * lines.length)
      ;[lines[a], lines[b]] = [lines[b], lines[a]]
      out = lines.join('\n')
    }
  }
  return out
}

function expectWellFormed(result: ParseResult): void {
  if (result.ok) {
    expect(result.module.kind).toBe('Module')
    return
  }
  const e = result.error
  expect(['SyntaxError', 'IndentationError', 'TabError']).toContain(e.type)
  expect(e.msg.length).toBeGreaterThan(0)
  expect(Number.isInteger(e.lineno) && Number.isInteger(e.offset) && Number.isInteger(e.end_offset)).toBe(true)
  expect(e.lineno).toBeGreaterThanOrEqual(1)
  expect(typeof formatSyntaxError(e)).toBe('string')
}

describe('parse never throws', () => {
  it('on mutated fixture programs', () => {
    const next = random(20231125)
    for (let i = 0; i < 3000; i++) {
      const src = mutate(corpus[Math.floor(next() * corpus.length)], next)
      expectWellFormed(parse(src, 'fuzz.py'))
    }
  })

  it('on random token soup', () => {
    const next = random(7)
    for (let i = 0; i < 2000; i++) {
      let src = ''
      const n = Math.floor(next() * 30)
      for (let k = 0; k < n; k++) src += PIECES[Math.floor(next() * PIECES.length)] + (next() < 0.3 ? ' ' : '')
      expectWellFormed(parse(src, 'soup.py'))
    }
  })

  it('on pathological inputs', () => {
    const inputs = [
      '',
      '\n\n\n',
      '\\',
      '('.repeat(250),
      '-'.repeat(20000) + '1',
      'x = ' + '['.repeat(150) + ']'.repeat(150),
      'f"' + '{'.repeat(50),
      '\u0000',
      '\ufeffx = 1',
      '\r\r\r',
      'if x:\n' + '  '.repeat(120) + 'pass',
    ]
    for (const src of inputs) expectWellFormed(parse(src, 'edge.py'))
  })
})

describe('a long program', () => {
  it('parses a 2,000-line program', () => {
    const programs = ['threading', 'asyncio', 'class', 'exceptions', 'condition', 'semaphore', 'long']
    const block = programs.map((p) => fs.readFileSync(path.join(OK, `${p}_program.py`), 'utf8')).join('\n')
    const blockLines = block.split('\n').length
    const big = Array.from({ length: Math.ceil(2000 / blockLines) }, () => block).join('\n')
    expect(big.split('\n').length).toBeGreaterThanOrEqual(2000)
    const result = parse(big, 'big.py')
    expect(result.ok).toBe(true)
  })
})
