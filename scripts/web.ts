// `npm run web`: build the renderer and serve it on 127.0.0.1 for a browser, until stopped.
import { buildApp } from './build-renderer'
import { serveStatic } from './static-server'

const requested = process.env.PORT ? Number(process.env.PORT) : 0
await buildApp()
const server = await serveStatic('out/renderer', requested)
console.log(`Interleave is served at ${server.url} (Ctrl+C stops it)`)
