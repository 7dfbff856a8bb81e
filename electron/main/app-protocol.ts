import { posix } from 'node:path'

// The renderer is served from a privileged custom scheme rather than file://, so that it has an origin of
// its own (module scripts and workers load, IPC senders can be recognised) and nothing else on disk is reachable.
export const appScheme = 'app'
export const appHost = 'interleave'
export const appOrigin = `${appScheme}://${appHost}`
export const appEntryUrl = `${appOrigin}/index.html`

/** The path inside the renderer's build folder that a request names, or null if it is not ours or escapes it. */
export function appRequestPath(requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const normalized = posix.normalize(pathname)
  if (!normalized.startsWith('/') || normalized.split('/').includes('..')) return null
  return normalized === '/' ? 'index.html' : normalized.slice(1)
}

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.py': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

export function mimeTypeOf(path: string): string {
  return mimeTypes[posix.extname(path).toLowerCase()] ?? 'application/octet-stream'
}
