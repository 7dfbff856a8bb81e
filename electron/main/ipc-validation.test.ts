import { describe, expect, it } from 'vitest'
import {
  InvalidIpcArgument,
  isTrustedSender,
  parseExportRequest,
  parseLanguage,
  parseSaveRequest,
} from './ipc-validation'

describe('isTrustedSender', () => {
  it('trusts our own page', () => {
    expect(isTrustedSender('app://interleave/index.html', undefined)).toBe(true)
    expect(isTrustedSender('app://interleave/', undefined)).toBe(true)
  })

  it('refuses frames from anywhere else', () => {
    for (const url of [
      undefined,
      '',
      'about:blank',
      'not a url',
      'file:///work/main/out/renderer/index.html',
      'https://interleave/index.html',
      'app://interleave.evil.example/index.html',
      'app://interleave@evil.example/index.html',
      'app://other/index.html',
      'http://localhost:5173/',
    ]) {
      expect(isTrustedSender(url, undefined), String(url)).toBe(false)
    }
  })

  it('trusts the dev server only by its exact origin, and only during `npm run dev`', () => {
    const dev = 'http://localhost:5173'
    expect(isTrustedSender('http://localhost:5173/', dev)).toBe(true)
    expect(isTrustedSender('http://localhost:5173/src/App.svelte', dev)).toBe(true)
    expect(isTrustedSender('http://localhost:5174/', dev)).toBe(false)
    expect(isTrustedSender('http://localhost:5173.evil.example/', dev)).toBe(false)
    expect(isTrustedSender('https://localhost:5173/', dev)).toBe(false)
  })
})

describe('parseSaveRequest', () => {
  it('accepts content with an optional granted path and suggested name', () => {
    expect(parseSaveRequest({ content: 'x = 1\n' })).toEqual({ content: 'x = 1\n' })
    expect(parseSaveRequest({ content: '', path: '/home/a/p.py', suggestedName: 'p.py' })).toEqual({
      content: '',
      path: '/home/a/p.py',
      suggestedName: 'p.py',
    })
  })

  it('drops fields it does not know', () => {
    expect(parseSaveRequest({ content: 'a', mode: 0o777 })).toEqual({ content: 'a' })
  })

  it('refuses anything that is not a well-formed request', () => {
    for (const arg of [
      undefined,
      null,
      'x = 1',
      ['x = 1'],
      {},
      { content: 42 },
      { content: new Uint8Array(1) },
      { content: 'a', path: '' },
      { content: 'a', path: 7 },
      { content: 'a', path: '/tmp/a\0.py' },
      { content: 'a', suggestedName: '../p.py' },
      { content: 'a', suggestedName: 'dir\\p.py' },
      { content: 'a', suggestedName: '' },
      { content: 'a', suggestedName: 'p'.repeat(256) },
    ]) {
      expect(() => parseSaveRequest(arg), JSON.stringify(arg)).toThrow(InvalidIpcArgument)
    }
  })

  it('refuses content over 64 MiB', () => {
    expect(() => parseSaveRequest({ content: 'x'.repeat(64 * 1024 * 1024 + 1) })).toThrow(InvalidIpcArgument)
  })
})

describe('parseExportRequest', () => {
  it('accepts text or bytes under a plain file name', () => {
    const bytes = new Uint8Array([137, 80, 78, 71])
    expect(parseExportRequest({ suggestedName: 'trace.json', content: '{}' })).toEqual({
      suggestedName: 'trace.json',
      content: '{}',
    })
    expect(parseExportRequest({ suggestedName: 'timeline.png', content: bytes })).toEqual({
      suggestedName: 'timeline.png',
      content: bytes,
    })
  })

  it('refuses a missing or path-like name and content of another type', () => {
    for (const arg of [
      null,
      { content: '{}' },
      { suggestedName: '/etc/passwd', content: '{}' },
      { suggestedName: 'a\0b', content: '{}' },
      { suggestedName: 'a.json', content: 1 },
      { suggestedName: 'a.json', content: [1, 2] },
      { suggestedName: 'a.json', content: { length: 1 } },
    ]) {
      expect(() => parseExportRequest(arg), JSON.stringify(arg)).toThrow(InvalidIpcArgument)
    }
  })

  it('refuses more than 64 MiB of bytes', () => {
    const content = new Uint8Array(64 * 1024 * 1024 + 1)
    expect(() => parseExportRequest({ suggestedName: 'a.png', content })).toThrow(InvalidIpcArgument)
  })
})

describe('parseLanguage', () => {
  it('accepts the two UI languages and nothing else', () => {
    expect(parseLanguage('en')).toBe('en')
    expect(parseLanguage('pl')).toBe('pl')
    for (const arg of ['de', 'EN', '', undefined, { language: 'en' }]) {
      expect(() => parseLanguage(arg), String(arg)).toThrow(InvalidIpcArgument)
    }
  })
})
