import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { contentSecurityPolicy } from '../electron/csp'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

export interface StaticServer {
  url: string
  close(): Promise<void>
}

/** Serves a built renderer folder on 127.0.0.1; port 0 lets the system pick a free one. */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const base = resolve(root)
  const server: Server = createServer(async (request, response) => {
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
    } catch {
      // A malformed escape must not take the server down with an unhandled rejection.
      response.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request')
      return
    }
    const file = normalize(join(base, pathname === '/' ? 'index.html' : pathname))
    const info = file.startsWith(base + sep) ? await stat(file).catch(() => null) : null
    if (!info?.isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
      return
    }
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': contentSecurityPolicy,
      'Cache-Control': 'no-cache',
    })
    createReadStream(file).pipe(response)
  })
  await new Promise<void>((ready, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', ready)
  })
  const { port: actual } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () => new Promise((done) => server.close(() => done())),
  }
}
