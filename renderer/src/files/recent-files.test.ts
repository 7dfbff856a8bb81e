import { describe, expect, it } from 'vitest'
import { loadRecent, maxRecent, maxRecentSize, recentKey, saveRecent, withRecent } from './recent-files'

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) }
}

describe('recent files', () => {
  it('keeps the newest first, once each, and only the last few', () => {
    let list = withRecent([], { name: 'a.py', text: '1' })
    list = withRecent(list, { name: 'b.py', text: '2' })
    list = withRecent(list, { name: 'a.py', text: '3' })
    expect(list).toEqual([
      { name: 'a.py', text: '3' },
      { name: 'b.py', text: '2' },
    ])
    for (let i = 0; i < 10; i++) list = withRecent(list, { name: `f${i}.py`, text: '' })
    expect(list).toHaveLength(maxRecent)
    expect(list[0].name).toBe('f9.py')
    expect(withRecent(list, { name: 'big.py', text: 'x'.repeat(maxRecentSize + 1) })).toEqual(list)
  })

  it('survives a reload, and ignores what is not a list of files', () => {
    const storage = memoryStorage()
    saveRecent(storage, [{ name: 'a.py', text: 'print(1)' }])
    expect(loadRecent(storage)).toEqual([{ name: 'a.py', text: 'print(1)' }])
    expect(loadRecent(memoryStorage({ [recentKey]: '{oops' }))).toEqual([])
    expect(loadRecent(memoryStorage({ [recentKey]: '[{"name": 3}, {"name": "b.py", "text": ""}]' }))).toEqual([
      { name: 'b.py', text: '' },
    ])
  })
})
