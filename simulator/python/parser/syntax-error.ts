// A syntax error as CPython's `SyntaxError` attributes describe it when running `python3 file.py`: `lineno` and
// `offset` are 1-based; `text` is the offending line. Faithful to CPython 3.11, offsets count characters (code points)
// for errors its tokenizer raises, but UTF-8 bytes for errors from its parser, symbol table and compiler (for file
// input it does not convert those); on ASCII lines the two agree.

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError'

export interface SyntaxErrorInfo {
  type: SyntaxErrorType
  msg: string
  filename: string
  lineno: number
  offset: number
  end_lineno: number
  end_offset: number
  text: string
}

/** Thrown inside the parser to unwind to `parse`, which turns it into a `ParseResult`. */
export class PythonSyntaxError {
  constructor(readonly info: Omit<SyntaxErrorInfo, 'filename'>) {}
}
