// The in-memory file system `open()` works on: paths to bytes, shown as text by the app's files panel.
import { utf8Decode, utf8Encode } from '../runtime/utf8'

/** A file's bytes in a buffer that grows by doubling, so appending line by line stays linear. */
class FileData {
  buffer = new Uint8Array(64)
  length = 0
  /** Bumped on every change, so readers can keep a decoded copy until the bytes change. */
  version = 0

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length)
  }

  /** Writes `data` at `offset` (zero-filling any gap), overwriting what was there and growing the file. */
  writeAt(offset: number, data: Uint8Array): void {
    const end = offset + data.length
    if (end > this.buffer.length) {
      let size = this.buffer.length
      while (size < end) size *= 2
      const grown = new Uint8Array(size)
      grown.set(this.bytes())
      this.buffer = grown
    }
    this.buffer.set(data, offset)
    this.length = Math.max(this.length, end)
    this.version++
  }

  truncate(size: number): void {
    if (size < this.length) this.buffer.fill(0, size, this.length)
    else this.writeAt(this.length, new Uint8Array(size - this.length))
    this.length = size
    this.version++
  }
}

export class MemoryFileSystem {
  private readonly files = new Map<string, FileData>()
  /** Descriptors in use; a new file gets the lowest free one, from 3 as a process after stdin/stdout/stderr. */
  private readonly fds = new Set<number>()
  /** Told of every write (path, the text written), for the trace. */
  onWrite: ((path: string, text: string) => void) | null = null

  exists(path: string): boolean {
    return this.files.has(normalize(path))
  }

  /** The current folder, the root and every folder that holds a file are directories. */
  isDirectory(path: string): boolean {
    const p = normalize(path)
    if (p === '' || p === '.' || p === '/' || p === '..' || p.endsWith('/')) return true
    for (const name of this.files.keys()) if (name.startsWith(p + '/')) return true
    return false
  }

  /** The file's text (UTF-8; undecodable bytes shown as U+FFFD), for the files panel. */
  read(path: string): string | undefined {
    const file = this.files.get(normalize(path))
    return file === undefined ? undefined : lenientText(file.bytes())
  }

  write(path: string, text: string): void {
    this.create(path)
    this.truncate(path, 0)
    this.writeAt(path, 0, utf8Encode(text))
  }

  bytesOf(path: string): Uint8Array {
    return this.files.get(normalize(path))?.bytes() ?? new Uint8Array(0)
  }

  versionOf(path: string): number {
    return this.files.get(normalize(path))?.version ?? -1
  }

  sizeOf(path: string): number {
    return this.files.get(normalize(path))?.length ?? 0
  }

  /** Creates an empty file unless it exists. */
  create(path: string): void {
    const p = normalize(path)
    if (!this.files.has(p)) this.files.set(p, new FileData())
  }

  writeAt(path: string, offset: number, data: Uint8Array): void {
    this.create(path)
    this.files.get(normalize(path))!.writeAt(offset, data)
    this.onWrite?.(normalize(path), lenientText(data))
  }

  truncate(path: string, size: number): void {
    this.create(path)
    this.files.get(normalize(path))!.truncate(size)
  }

  remove(path: string): boolean {
    return this.files.delete(normalize(path))
  }

  openDescriptor(): number {
    let fd = 3
    while (this.fds.has(fd)) fd++
    this.fds.add(fd)
    return fd
  }

  closeDescriptor(fd: number): void {
    this.fds.delete(fd)
  }

  /** Files by path, in creation order, as text. */
  entries(): [string, string][] {
    return [...this.files].map(([name, file]) => [name, lenientText(file.bytes())])
  }
}

function normalize(path: string): string {
  return path.replace(/^(\.\/)+/, '')
}

function lenientText(bytes: Uint8Array): string {
  try {
    return utf8Decode(bytes)
  } catch {
    let out = ''
    for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : '\ufffd'
    return out
  }
}
