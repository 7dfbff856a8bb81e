// The `Traceback (most recent call last):` section as 3.11's C printer writes it (Python/traceback.c): one
// `File "…", line N, in name` per entry, the source line without its indentation, then markers under the failing
// instruction's columns (elided when they would span the whole line), runs of one repeated line collapsed.
import { utf8Encode } from '../runtime/utf8'
import { tracebackEntries, type PyTraceback } from '../runtime/types/traceback'
import { caretAnchors, codePoints } from './caret-anchors'
import { displayWidth } from './display-width'

/** Entries shown at most (PyTraceBack_LIMIT): the outermost ones go first. */
const tracebackLimit = 1000
/** A line repeated more often than this is summarised (TB_RECURSIVE_CUTOFF). */
const recursiveCutoff = 3
/** The source line is written after this many spaces. */
const sourceIndent = 4

export function formatTraceback(tb: PyTraceback, sources: ReadonlyMap<string, string>): string {
  let out = 'Traceback (most recent call last):\n'
  const entries = tracebackEntries(tb)
  let lastKey: string | null = null
  let count = 0
  for (const entry of entries.slice(Math.max(0, entries.length - tracebackLimit))) {
    const code = entry.frame.code
    const key = `${code.filename}\0${entry.lineno}\0${code.name}`
    if (key !== lastKey) {
      if (count > recursiveCutoff) out += repeatedLine(count)
      lastKey = key
      count = 0
    }
    count++
    if (count <= recursiveCutoff) out += entryText(entry, sources)
  }
  if (count > recursiveCutoff) out += repeatedLine(count)
  return out
}

function repeatedLine(count: number): string {
  const more = count - recursiveCutoff
  return `  [Previous line repeated ${more} more time${more > 1 ? 's' : ''}]\n`
}

function entryText(entry: PyTraceback, sources: ReadonlyMap<string, string>): string {
  const code = entry.frame.code
  const header = `  File "${code.filename}", line ${entry.lineno}, in ${code.name}\n`
  const line = sourceLine(sources, code.filename, entry.lineno)
  if (line === undefined) return header
  const indent = line.length - line.replace(/^[ \t\f]+/, '').length
  const shown = `${' '.repeat(sourceIndent)}${line.slice(indent)}\n`
  const at = entry.lasti * 4
  const [startLine, endLine, startCol, endCol] = code.positions.subarray(at, at + 4)
  if (startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0) return header + shown
  return header + shown + markers(line, indent, startLine === endLine, startCol, endCol)
}

/** The marker line under a source line, or '' when the primary markers would cover all of it. */
function markers(line: string, indent: number, oneLine: boolean, startCol: number, endCol: number): string {
  const chars = Array.from(line)
  const start = codePoints(line, startCol)
  // A multi-line instruction is marked to the end of its first line.
  const end = oneLine ? codePoints(line, endCol) : lastNonWhitespace(line) + 1
  const anchors = oneLine ? caretAnchors(chars.slice(start, end).join('')) : null
  if (end - start === chars.length - indent && anchors === null) return ''
  // Offsets are counted in characters, markers in terminal columns.
  const column = (offset: number) => displayWidth(chars.slice(0, offset).join(''))
  const left = anchors === null ? -1 : column(anchors.left + start)
  const right = anchors === null ? -1 : column(anchors.right + start)
  const startColumn = column(start)
  const endColumn = column(end)
  let out = ''
  for (let offset = indent - sourceIndent + 1; offset <= endColumn; offset++) {
    if (offset <= startColumn) out += ' '
    else if (anchors !== null && left < offset && offset <= right) out += anchors.secondary
    else out += anchors?.primary ?? '^'
  }
  return out + '\n'
}

/**
 * The index of the last character that is not a space, tab or form feed. CPython scans the line's UTF-8 bytes
 * from the character count downwards, so on a line with non-ASCII text it lands where those bytes say.
 */
function lastNonWhitespace(line: string): number {
  const bytes = utf8Encode(line)
  let i = Array.from(line).length
  while (--i >= 0) {
    const b = bytes[i]
    if (b !== 0x20 && b !== 0x09 && b !== 0x0c) break
  }
  return i
}

/** Line `lineno` of a file the interpreter compiled, without its line break; undefined for `<string>`-like names. */
export function sourceLine(sources: ReadonlyMap<string, string>, filename: string, lineno: number): string | undefined {
  if (filename.startsWith('<') && filename.endsWith('>')) return undefined
  const source = sources.get(filename)
  if (source === undefined || lineno < 1) return undefined
  return source.split(/\r\n|\r|\n/)[lineno - 1]
}
