import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { contentSecurityPolicy } from './electron/csp'

// The same policy the desktop window gets as a header, as a meta tag for the web build.
const cspMeta: Plugin = {
  name: 'interleave-csp-meta',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
      injectTo: 'head-prepend',
    },
  ],
}

export default defineConfig({
  main: {
    build: { lib: { entry: 'electron/main/index.ts' } },
  },
  preload: {
    build: {
      lib: { entry: 'electron/preload/index.ts' },
      rollupOptions: { output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [svelte({ configFile: '../svelte.config.js' }), cspMeta],
    worker: { format: 'es' },
    build: { rollupOptions: { input: 'renderer/index.html' } },
  },
})
