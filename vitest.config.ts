import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['{simulator,cli,electron,renderer,scripts,bench}/**/*.test.ts'],
    testTimeout: 30_000,
  },
})
