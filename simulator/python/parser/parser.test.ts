import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type * as ast from '../ast/nodes'
import { FIELDS } from './ast-fields'
import { astDump, formatSyntaxError, parse, type SyntaxErrorInfo } from './index'

const FIXTURES = path.join(__dirname, 'fixtures')
const CONFORMANCE = path.join(__dirname, '..', '..', 'conformance')

interface ErrorFixture extends Omit<SyntaxErrorInfo, 'filename'> {
  stderr: string
}

function pythonFiles(dir: string): string[] {
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.py'))
        .sort()
    : []
}

function read(file: string): string {
  return fs.readFileSync(file, 'utf8')
}

function parseOk(src: string, name: string): ast.Module {
  const result = parse(src, name)
  if (!result.ok) throw new Error(`${name}: ${result.error.type}: ${result.error.msg} (line ${result.error.lineno})`)
  return result.module
}

function expectError(src: string, name: string, expected: ErrorFixture): void {
  const result = parse(src, name)
  expect(result.ok, `${name} should be a ${expected.type}`).toBe(false)
  if (result.ok) return
  const { filename, ...fields } = result.error
  expect(filename).toBe(name)
  const { stderr, ...expectedFields } = expected
  expect(fields).toEqual(expectedFields)
  expect(formatSyntaxError(result.error)).toBe(stderr)
}

/** Located nodes in pre-order over `_fields`, as the generator script lists CPython's. */
function locatedNodes(node: unknown, out: [string, number, number, number, number][] = []): typeof out {
  if (Array.isArray(node)) {
    for (const item of node) locatedNodes(item, out)
  } else if (node && typeof node === 'object' && 'kind' in node) {
    const n = node as ast.Node & Partial<ast.Position>
    if (typeof n.lineno === 'number' && n.kind !== 'TypeIgnore') {
      out.push([n.kind, n.lineno, n.col_offset!, n.end_lineno!, n.end_col_offset!])
    }
    for (const field of FIELDS[n.kind])
      locatedNodes((n as unknown as Record<string, unknown>)[field.replace('?', '')], out)
  }
  return out
}

describe('parse: valid programs match ast.dump of CPython 3.11', () => {
  const dir = path.join(FIXTURES, 'ok')
  it.each(pythonFiles(dir))('%s', (name) => {
    const module = parseOk(read(path.join(dir, name)), name)
    expect(astDump(module)).toBe(read(path.join(dir, name.replace(/\.py$/, '.ast'))).trimEnd())
  })
})

describe('parse: node positions match CPython 3.11 (in UTF-16 columns)', () => {
  const dir = path.join(FIXTURES, 'ok')
  const expected = JSON.parse(read(path.join(FIXTURES, 'ok-positions.json'))) as Record<string, unknown[]>
  it.each(pythonFiles(dir))('%s', (name) => {
    expect(locatedNodes(parseOk(read(path.join(dir, name)), name))).toEqual(expected[name])
  })
})

describe('parse: syntax errors match CPython 3.11, field by field and as printed', () => {
  const dir = path.join(FIXTURES, 'errors')
  it.each(pythonFiles(dir))('%s', (name) => {
    const expected = JSON.parse(read(path.join(dir, name.replace(/\.py$/, '.json')))) as ErrorFixture
    expectError(read(path.join(dir, name)), name, expected)
  })
})

/**
 * Conformance programs we knowingly cannot parse yet, with the reason. They are expected to fail, so fixing one
 * makes its test fail until it is removed from this list.
 */
const KNOWN_GAPS: Record<string, string> = {}

describe('parse: conformance programs', () => {
  const programs = path.join(CONFORMANCE, 'programs')
  const asts = path.join(CONFORMANCE, 'ast')
  const names = pythonFiles(programs).filter(
    (name) =>
      fs.existsSync(path.join(asts, name.replace(/\.py$/, '.ast'))) ||
      fs.existsSync(path.join(asts, name.replace(/\.py$/, '.error.json'))),
  )
  const check = (name: string): void => {
    const src = read(path.join(programs, name))
    const stem = name.replace(/\.py$/, '')
    const astFile = path.join(asts, `${stem}.ast`)
    if (fs.existsSync(astFile)) expect(astDump(parseOk(src, name))).toBe(read(astFile).trimEnd())
    else expectError(src, name, JSON.parse(read(path.join(asts, `${stem}.error.json`))) as ErrorFixture)
  }
  const supported = names.filter((name) => !(name in KNOWN_GAPS))
  const gaps = names.filter((name) => name in KNOWN_GAPS)
  it.runIf(supported.length > 0).each(supported)('%s', check)
  it.runIf(gaps.length > 0).fails.each(gaps)('%s (known gap)', check)
})
