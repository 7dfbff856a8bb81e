// A Python exception raised by the formatting and parsing helpers; the VM turns it into the exception named by
// `pyType`, with `message` exactly as CPython 3.11 words it.
export class FormatError extends Error {
  constructor(
    readonly pyType: 'ValueError' | 'TypeError' | 'OverflowError',
    message: string,
  ) {
    super(message)
    this.name = pyType
  }
}
