// The code cells of the course notebook, as exported to text: each cell follows a line `In [None]:`. The export
// does not mark where a cell's code ends and the notes after it begin, so the code is found by compiling it.

const cellMarker = /^In \[[^\]]*\]:$/m

/**
 * Splits the exported notebook into the code of its cells. A cell's code is the longest run of its leading
 * paragraphs (blocks of non-blank lines) that `compiles`, less trailing paragraphs made only of `#` lines:
 * markdown headings after the code compile as comments.
 */
export function notebookCells(text: string, compiles: (code: string) => boolean): string[] {
  return text
    .split(cellMarker)
    .slice(1)
    .map((cell) => cellCode(cell.replace(/^\n/, '').split('\n'), compiles))
}

function cellCode(lines: string[], compiles: (code: string) => boolean): string {
  const paragraphs = paragraphRanges(lines)
  let count = paragraphs.length
  const upTo = (n: number) => lines.slice(0, paragraphs[n - 1][1]).join('\n')
  while (count > 0 && !compiles(upTo(count))) count--
  while (count > 0 && lines.slice(...paragraphs[count - 1]).every((line) => line.trimStart().startsWith('#'))) count--
  return count > 0 ? upTo(count) : ''
}

/** [start, end) line ranges of the runs of non-blank lines. */
function paragraphRanges(lines: string[]): [number, number][] {
  const ranges: [number, number][] = []
  let start = -1
  lines.forEach((line, index) => {
    const blank = line.trim() === ''
    if (!blank && start < 0) start = index
    if (blank && start >= 0) {
      ranges.push([start, index])
      start = -1
    }
  })
  if (start >= 0) ranges.push([start, lines.length])
  return ranges
}
