import { describe, expect, it } from 'vitest'
import { appEntryUrl, appRequestPath, mimeTypeOf } from './app-protocol'

describe('appRequestPath', () => {
  it('maps our own URLs to paths inside the renderer folder', () => {
    expect(appRequestPath(appEntryUrl)).toBe('index.html')
    expect(appRequestPath('app://interleave/')).toBe('index.html')
    expect(appRequestPath('app://interleave/assets/index-abc.js')).toBe('assets/index-abc.js')
    expect(appRequestPath('app://interleave/assets/a%20b.css?v=1#x')).toBe('assets/a b.css')
  })

  it('refuses other schemes and hosts', () => {
    for (const url of [
      'file:///etc/passwd',
      'https://interleave/index.html',
      'app://other/index.html',
      'app://interleave.evil.example/index.html',
      'app://interleave:8080/index.html',
      'app://interleave@evil/index.html',
      'not a url',
      '',
    ]) {
      expect(appRequestPath(url), url).toBeNull()
    }
  })

  it('refuses backslashes, NUL bytes and malformed escapes', () => {
    for (const url of [
      'app://interleave/..%5c..%5csecret',
      'app://interleave/assets%5cindex.js',
      'app://interleave/index.html%00.js',
      'app://interleave/%E0%A4%A',
    ]) {
      expect(appRequestPath(url), url).toBeNull()
    }
  })

  it('clamps dot segments, however spelled, to the renderer folder', () => {
    const cases: Record<string, string> = {
      'app://interleave/../../etc/passwd': 'etc/passwd',
      'app://interleave/%2e%2e/%2e%2e/etc/passwd': 'etc/passwd',
      'app://interleave/assets/..%2f..%2f..%2fetc%2fpasswd': 'etc/passwd',
      'app://interleave/.%2e/secret': 'secret',
      'app://interleave//etc/passwd': 'etc/passwd',
    }
    for (const [url, expected] of Object.entries(cases)) {
      expect(appRequestPath(url), url).toBe(expected)
    }
  })
})

describe('mimeTypeOf', () => {
  it('names the types the renderer build contains', () => {
    expect(mimeTypeOf('index.html')).toBe('text/html; charset=utf-8')
    expect(mimeTypeOf('assets/index.JS')).toBe('text/javascript; charset=utf-8')
    expect(mimeTypeOf('assets/index.css')).toBe('text/css; charset=utf-8')
    expect(mimeTypeOf('favicon.svg')).toBe('image/svg+xml')
  })

  it('serves anything else as opaque bytes', () => {
    expect(mimeTypeOf('payload.exe')).toBe('application/octet-stream')
    expect(mimeTypeOf('README')).toBe('application/octet-stream')
  })
})
