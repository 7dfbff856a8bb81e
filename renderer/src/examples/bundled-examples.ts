import { groupExamples } from './catalog'

// Bundled at build time, so that the examples work offline, in the browser and in the desktop app alike.
export const bundledExamples = groupExamples(
  import.meta.glob<string>('../../../examples/**/*.py', { query: '?raw', import: 'default', eager: true }),
)
