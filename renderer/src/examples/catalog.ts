// The example programs shipped in examples/, in the groups and order of examples/catalog.json, with their
// titles and explanations in every UI language.
import type { Language } from '../i18n/messages'

export type Localized = Record<Language, string>

/** A text replacement that turned a notebook cell into an example file: `from` occurs once in the cell. */
export interface SourceEdit {
  from: string
  to: string
}

/** What was changed from the notebook cell, and why; `edits` turn the cell into the file. */
export interface ExampleChange extends Localized {
  edits: SourceEdit[]
}

export interface ExampleEntry {
  /** File name inside the group's folder, e.g. `abba_deadlock.py`. */
  file: string
  title: Localized
  explanation: Localized
  change?: ExampleChange
}

export interface GroupEntry {
  /** Folder under examples/, e.g. `locks`. */
  folder: string
  title: Localized
  examples: ExampleEntry[]
}

/** The shape of examples/catalog.json. */
export interface CatalogData {
  groups: GroupEntry[]
}

export interface Example extends ExampleEntry {
  /** File name, e.g. `abba_deadlock.py`: what the editor opens it as. */
  name: string
  /** Path below examples/, e.g. `locks/abba_deadlock.py`. */
  path: string
  source: string
}

export interface ExampleGroup {
  folder: string
  title: Localized
  examples: Example[]
}

/** The path below `examples/` of a key of `import.meta.glob`, e.g. `../../../examples/locks/a.py` → `locks/a.py`. */
export function pathInExamples(key: string): string {
  return key.slice(key.lastIndexOf('examples/') + 'examples/'.length)
}

/** Joins the catalog with the sources keyed by path (as `import.meta.glob` returns them), in the catalog's order. */
export function buildCatalog(catalog: CatalogData, sources: Record<string, string>): ExampleGroup[] {
  const byPath = new Map(Object.entries(sources).map(([key, source]) => [pathInExamples(key), source]))
  return catalog.groups.map((group) => ({
    folder: group.folder,
    title: group.title,
    examples: group.examples.map((entry) => {
      const path = `${group.folder}/${entry.file}`
      const source = byPath.get(path)
      if (source === undefined) throw new Error(`examples/catalog.json lists ${path}, which does not exist`)
      return { ...entry, name: entry.file, path, source }
    }),
  }))
}
