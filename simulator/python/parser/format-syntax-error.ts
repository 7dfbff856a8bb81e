// What `python3 file.py` prints on stderr for an uncaught SyntaxError, following CPython 3.11's
// `print_exception`/`print_error_text` in `Python/pythonrun.c` (which measure the line in UTF-8 bytes).

import type { SyntaxErrorInfo } from './syntax-error'

function utf8Length(s: string): number {
  let n = 0
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
  }
  return n
}

export function formatSyntaxError(error: SyntaxErrorInfo): string {
  let out = `  File "${error.filename}", line ${error.lineno}\n`
  let endOffset = error.type === 'SyntaxError' ? error.end_offset : -1
  const endLineno = error.type === 'SyntaxError' ? error.end_lineno : error.lineno
  const lineSize = utf8Length(error.text)
  if (endLineno > error.lineno) endOffset = lineSize
  if (endOffset > lineSize + 1) endOffset = lineSize + 1
  out += errorText(error.offset, endOffset, error.text)
  return out + `${error.type}: ${error.msg}\n`
}

function errorText(offsetIn: number, endOffset: number, textIn: string): string {
  const carets = endOffset > 0 && endOffset > offsetIn ? endOffset - offsetIn : 1
  let offset = offsetIn - 1
  let text = textIn
  while (text[0] === ' ' || text[0] === '\t' || text[0] === '\f') {
    text = text.slice(1)
    offset--
  }
  let len = utf8Length(text)
  if (text.endsWith('\n')) len--
  if (offset > len) offset = len
  for (;;) {
    const nl = text.indexOf('\n')
    if (nl < 0) break
    const nlBytes = utf8Length(text.slice(0, nl))
    if (nlBytes >= offset) break
    text = text.slice(nl + 1)
    offset -= nlBytes + 1
  }
  let out = '    ' + text
  if (!text.endsWith('\n')) out += '\n'
  if (offset < 0) return out
  return out + '    ' + ' '.repeat(offset) + '^'.repeat(carets) + '\n'
}
