// open() on the interpreter's in-memory file system, with io.open's argument checks, modes and OSErrors.
import { lookupCodec } from '../codecs'
import { typeError, valueError } from '../runtime/errors'
import { callPy, type KwArgs, type NativeGen } from '../runtime/native'
import { None, type PyValue } from '../runtime/object'
import { typeName } from '../runtime/type-of'
import { PyBool } from '../runtime/types/bool'
import { PyBytes } from '../runtime/types/bytes'
import { LookupErrorType, newException, OSErrorType } from '../runtime/types/exceptions'
import { resumable } from '../runtime/types/function'
import { utf8Decode } from '../runtime/utf8'
import type { MemoryFileSystem } from '../vm/memory-fs'
import {
  BufferedRandomType,
  BufferedReaderType,
  BufferedWriterType,
  PyFile,
  TextIOWrapperType,
  type FileOptions,
} from './file-objects'

const parameters = ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener']

/** open()'s arguments by name, positional or keyword, with CPython's errors for extra or repeated ones. */
function bindOpenArgs(args: PyValue[], kw: KwArgs | null): Map<string, PyValue> {
  if (args.length > parameters.length) {
    throw typeError(`open() takes at most ${parameters.length} arguments (${args.length} given)`)
  }
  const bound = new Map<string, PyValue>()
  args.forEach((v, i) => bound.set(parameters[i], v))
  for (const [name, v] of kw ?? []) {
    const at = parameters.indexOf(name)
    if (at < 0) throw typeError(`'${name}' is an invalid keyword argument for open()`)
    if (bound.has(name)) throw typeError(`argument for open() given by name ('${name}') and position (${at + 1})`)
    bound.set(name, v)
  }
  if (!bound.has('file')) throw typeError("open() missing required argument 'file' (pos 1)")
  return bound
}

function optionalStr(bound: Map<string, PyValue>, name: string): string | null {
  const v = bound.get(name)
  if (v === undefined || v === None) return null
  if (typeof v !== 'string') throw typeError(`open() argument '${name}' must be str or None, not ${typeName(v)}`)
  return v
}

interface Mode {
  creating: boolean
  reading: boolean
  writing: boolean
  appending: boolean
  updating: boolean
  binary: boolean
}

/** _io_open_impl's mode decoding: each of "xrwa+tb" at most once, one of create/read/write/append. */
function parseMode(mode: string): Mode {
  const seen = new Set<string>()
  for (const c of mode) {
    if (!'xrwa+tb'.includes(c) || seen.has(c)) throw valueError(`invalid mode: '${mode}'`)
    seen.add(c)
  }
  const m: Mode = {
    creating: seen.has('x'),
    reading: seen.has('r'),
    writing: seen.has('w'),
    appending: seen.has('a'),
    updating: seen.has('+'),
    binary: seen.has('b'),
  }
  if (seen.has('t') && m.binary) throw valueError("can't have text and binary mode at once")
  const kinds = Number(m.creating) + Number(m.reading) + Number(m.writing) + Number(m.appending)
  if (kinds > 1) throw valueError('must have exactly one of create/read/write/append mode')
  if (kinds === 0) throw valueError('Must have exactly one of create/read/write/append mode and at most one plus')
  return m
}

/** OSError(errno, strerror, filename): the errno picks the subclass (FileNotFoundError…), as CPython's does. */
function* osError(errno: number, strerror: string, filename: PyValue): NativeGen<never> {
  throw yield* callPy(OSErrorType, [errno, strerror, filename])
}

/** A relative path's folder must exist (hold a file); an absolute path's folder is taken to exist. */
function parentExists(fs: MemoryFileSystem, path: string): boolean {
  const slash = path.lastIndexOf('/')
  if (slash <= 0) return true
  return fs.isDirectory(path.slice(0, slash))
}

/** FileIO's mode attribute for binary files. */
function rawMode(m: Mode): string {
  if (m.creating) return m.updating ? 'xb+' : 'xb'
  if (m.appending) return m.updating ? 'ab+' : 'ab'
  if (m.reading) return m.updating ? 'rb+' : 'rb'
  return m.updating ? 'rb+' : 'wb'
}

export const openFn = resumable('open', function* (ts, args, kw) {
  const bound = bindOpenArgs(args, kw)
  const file = bound.get('file')!
  let path: string
  if (typeof file === 'string') path = file
  else if (file instanceof PyBytes) path = utf8Decode(file.bytes)
  else if (typeof file === 'number' || file instanceof PyBool) throw yield* osError(9, 'Bad file descriptor', None)
  else throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(file)}`)
  const modeArg = bound.get('mode') ?? 'r'
  if (typeof modeArg !== 'string') throw typeError(`open() argument 'mode' must be str, not ${typeName(modeArg)}`)
  const m = parseMode(modeArg)
  const encoding = optionalStr(bound, 'encoding')
  const errors = optionalStr(bound, 'errors')
  const newline = optionalStr(bound, 'newline')
  if (m.binary && encoding !== null) throw valueError("binary mode doesn't take an encoding argument")
  if (m.binary && errors !== null) throw valueError("binary mode doesn't take an errors argument")
  if (m.binary && newline !== null) throw valueError("binary mode doesn't take a newline argument")
  if (newline !== null && !['', '\n', '\r', '\r\n'].includes(newline))
    throw valueError(`illegal newline value: ${newline}`)
  const buffering = bound.get('buffering')
  if (!m.binary && buffering === 0) throw valueError("can't have unbuffered text I/O")

  const fs = ts.interp.fs
  if (fs.isDirectory(path)) throw yield* osError(21, 'Is a directory', file)
  if (m.creating && fs.exists(path)) throw yield* osError(17, 'File exists', file)
  if (m.reading && !fs.exists(path)) throw yield* osError(2, 'No such file or directory', file)
  if (path === '' || !parentExists(fs, path)) throw yield* osError(2, 'No such file or directory', file)
  if (!m.binary && encoding !== null) {
    try {
      lookupCodec(encoding)
    } catch {
      throw newException(LookupErrorType, `unknown encoding: ${encoding}`)
    }
  }
  fs.create(path)
  if (m.writing) fs.truncate(path, 0)

  const options: FileOptions = {
    mode: m.binary ? rawMode(m) : modeArg,
    readable: m.reading || m.updating,
    writable: !m.reading || m.updating,
    appending: m.appending,
    binary: m.binary,
    encoding: encoding ?? 'UTF-8',
    errors: errors ?? 'strict',
    newline,
  }
  const type = !m.binary
    ? TextIOWrapperType
    : options.readable && options.writable
      ? BufferedRandomType
      : options.readable
        ? BufferedReaderType
        : BufferedWriterType
  const handle = new PyFile(type, fs, file, path, options, fs.openDescriptor())
  if (m.appending) handle.position = fs.sizeOf(path)
  return handle
})
