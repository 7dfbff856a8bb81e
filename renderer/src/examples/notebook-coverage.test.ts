import { describe, expect, it } from 'vitest'
import type { Example, SourceEdit } from './catalog'
import { examples, notebookText } from './test-support/example-files'
import { notebookCells } from './test-support/notebook-cells'
import { compiles } from './test-support/python-compiles'

/** Lines without trailing whitespace, blank lines left out: what must match between a cell and its example. */
const normalise = (code: string) =>
  code
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '')
    .join('\n')

const contains = (example: Example, code: string) =>
  `\n${normalise(example.source)}\n`.includes(`\n${normalise(code)}\n`)

function applyEdits(cell: string, edits: SourceEdit[]): string {
  return edits.reduce((code, edit) => code.replace(edit.from, () => edit.to), cell)
}

const cells = notebookCells(notebookText(), compiles)
const library = examples()
const changed = library.filter((example) => example.change)

describe('the course notebook', () => {
  it('yields one piece of code per code cell', () => {
    expect(cells).toHaveLength(notebookText().match(/^In \[None\]:$/gm)!.length)
    expect(cells.filter((cell) => normalise(cell) === '')).toEqual([])
  })

  it('has every code cell in the library, as it is or with the change its example describes', () => {
    const missing = cells.filter(
      (cell) =>
        !library.some((example) => contains(example, cell)) &&
        !changed.some((example) => contains(example, applyEdits(cell, example.change!.edits))),
    )
    expect(missing).toEqual([])
  })

  describe.each(changed.map((example) => [example.path, example] as const))('the change to %s', (_, example) => {
    const edits = example.change!.edits
    const occursOnce = (code: string, text: string) => code.split(text).length === 2
    const cell = cells.find(
      (code) => edits.every((edit) => occursOnce(code, edit.from)) && contains(example, applyEdits(code, edits)),
    )

    it('is a notebook cell with the edits applied, each replaced text occurring in the cell once', () => {
      expect(cell).toBeDefined()
    })

    it('really changes that cell', () => {
      expect(contains(example, cell!)).toBe(false)
    })
  })
})
