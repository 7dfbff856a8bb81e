import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '../electron/csp'
import { cspMetaPlugin } from './csp-meta-plugin'

// Vite's own HTML pipeline (the one `vite build` runs) applies the plugin, so the serialised tag is what ships.
describe('cspMetaPlugin', () => {
  let root: string
  let html: string

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'interleave-csp-'))
    const page = '<!doctype html>\n<html><head><meta charset="UTF-8" /><title>t</title></head><body></body></html>\n'
    await writeFile(join(root, 'index.html'), page)
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [cspMetaPlugin()],
      server: { middlewareMode: true, hmr: false, ws: false },
    })
    try {
      html = await server.transformIndexHtml('/index.html', page)
    } finally {
      await server.close()
    }
  })

  afterAll(() => rm(root, { recursive: true, force: true }))

  it('puts the policy in a meta tag before anything else in <head>', () => {
    expect(html).toMatch(/<head>\s*<meta http-equiv="Content-Security-Policy"/)
  })

  it('writes exactly the policy the desktop window sends as a header', () => {
    const tags = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)]
    expect(tags).toHaveLength(1)
    const content = tags[0]![1]!
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
    expect(content).toBe(contentSecurityPolicy)
  })
})
