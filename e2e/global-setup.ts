import { buildApp } from '../scripts/build-renderer'
import { serveStatic } from '../scripts/static-server'

// Build once, serve the web build on a free port of 127.0.0.1 for every browser test.
export default async function globalSetup(): Promise<() => Promise<void>> {
  await buildApp()
  const server = await serveStatic('out/renderer')
  process.env.INTERLEAVE_WEB_URL = server.url
  return () => server.close()
}
