import { spawn, type ChildProcess } from 'node:child_process'
import { get } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const startupLimitMs = 90_000

/** Resolves to the first http://127.0.0.1:PORT/ address the process prints; rejects if it exits or takes too long. */
function servedUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    const fail = (reason: string) => {
      clearTimeout(timer)
      reject(new Error(`${reason}\n--- output of npm run web ---\n${output}`))
    }
    const timer = setTimeout(() => fail(`no address within ${startupLimitMs / 1000} s`), startupLimitMs)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[0])
      }
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.once('error', (error) => fail(error.message))
    child.once('exit', (code, signal) => fail(`exited early (code ${code}, signal ${signal})`))
  })
}

/** The status of a request for `path` exactly as written (fetch would normalise dot segments away). */
function statusOf(url: string, path: string): Promise<number | undefined> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    get({ hostname, port, path }, (response) => {
      response.resume()
      resolve(response.statusCode)
    }).once('error', reject)
  })
}

/** npm starts tsx, which starts node: the process group takes them all down together. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve()
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    return Promise.resolve()
  }
  const forced = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }, 5_000)
  return exited.finally(() => clearTimeout(forced))
}

describe('npm run web', () => {
  let child: ChildProcess
  let url: string

  beforeAll(async () => {
    // As a user starts it: no PORT asked for, and no NODE_ENV=test from Vitest to make Vite build for development.
    const env = { ...process.env }
    delete env.PORT
    delete env.NODE_ENV
    child = spawn('npm', ['run', 'web'], { detached: true, env, stdio: ['ignore', 'pipe', 'pipe'] })
    try {
      url = await servedUrl(child)
    } catch (error) {
      await stop(child)
      throw error
    }
  }, startupLimitMs + 10_000)

  afterAll(() => stop(child), 15_000)

  it('serves on a free port of 127.0.0.1 rather than a fixed one', () => {
    expect(Number(new URL(url).port)).not.toBe(4173)
  })

  it('serves the page and the assets it names', async () => {
    const page = await fetch(url)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    const html = await page.text()
    expect(html).toContain('<div id="app">')
    const script = /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1]
    expect(script).toBeDefined()
    const asset = await fetch(new URL(script!, url))
    expect(asset.status).toBe(200)
    expect(asset.headers.get('content-type')).toContain('javascript')
  })

  it('serves nothing outside the build, and survives malformed paths', async () => {
    expect(await statusOf(url, '/../package.json')).toBe(404)
    expect(await statusOf(url, '/..%2f..%2fpackage.json')).toBe(404)
    expect(await statusOf(url, '/%E0%A4%A')).toBe(400)
    expect(await statusOf(url, '/index.html')).toBe(200)
  })
})
