import { describe, expect, it } from 'vitest'
import { notebookCells } from './notebook-cells'
import { compiles } from './python-compiles'

describe('notebookCells', () => {
  it('takes the code after each marker and leaves out the notes that follow it', () => {
    const text = [
      '# Wątki',
      '',
      'In [None]:',
      'x = 1',
      '',
      'print(x)',
      '',
      'Wątek można stworzyć dziedzicząc po klasie Thread',
      '',
      'In [None]:',
      'print(2)',
    ].join('\n')
    expect(notebookCells(text, compiles)).toEqual(['x = 1\n\nprint(x)', 'print(2)'])
  })

  it('keeps comment paragraphs followed by code, drops markdown headings after it', () => {
    const text = [
      'In [None]:',
      '# a comment',
      '',
      'y = 2',
      '',
      '## Współdzielenie zasobów',
      '',
      'ograniczenie dostępu',
    ].join('\n')
    expect(notebookCells(text, compiles)).toEqual(['# a comment\n\ny = 2'])
  })

  it('keeps an indented paragraph after a blank line inside a block', () => {
    const text = [
      'In [None]:',
      'class A:',
      '    def f(self):',
      '        pass',
      '    ',
      '    def g(self):',
      '        pass',
    ].join('\n')
    expect(notebookCells(text, compiles)).toEqual([text.slice('In [None]:\n'.length)])
  })

  it('finds no cells in text without markers', () => {
    expect(notebookCells('# Asynchroniczność\n\nprint(1)\n', compiles)).toEqual([])
  })
})
