import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from './csp'

function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (!name) continue
    expect(directives.has(name), `${name} appears twice`).toBe(false)
    directives.set(name.toLowerCase(), sources)
  }
  return directives
}

describe('contentSecurityPolicy', () => {
  const policy = parsePolicy(contentSecurityPolicy)
  // The fallback chains of CSP Level 3: a directive left out means the next one in its chain applies.
  const fallbacks: Record<string, string[]> = {
    'script-src-elem': ['script-src', 'default-src'],
    'script-src-attr': ['script-src', 'default-src'],
    'worker-src': ['child-src', 'script-src', 'default-src'],
  }
  const effective = (name: string) =>
    [name, ...(fallbacks[name] ?? [])].map((candidate) => policy.get(candidate)).find((sources) => sources) ?? []

  it('falls back to our own origin only', () => {
    expect(policy.get('default-src')).toEqual(["'self'"])
  })

  it('runs scripts from our own origin only, never inline or through eval', () => {
    expect(policy.get('script-src')).toEqual(["'self'"])
    for (const name of ['script-src-elem', 'script-src-attr', 'worker-src']) {
      expect(effective(name), name).toEqual(["'self'"])
    }
  })

  it('allows no eval, no wildcard and no remote origin anywhere', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, name).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/)
        expect(source, name).not.toContain('*')
        // Keywords and local schemes only: any host or scheme source would let a remote origin in.
        expect(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'], name).toContain(source)
      }
    }
  })

  it('allows inline code only for styles, which CodeMirror injects', () => {
    const inline = [...policy].filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([name]) => name)
    expect(inline).toEqual(['style-src'])
  })

  it('forbids plugins, base rewriting and form posts', () => {
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'none'"])
  })

  it('keeps data: and blob: URLs to images', () => {
    for (const [name, sources] of policy) {
      if (sources.includes('data:') || sources.includes('blob:')) expect(name).toBe('img-src')
    }
  })
})
