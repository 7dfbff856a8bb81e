// The example programs shipped in examples/, grouped by the folder they sit in.

export interface Example {
  /** File name, e.g. `abba_deadlock.py`. */
  name: string
  source: string
}

export interface ExampleFolder {
  /** Folder under examples/, e.g. `locks`; empty for files directly in examples/. */
  name: string
  examples: Example[]
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

/** Groups sources keyed by path (as `import.meta.glob` returns them) by the folder below `examples/`. */
export function groupExamples(sources: Record<string, string>): ExampleFolder[] {
  const folders = new Map<string, Example[]>()
  for (const [path, source] of Object.entries(sources)) {
    const inside = path.slice(path.lastIndexOf('examples/') + 'examples/'.length).split('/')
    const name = inside.pop()!
    const folder = inside.join('/')
    folders.set(folder, [...(folders.get(folder) ?? []), { name, source }])
  }
  return [...folders].map(([name, examples]) => ({ name, examples: examples.sort(byName) })).sort(byName)
}
