import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  simulatorEntryViolations,
  simulatorViolations,
  svelteScripts,
  type Sources,
} from './test-support/layering-rules'

const projectRoot = fileURLToPath(new URL('..', import.meta.url))

function isTestCode(path: string): boolean {
  return /\.test\.ts$/.test(path) || path.split('/').includes('test-support')
}

/** Non-test sources under `folder`, by project-relative path. */
function sourcesUnder(folder: string, extensions: RegExp): Sources {
  const sources: Sources = {}
  const files = readdirSync(`${projectRoot}${folder}`, { recursive: true, encoding: 'utf8' }).sort()
  for (const relative of files) {
    const path = `${folder}/${relative.replaceAll('\\', '/')}`
    if (extensions.test(path) && !isTestCode(path)) sources[path] = readFileSync(`${projectRoot}${path}`, 'utf8')
  }
  return sources
}

function sourcesIn(folder: string, extensions: RegExp): Sources {
  try {
    return sourcesUnder(folder, extensions)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw error
  }
}

const messagesOf = (source: string, path = 'simulator/python/example.ts') =>
  simulatorViolations({ [path]: source }).map((violation) => violation.message)

describe('the simulator purity checker', () => {
  it.each([
    ["import { readFileSync } from 'node:fs'", "imports the Node built-in 'node:fs'"],
    ["import { readFile } from 'fs/promises'", "imports the Node built-in 'fs/promises'"],
    ["export { join } from 'path'", "imports the Node built-in 'path'"],
    ["export const load = () => import('node:worker_threads')", "imports the Node built-in 'node:worker_threads'"],
    ["import type { App } from 'electron'", "imports 'electron'"],
    ["import { ipcRenderer } from 'electron/renderer'", "imports 'electron/renderer'"],
    ["import { x } from '../../renderer/x'", "imports '../../renderer/x' from renderer/"],
    ["import { api } from '../../electron/api'", "imports '../../electron/api' from electron/"],
    ["import { main } from '../../cli/main'", "imports '../../cli/main' from cli/"],
    ["import data from '../../package.json'", "imports '../../package.json' from outside simulator/"],
  ])('refuses %s', (source, message) => {
    expect(messagesOf(source)).toEqual([message])
  })

  it.each([
    ['export const roll = Math.random()', "reads 'Math.random'"],
    ["export const roll = globalThis.Math['random']()", "reads 'Math.random'"],
    ['export const now = Date.now()', "reads 'Date.now'"],
    ['export const now = new Date()', "reads the clock with 'new Date'"],
    ['export const now = new Date(0)', "reads the clock with 'new Date'"],
    ['export const now = Date()', "reads the clock with 'Date()'"],
    ['export const now = performance.now()', "reads 'performance.now'"],
    ['export const bytes = crypto.getRandomValues(new Uint8Array(4))', "reads 'crypto.getRandomValues'"],
  ])('refuses %s', (source, message) => {
    expect(messagesOf(source)).toEqual([message])
  })

  it.each([
    'window',
    'document',
    'navigator',
    'localStorage',
    'self',
    'process',
    'Buffer',
    'require',
    '__dirname',
    'setTimeout',
    'setInterval',
    'fetch',
    'XMLHttpRequest',
    'Worker',
    'postMessage',
  ])('refuses the host global %s, however it is reached', (name) => {
    const message = `uses the host global '${name}'`
    expect(messagesOf(`export const host = [${name}]`)).toEqual([message])
    expect(messagesOf(`export const host = { ${name} }`)).toEqual([message])
    expect(messagesOf(`export const host = globalThis.${name}`)).toEqual([message])
    expect(messagesOf(`declare const ${name}: unknown\nexport const host = ${name}`)).toEqual([message, message])
  })

  it('reports the line of each breach', () => {
    const source = "import { x } from './x'\n\nexport const y = x + Math.random()\n"
    expect(simulatorViolations({ 'simulator/a.ts': source })).toEqual([
      { file: 'simulator/a.ts', line: 3, message: "reads 'Math.random'" },
    ])
  })

  it('accepts names that are only spelled like host globals, and deterministic built-ins', () => {
    const source = [
      "import { step } from './python/step'",
      "import type { Frame } from '../simulator/frame'",
      'export class Thread { process = 0; self?: Thread; window(document: number) { return document } }',
      'export function run(setTimeout: (f: () => void) => void, fetch: { now(): number }) {',
      '  const process = { pid: 1 }',
      '  const options = { window: 2, self: 3 }',
      '  const { window: size } = options',
      '  const now = fetch.now()',
      '  setTimeout(() => step(now))',
      '  return [process.pid, options.window, size, Math.max(1, 2), new Map(), JSON.stringify({ Date: 1 })]',
      '}',
      'export class Date { static now() { return 0 } }',
      'export const epoch = [new Date(), Date.now()]',
      'export type Holder = { frame: Frame; Worker: number }',
    ].join('\n')
    expect(messagesOf(source)).toEqual([])
  })
})

describe('the simulator entry checker', () => {
  it('refuses imports of simulator internals from the UI and the CLI', () => {
    expect(
      simulatorEntryViolations({
        'renderer/src/run.ts': "import { Interpreter } from '../../simulator/python/interpreter'",
        'cli/main.ts': "export { parse } from '../simulator/python/parser/parse'",
      }),
    ).toEqual([
      {
        file: 'renderer/src/run.ts',
        line: 1,
        message: "imports '../../simulator/python/interpreter': only simulator/index.ts is public",
      },
      {
        file: 'cli/main.ts',
        line: 1,
        message: "imports '../simulator/python/parser/parse': only simulator/index.ts is public",
      },
    ])
  })

  it('looks inside Svelte components, and at workers', () => {
    const component = [
      '<script lang="ts">',
      "  import { simulate } from '../../simulator'",
      "  import SimulatorWorker from '../../simulator/worker?worker'",
      '</script>',
      '<p>{simulate}</p>',
    ].join('\n')
    expect(simulatorEntryViolations({ 'renderer/src/Run.svelte': component })).toEqual([
      {
        file: 'renderer/src/Run.svelte',
        line: 3,
        message: "imports '../../simulator/worker?worker': only simulator/index.ts is public",
      },
    ])
  })

  it('accepts the public entry however it is spelled', () => {
    const sources = {
      'renderer/src/a.ts': "import { a } from '../../simulator'",
      'renderer/src/b.ts': "import { b } from '../../simulator/index'",
      'cli/c.ts': "import type { C } from '../simulator/index.ts'",
      'cli/d.ts': "import { d } from './simulator/internal'",
    }
    expect(simulatorEntryViolations(sources)).toEqual([])
  })

  it('blanks everything but the scripts of a component, keeping lines', () => {
    const script = svelteScripts('<script>\nlet a = 1\n</script>\n<p>{a}</p>\n')
    expect(script.split('\n')).toHaveLength(5)
    expect(script).toContain('let a = 1')
    expect(script).not.toContain('<p>')
  })
})

describe('the project', () => {
  it('keeps every non-test source under simulator/ pure', () => {
    const sources = sourcesIn('simulator', /\.ts$/)
    expect(Object.keys(sources).length).toBeGreaterThan(0)
    expect(simulatorViolations(sources)).toEqual([])
  })

  it('reaches the simulator from renderer/ and cli/ only through simulator/index.ts', () => {
    const sources = { ...sourcesIn('renderer', /\.(ts|svelte)$/), ...sourcesIn('cli', /\.ts$/) }
    expect(Object.keys(sources).length).toBeGreaterThan(0)
    expect(simulatorEntryViolations(sources)).toEqual([])
  })
})
