import { describe, expect, it } from 'vitest'
import { threadColor } from './thread-colors'

describe('thread colours', () => {
  it('gives neighbouring threads different colours and cycles through the palette', () => {
    const first = Array.from({ length: 8 }, (_, i) => threadColor(i))
    expect(new Set(first).size).toBe(8)
    expect(threadColor(8)).toBe(threadColor(0))
  })
})
