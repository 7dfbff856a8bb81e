import catalog from '../../../examples/catalog.json'
import { buildCatalog } from './catalog'

// Bundled at build time, so that the examples work offline, in the browser and in the desktop app alike.
export const bundledExamples = buildCatalog(
  catalog,
  import.meta.glob<string>('../../../examples/**/*.py', { query: '?raw', import: 'default', eager: true }),
)
