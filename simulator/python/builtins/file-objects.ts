// The objects open() returns, as the io module shapes them: TextIOWrapper for text (decoding, universal newlines,
// tell() cookies that are byte offsets), BufferedReader/BufferedWriter/BufferedRandom for binary files, all over the
// interpreter's in-memory file system. Writes go straight to the file (no buffering).
import { encode } from '../codecs'
import { toArray } from '../runtime/abstract/iter'
import { asInt } from '../runtime/abstract/numeric'
import { registerRepr } from '../runtime/abstract/repr'
import { typeError, valueError } from '../runtime/errors'
import type { NativeGen } from '../runtime/native'
import { builtinType, None, plainAlloc, PyObject, PyType, TypeType, type PyValue } from '../runtime/object'
import { typeName } from '../runtime/type-of'
import { pyBool } from '../runtime/types/bool'
import { PyByteArray } from '../runtime/types/bytearray'
import { PyBytes } from '../runtime/types/bytes'
import { PyGetSet } from '../runtime/types/descriptors'
import { newException, OSErrorType, StopIterationType, ValueErrorType } from '../runtime/types/exceptions'
import { PyList } from '../runtime/types/list'
import type { MemoryFileSystem } from '../vm/memory-fs'
import { arity, method, resumableMethod } from './define'
import { decodeToStr, encodeStr } from './types/codec-calls'

function ioType(name: string): PyType {
  const t = builtinType(name, undefined, plainAlloc)
  t.module = '_io'
  return t
}

export const TextIOWrapperType = ioType('TextIOWrapper')
export const BufferedReaderType = ioType('BufferedReader')
export const BufferedWriterType = ioType('BufferedWriter')
export const BufferedRandomType = ioType('BufferedRandom')

/** io.UnsupportedOperation: both an OSError and a ValueError. */
export const UnsupportedOperationType = new PyType(
  TypeType,
  'UnsupportedOperation',
  [OSErrorType, ValueErrorType],
  true,
)
UnsupportedOperationType.mro = [UnsupportedOperationType, OSErrorType, ValueErrorType, ...OSErrorType.mro.slice(1)]
UnsupportedOperationType.module = 'io'
UnsupportedOperationType.alloc = OSErrorType.alloc

function unsupported(message: string) {
  const exc = newException(OSErrorType, message)
  exc.cls = UnsupportedOperationType
  return exc
}

export interface FileOptions {
  /** The mode as open() received it (a text file reports it as given). */
  mode: string
  readable: boolean
  writable: boolean
  appending: boolean
  binary: boolean
  encoding: string
  errors: string
  /** null: universal newlines (translate on read); otherwise the newline argument. */
  newline: string | null
}

/** An open file: a position in bytes on a file of the in-memory file system. */
export class PyFile extends PyObject {
  closed = false
  /** The position as a byte offset (text files report it as their tell() cookie). */
  position = 0
  /** Text files: the decoded rest of the file from `position`, valid while the file's version is unchanged. */
  private cache: { version: number; position: number; rest: string } | null = null

  constructor(
    cls: PyType,
    readonly fs: MemoryFileSystem,
    readonly name: PyValue,
    readonly path: string,
    readonly options: FileOptions,
    readonly fd: number,
  ) {
    super(cls)
  }

  check(op: 'read' | 'write' | 'any'): void {
    if (this.closed) throw valueError('I/O operation on closed file.')
    if (op === 'read' && !this.options.readable) throw unsupported(this.options.binary ? 'read' : 'not readable')
    if (op === 'write' && !this.options.writable) throw unsupported(this.options.binary ? 'write' : 'not writable')
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    this.fs.closeDescriptor(this.fd)
  }

  bytes(): Uint8Array {
    return this.fs.bytesOf(this.path)
  }

  /** Text files: the undecoded text from the position on (newlines untranslated). */
  rest(): string {
    const version = this.fs.versionOf(this.path)
    const c = this.cache
    if (c !== null && c.version === version && c.position === this.position) return c.rest
    const rest = decodeToStr(this.bytes().subarray(this.position), this.options.encoding, this.options.errors)
    this.cache = { version, position: this.position, rest }
    return rest
  }

  /** Text files: moves past the first `units` UTF-16 units of rest(). */
  consume(units: number): void {
    const rest = this.rest()
    const taken = rest.slice(0, units)
    this.position += encodedLength(taken, this.options)
    this.cache = { version: this.fs.versionOf(this.path), position: this.position, rest: rest.slice(units) }
  }

  writeBytes(data: Uint8Array): void {
    if (this.options.appending) this.position = this.fs.sizeOf(this.path)
    this.fs.writeAt(this.path, this.position, data)
    this.position += data.length
  }
}

function encodedLength(text: string, options: FileOptions): number {
  if (/^utf-?8$/i.test(options.encoding)) {
    let n = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c < 0x80) n += 1
      else if (c < 0x800) n += 2
      else if (c >= 0xd800 && c < 0xdc00) {
        n += 4
        i++
      } else n += 3
    }
    return n
  }
  return encode(text, options.encoding, options.errors).length
}

// --- text reading with newline handling ---

/** How many UTF-16 units of `raw` make up the first `count` characters (all when count < 0). */
function unitsForChars(raw: string, count: number): number {
  if (count < 0) return raw.length
  let i = 0
  for (let n = 0; n < count && i < raw.length; n++) i += raw.codePointAt(i)! > 0xffff ? 2 : 1
  return i
}

/** Universal newlines: "\r\n" and "\r" read as "\n". */
function translate(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

/** read(size): the translated text and the raw units it used. */
function readText(raw: string, size: number, newline: string | null): [string, number] {
  if (newline !== null) {
    const units = unitsForChars(raw, size)
    return [raw.slice(0, units), units]
  }
  if (size < 0) return [translate(raw), raw.length]
  let out = ''
  let i = 0
  for (let n = 0; n < size && i < raw.length; n++) {
    if (raw[i] === '\r') {
      out += '\n'
      i += raw[i + 1] === '\n' ? 2 : 1
    } else {
      const u = raw.codePointAt(i)! > 0xffff ? 2 : 1
      out += raw.slice(i, i + u)
      i += u
    }
  }
  return [out, i]
}

/** readline(limit): one line (ending included) as the newline mode splits them, and the raw units it used. */
function readLineText(raw: string, limit: number, newline: string | null): [string, number] {
  let end: number
  if (newline === null || newline === '') {
    const m = /\r\n|\r|\n/.exec(raw)
    end = m === null ? raw.length : m.index + m[0].length
  } else {
    const at = raw.indexOf(newline)
    end = at < 0 ? raw.length : at + newline.length
  }
  let units = end
  if (limit >= 0) units = Math.min(units, unitsForChars(raw, limit))
  const line = raw.slice(0, units)
  return [newline === null ? translate(line) : line, units]
}

function readLineBytes(data: Uint8Array, limit: number): Uint8Array {
  let end = data.indexOf(0x0a)
  end = end < 0 ? data.length : end + 1
  if (limit >= 0) end = Math.min(end, limit)
  return data.slice(0, end)
}

function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1
  const n = asInt(v)
  if (n === undefined) throw typeError(`argument should be integer or None, not '${typeName(v)}'`)
  return Number(n)
}

function bytesLike(v: PyValue): Uint8Array {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.bytes
  throw typeError(`a bytes-like object is required, not '${typeName(v)}'`)
}

// --- methods ---

const f = (v: PyValue) => v as PyFile

function readLine(file: PyFile, limit: number): PyValue {
  if (file.options.binary) {
    const line = readLineBytes(file.bytes().subarray(file.position), limit)
    file.position += line.length
    return new PyBytes(line)
  }
  const [line, units] = readLineText(file.rest(), limit, file.options.newline)
  file.consume(units)
  return line
}

/** write(): bytes-like data to a binary file, str to a text file (its newlines translated as asked). */
function write(file: PyFile, data: PyValue): number {
  if (file.options.binary) {
    const bytes = bytesLike(data)
    file.writeBytes(bytes)
    return bytes.length
  }
  if (typeof data !== 'string') throw typeError(`write() argument must be str, not ${typeName(data)}`)
  const newline = file.options.newline
  const text = newline !== null && newline !== '' && newline !== '\n' ? data.replaceAll('\n', newline) : data
  file.writeBytes(encodeStr(text, file.options.encoding, file.options.errors).bytes)
  return [...data].length
}

function isEmpty(v: PyValue): boolean {
  return v instanceof PyBytes ? v.bytes.length === 0 : v === ''
}

function installShared(type: PyType): void {
  method(type, 'read', (_ts, a) => {
    arity('read', a, 0, 1, 1)
    const file = f(a[0])
    file.check('read')
    const size = sizeArg(a[1])
    if (file.options.binary) {
      const data = file.bytes().subarray(file.position)
      const out = size < 0 ? data.slice() : data.slice(0, size)
      file.position += out.length
      return new PyBytes(out)
    }
    const [text, units] = readText(file.rest(), size, file.options.newline)
    file.consume(units)
    return text
  })
  method(type, 'readline', (_ts, a) => {
    arity('readline', a, 0, 1, 1)
    f(a[0]).check('read')
    return readLine(f(a[0]), sizeArg(a[1]))
  })
  method(type, 'readlines', (_ts, a) => {
    arity('readlines', a, 0, 1, 1)
    const file = f(a[0])
    file.check('read')
    const hint = sizeArg(a[1])
    const lines: PyValue[] = []
    let total = 0
    for (;;) {
      const line = readLine(file, -1)
      if (isEmpty(line)) break
      lines.push(line)
      total += line instanceof PyBytes ? line.bytes.length : (line as string).length
      if (hint > 0 && total >= hint) break
    }
    return new PyList(lines)
  })
  method(type, 'write', (_ts, a) => {
    arity('write', a, 1, 1, 1)
    const file = f(a[0])
    file.check('write')
    return write(file, a[1])
  })
  resumableMethod(type, 'writelines', function* (_ts, a): NativeGen {
    arity('writelines', a, 1, 1, 1)
    const file = f(a[0])
    file.check('write')
    for (const line of yield* toArray(a[1])) write(file, line)
    return None
  })
  method(type, 'tell', (_ts, a) => {
    f(a[0]).check('any')
    return f(a[0]).position
  })
  method(type, 'seek', (_ts, a) => {
    arity('seek', a, 1, 2, 1)
    const file = f(a[0])
    file.check('any')
    const offset = asInt(a[1])
    const whence = a.length > 2 ? asInt(a[2]) : 0
    if (offset === undefined) throw typeError(`'${typeName(a[1])}' object cannot be interpreted as an integer`)
    if (whence === undefined) throw typeError(`'${typeName(a[2])}' object cannot be interpreted as an integer`)
    const n = Number(offset)
    if (whence !== 0 && whence !== 1 && whence !== 2) {
      throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`)
    }
    if (!file.options.binary && whence !== 0 && n !== 0) {
      throw unsupported(whence === 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks")
    }
    const base = whence === 0 ? 0 : whence === 1 ? file.position : file.fs.sizeOf(file.path)
    if (base + n < 0) {
      throw valueError(whence === 0 ? `negative seek position ${n}` : 'negative seek value ' + (base + n))
    }
    file.position = base + n
    return file.position
  })
  method(type, 'truncate', (_ts, a) => {
    arity('truncate', a, 0, 1, 1)
    const file = f(a[0])
    file.check('write')
    const size = a[1] === undefined || a[1] === None ? file.position : Number(asInt(a[1]) ?? 0)
    file.fs.truncate(file.path, size)
    return size
  })
  method(type, 'flush', (_ts, a) => {
    f(a[0]).check('any')
    return None
  })
  method(type, 'close', (_ts, a) => {
    f(a[0]).close()
    return None
  })
  method(type, 'fileno', (_ts, a) => {
    f(a[0]).check('any')
    return f(a[0]).fd
  })
  method(type, 'isatty', (_ts, a) => {
    f(a[0]).check('any')
    return pyBool(false)
  })
  method(type, 'readable', (_ts, a) => {
    f(a[0]).check('any')
    return pyBool(f(a[0]).options.readable)
  })
  method(type, 'writable', (_ts, a) => {
    f(a[0]).check('any')
    return pyBool(f(a[0]).options.writable)
  })
  method(type, 'seekable', (_ts, a) => {
    f(a[0]).check('any')
    return pyBool(true)
  })
  method(type, '__enter__', (_ts, a) => {
    f(a[0]).check('any')
    return a[0]
  })
  method(type, '__exit__', (_ts, a) => {
    f(a[0]).close()
    return None
  })
  method(type, '__iter__', (_ts, a) => {
    f(a[0]).check('any')
    return a[0]
  })
  method(type, '__next__', (_ts, a) => {
    const file = f(a[0])
    file.check('read')
    const line = readLine(file, -1)
    if (isEmpty(line)) throw newException(StopIterationType)
    return line
  })
  type.ns.set('closed', new PyGetSet('closed', (v) => pyBool(f(v).closed)))
  type.ns.set('name', new PyGetSet('name', (v) => f(v).name))
  type.ns.set('mode', new PyGetSet('mode', (v) => f(v).options.mode))
}

function reprName(file: PyFile): string {
  const name = file.name
  return typeof name === 'string' ? `'${name.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'` : String(name)
}

function install(): void {
  for (const type of [TextIOWrapperType, BufferedReaderType, BufferedWriterType, BufferedRandomType]) {
    installShared(type)
  }
  TextIOWrapperType.ns.set('encoding', new PyGetSet('encoding', (v) => f(v).options.encoding))
  TextIOWrapperType.ns.set('errors', new PyGetSet('errors', (v) => f(v).options.errors))
  TextIOWrapperType.ns.set('line_buffering', new PyGetSet('line_buffering', () => pyBool(false)))
  for (const type of [TextIOWrapperType, BufferedReaderType, BufferedWriterType, BufferedRandomType]) {
    method(type, '__repr__', (_ts, a) => fileRepr(f(a[0])))
  }
  registerRepr((v) => (v instanceof PyFile ? fileRepr(v) : undefined))
}

function fileRepr(file: PyFile): string {
  const head = `<_io.${file.cls.name} name=${reprName(file)}`
  return file.options.binary ? `${head}>` : `${head} mode='${file.options.mode}' encoding='${file.options.encoding}'>`
}

install()
