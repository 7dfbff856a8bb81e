// The example programs and the course notebook as they are on disk, for the tests.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import catalogData from '../../../../examples/catalog.json'
import { buildCatalog, type CatalogData, type Example } from '../catalog'

const examplesRoot = fileURLToPath(new URL('../../../../examples/', import.meta.url))

/** Every `.py` file under examples/, keyed by its path there (`locks/abba_deadlock.py`), in path order. */
export function exampleFiles(): Record<string, string> {
  const paths = readdirSync(examplesRoot, { recursive: true, encoding: 'utf8' })
    .map((path) => path.replaceAll('\\', '/'))
    .filter((path) => path.endsWith('.py'))
    .sort()
  return Object.fromEntries(paths.map((path) => [path, readFileSync(examplesRoot + path, 'utf8')]))
}

export const catalog: CatalogData = catalogData

/** The catalog joined with the files, as the app builds it. */
export function examples(): Example[] {
  const files = Object.entries(exampleFiles()).map(([path, source]) => [`examples/${path}`, source])
  return buildCatalog(catalog, Object.fromEntries(files)).flatMap((group) => group.examples)
}

/** The course the examples come from: a Jupyter notebook exported as text, each code cell after `In [None]:`. */
/** The course notebook, in `shared/` beside the project (as on every machine that runs the tests). */
export const notebookText = () =>
  readFileSync(new URL('../../../../../shared/reference/concurrency-notebook-pl.txt', import.meta.url), 'utf8')
