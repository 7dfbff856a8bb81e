// The source as CPython's tokenizer sees it: universal newlines, a leading BOM dropped, and lines addressable by
// 1-based number for error reports.

export class SourceText {
  readonly text: string
  readonly lineStarts: number[]
  private readonly endsWithNewline: boolean

  constructor(raw: string) {
    const noBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
    this.text = noBom.replace(/\r\n?/g, '\n')
    this.endsWithNewline = this.text.endsWith('\n')
    this.lineStarts = [0]
    for (let i = 0; i < this.text.length; i++) if (this.text.charCodeAt(i) === 10) this.lineStarts.push(i + 1)
  }

  get lineCount(): number {
    return this.endsWithNewline ? this.lineStarts.length - 1 : this.lineStarts.length
  }

  /** The line without its newline; '' past the end. */
  line(lineno: number): string {
    if (lineno < 1 || lineno > this.lineStarts.length) return ''
    const start = this.lineStarts[lineno - 1]
    const next = lineno < this.lineStarts.length ? this.lineStarts[lineno] - 1 : this.text.length
    return this.text.slice(start, next)
  }

  /** The line as CPython's `SyntaxError.text` holds it when read back from the file: with its newline, if any. */
  errorText(lineno: number): string {
    if (lineno < 1 || lineno > this.lineCount) return ''
    return lineno < this.lineStarts.length ? this.line(lineno) + '\n' : this.line(lineno)
  }

  /** 1-based line of an absolute offset. */
  lineOf(offset: number): number {
    let lo = 0
    let hi = this.lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.lineStarts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }

  columnOf(offset: number): number {
    return offset - this.lineStarts[this.lineOf(offset) - 1]
  }

  /** Converts a UTF-16 column of a line into a UTF-8 byte column, the unit of CPython's parser error offsets. */
  byteColumn(lineno: number, utf16Column: number): number {
    const line = this.line(lineno)
    let bytes = 0
    for (let i = 0; i < utf16Column && i < line.length; i++) {
      const code = line.charCodeAt(i)
      if (code < 0x80) bytes += 1
      else if (code < 0x800) bytes += 2
      else if (code >= 0xd800 && code <= 0xdbff) bytes += 4
      else if (code >= 0xdc00 && code <= 0xdfff) bytes += 0
      else bytes += 3
    }
    return bytes + Math.max(0, utf16Column - line.length)
  }

  /** Converts a UTF-16 column of a line into CPython's character (code point) column. */
  charColumn(lineno: number, utf16Column: number): number {
    const line = this.line(lineno)
    let chars = 0
    for (let i = 0; i < utf16Column && i < line.length; i++) {
      const code = line.charCodeAt(i)
      if (code < 0xdc00 || code > 0xdfff || i === 0 || !isHighSurrogate(line.charCodeAt(i - 1))) chars++
    }
    return chars + Math.max(0, utf16Column - line.length)
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
