import { build } from 'electron-vite'

/** Builds main, preload and renderer into out/ (as `npm start` runs them), or into `outDir`. */
export async function buildApp(outDir?: string): Promise<void> {
  await build({ logLevel: 'warn', ...(outDir ? { build: { outDir, emptyOutDir: true } } : {}) })
}
