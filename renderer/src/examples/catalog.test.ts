import { describe, expect, it } from 'vitest'
import { buildCatalog, pathInExamples, type CatalogData, type Localized } from './catalog'
import { catalog, exampleFiles, examples } from './test-support/example-files'

const text = (en: string): Localized => ({ en, pl: `${en} (pl)` })

const small: CatalogData = {
  groups: [
    {
      folder: 'threads',
      title: text('Threads'),
      examples: [{ file: 'hello_threads.py', title: text('Hello'), explanation: text('Greets.') }],
    },
    {
      folder: 'locks',
      title: text('Locks'),
      examples: [
        { file: 'b.py', title: text('B'), explanation: text('Second by name, first in the catalog.') },
        { file: 'a.py', title: text('A'), explanation: text('First by name.') },
      ],
    },
  ],
}

describe('buildCatalog', () => {
  it('keeps the order of the catalog and joins each entry with its source', () => {
    const groups = buildCatalog(small, {
      '../../../examples/locks/a.py': 'a = 1\n',
      '../../../examples/threads/hello_threads.py': 'print("hi")\n',
      '../../../examples/locks/b.py': 'b = 2\n',
    })
    expect(groups.map((group) => [group.folder, group.examples.map((example) => example.path)])).toEqual([
      ['threads', ['threads/hello_threads.py']],
      ['locks', ['locks/b.py', 'locks/a.py']],
    ])
    expect(groups[1].examples[0]).toEqual({
      ...small.groups[1].examples[0],
      name: 'b.py',
      path: 'locks/b.py',
      source: 'b = 2\n',
    })
  })

  it('refuses an entry whose file is missing', () => {
    expect(() => buildCatalog(small, { '/examples/locks/a.py': '', '/examples/locks/b.py': '' })).toThrow(
      'examples/catalog.json lists threads/hello_threads.py, which does not exist',
    )
  })
})

describe('pathInExamples', () => {
  it('is the path below the last examples/ folder', () => {
    expect(pathInExamples('../../../examples/locks/abba_deadlock.py')).toBe('locks/abba_deadlock.py')
    expect(pathInExamples('/work/examples/queues/bounded/producer.py')).toBe('queues/bounded/producer.py')
  })
})

describe('examples/catalog.json and the files', () => {
  it('has an entry for every file and a file for every entry', () => {
    const listed = examples().map((example) => example.path)
    expect([...listed].sort()).toEqual(Object.keys(exampleFiles()))
  })

  it('names each group and each file once', () => {
    const folders = catalog.groups.map((group) => group.folder)
    expect(new Set(folders).size).toBe(folders.length)
    const paths = examples().map((example) => example.path)
    expect(new Set(paths).size).toBe(paths.length)
  })

  it('has every title, explanation and change note in both languages', () => {
    const texts: [string, Localized][] = catalog.groups.flatMap((group) => [
      [`group ${group.folder}`, group.title] as [string, Localized],
      ...group.examples.flatMap((example) => {
        const where = `${group.folder}/${example.file}`
        const own: [string, Localized][] = [
          [`${where} title`, example.title],
          [`${where} explanation`, example.explanation],
        ]
        return example.change ? [...own, [`${where} change`, example.change] as [string, Localized]] : own
      }),
    ])
    const missing = texts.flatMap(([where, localized]) =>
      (['en', 'pl'] as const)
        .filter((language) => !localized[language]?.trim())
        .map((language) => `${where} ${language}`),
    )
    expect(missing).toEqual([])
  })

  it('explains each example in two to four sentences', () => {
    const sentences = (paragraph: string) => paragraph.split(/[.!?](?:\s|$)/).filter((part) => part.trim()).length
    const outside = examples().flatMap((example) =>
      (['en', 'pl'] as const)
        .map((language) => [`${example.path} ${language}`, sentences(example.explanation[language])] as const)
        .filter(([, count]) => count < 2 || count > 4),
    )
    expect(outside).toEqual([])
  })

  it('has the classics under their names', () => {
    const titles = examples().map((example) => example.title.en)
    for (const classic of [
      'ABBA deadlock',
      'Dining philosophers',
      'Dining philosophers (fixed)',
      'Lost update',
      'Lost update (fixed)',
      'Producer–consumer',
      'Readers–writers',
      'Sleeping barber',
      'GIL: CPU-bound vs I/O-bound',
    ]) {
      expect(titles).toContain(classic)
    }
  })
})
