import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildApp } from '../scripts/build-renderer'
import reviewed from './electronegativity-reviewed.json'

interface Finding {
  check: string
  file: string
}

interface ScanError {
  file: string
  message: string
}

type Electronegativity = (
  options: Record<string, unknown>,
  forCli: boolean,
) => Promise<{ errors: ScanError[]; issues: unknown[] }>

const require = createRequire(import.meta.url)

// Its CLI relies on a `commander` it does not declare (the one npm hoists here breaks it), and it downloads
// translations before every scan: call its runner directly, with the download refused so that the scan stays offline.
function loadElectronegativity(): Electronegativity {
  const entry = require.resolve('@doyensec/electronegativity')
  const got = createRequire(entry).resolve('got')
  require.cache[got] = {
    id: got,
    filename: got,
    loaded: true,
    exports: () => Promise.reject(new Error('offline')),
  } as unknown as NodeJS.Module
  return require(entry) as Electronegativity
}

function findingsOf(sarif: string): Finding[] {
  const report = JSON.parse(sarif) as {
    runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[]
  }
  return report.runs.flatMap((run) =>
    run.results.map((result) => ({
      check: result.ruleId,
      file: result.locations[0]?.physicalLocation.artifactLocation.uri ?? '',
    })),
  )
}

const key = (finding: Finding) => `${finding.check} in ${finding.file}`

/** Its runner returns before the report is on disk (it writes with a callback nobody awaits): wait for it. */
async function reportWhenWritten(path: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      const text = await readFile(path, 'utf8')
      JSON.parse(text)
      return text
    } catch (error) {
      if (attempt >= 300) throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

// Scans the app as electron-builder packs it (package.json and out/), built afresh into a folder of its own.
describe('Electronegativity', () => {
  let root: string
  let findings: Finding[]
  let errors: ScanError[]

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'interleave-electronegativity-'))
    // Vitest's NODE_ENV=test would make Vite build for development; scan what ships.
    vi.stubEnv('NODE_ENV', 'production')
    try {
      await buildApp(join(root, 'out'))
    } finally {
      vi.unstubAllEnvs()
    }
    await copyFile('package.json', join(root, 'package.json'))
    const report = join(root, 'report.sarif')
    const result = await loadElectronegativity()(
      {
        input: root,
        output: report,
        isSarif: true,
        isRelative: true,
        excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
        electronVersionOverride: '41.7.1',
      },
      false,
    )
    errors = result.errors
    findings = findingsOf(await reportWhenWritten(report))
  }, 120_000)

  afterAll(() => rm(root, { recursive: true, force: true }))

  it('reads the main process, the preload, the page and package.json', () => {
    const readable = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'package.json']
    const unread = errors.filter((error) => readable.some((file) => error.file.endsWith(file)))
    expect(unread).toEqual([])
  })

  it('finds nothing that has not been reviewed', () => {
    const accepted = new Set(reviewed.map(key))
    expect(findings.filter((finding) => !accepted.has(key(finding))).map(key)).toEqual([])
  })

  it('still finds everything listed as reviewed, so the list does not outlive its reasons', () => {
    const found = new Set(findings.map(key))
    expect(reviewed.filter((entry) => !found.has(key(entry))).map(key)).toEqual([])
  })

  it('gives a reason for every reviewed finding', () => {
    for (const entry of reviewed) expect(entry.reason.length, key(entry)).toBeGreaterThan(20)
  })
})
