import { build } from 'electron-vite'

/** Builds main, preload and renderer into out/, as `npm start` runs them. */
export async function buildApp(): Promise<void> {
  await build({ logLevel: 'warn' })
}
