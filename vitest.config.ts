import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['{simulator,cli,electron,renderer,scripts,bench}/**/*.test.ts'],
    testTimeout: 30_000,
    // Some suites build the app first (Electronegativity scans the build): slow when every suite runs at once.
    hookTimeout: 300_000,
  },
})
