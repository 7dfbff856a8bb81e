import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'electron-vite'
import { cspMetaPlugin } from './scripts/csp-meta-plugin'

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
    plugins: [svelte({ configFile: '../svelte.config.js' }), cspMetaPlugin()],
    worker: { format: 'es' },
    build: { rollupOptions: { input: 'renderer/index.html' } },
  },
})
