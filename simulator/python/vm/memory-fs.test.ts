import { describe, expect, it } from 'vitest'
import { MemoryFileSystem } from './memory-fs'

const bytes = (...values: number[]) => Uint8Array.from(values)

describe('MemoryFileSystem', () => {
  it('writes at offsets, growing the file and zero-filling a gap', () => {
    const fs = new MemoryFileSystem()
    fs.writeAt('a.bin', 0, bytes(1, 2, 3))
    fs.writeAt('a.bin', 1, bytes(9))
    fs.writeAt('a.bin', 5, bytes(7))
    expect([...fs.bytesOf('a.bin')]).toEqual([1, 9, 3, 0, 0, 7])
    expect(fs.sizeOf('a.bin')).toBe(6)
  })

  it('keeps appending linear: a thousand lines end up in order', () => {
    const fs = new MemoryFileSystem()
    fs.create('log.txt')
    for (let i = 0; i < 1000; i++)
      fs.writeAt(
        'log.txt',
        fs.sizeOf('log.txt'),
        Uint8Array.from(`${i}\n`, (c) => c.charCodeAt(0)),
      )
    const lines = fs.read('log.txt')!.split('\n')
    expect(lines.length).toBe(1001)
    expect(lines[999]).toBe('999')
  })

  it('truncates and extends, changing the version each time', () => {
    const fs = new MemoryFileSystem()
    fs.write('t.txt', 'hello')
    const v = fs.versionOf('t.txt')
    fs.truncate('t.txt', 2)
    expect(fs.read('t.txt')).toBe('he')
    fs.truncate('t.txt', 4)
    expect([...fs.bytesOf('t.txt')]).toEqual([104, 101, 0, 0])
    expect(fs.versionOf('t.txt')).toBeGreaterThan(v)
  })

  it('treats the current folder and folders holding files as directories', () => {
    const fs = new MemoryFileSystem()
    fs.write('data/input.txt', 'x')
    expect(fs.isDirectory('.')).toBe(true)
    expect(fs.isDirectory('data')).toBe(true)
    expect(fs.isDirectory('./data')).toBe(true)
    expect(fs.isDirectory('data/input.txt')).toBe(false)
    expect(fs.exists('./data/input.txt')).toBe(true)
  })

  it('shows undecodable bytes as replacement characters', () => {
    const fs = new MemoryFileSystem()
    fs.writeAt('raw', 0, bytes(0x61, 0xff, 0x62))
    expect(fs.read('raw')).toBe('a\ufffdb')
    expect(fs.entries()).toEqual([['raw', 'a\ufffdb']])
  })

  it('hands out the lowest free descriptor from 3, as a process does', () => {
    const fs = new MemoryFileSystem()
    const [a, b, c] = [fs.openDescriptor(), fs.openDescriptor(), fs.openDescriptor()]
    expect([a, b, c]).toEqual([3, 4, 5])
    fs.closeDescriptor(b)
    expect(fs.openDescriptor()).toBe(4)
  })
})
