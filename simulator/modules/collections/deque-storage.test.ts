import { describe, expect, it } from 'vitest'
import { DequeStorage } from './deque-storage'

describe('deque storage', () => {
  it('adds and removes at both ends in order', () => {
    const d = new DequeStorage()
    for (let i = 0; i < 40; i++) d.pushFront(i)
    for (let i = 40; i < 50; i++) d.pushBack(i)
    expect(d.length).toBe(50)
    expect(d.at(0)).toBe(39)
    expect(d.at(49)).toBe(49)
    const front: number[] = []
    for (let i = 0; i < 30; i++) front.push(d.popFront() as number)
    expect(front.slice(0, 3)).toEqual([39, 38, 37])
    expect(d.toArray()).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49])
    expect(d.popBack()).toBe(49)
  })

  it('inserts and removes in the middle after popping from the front', () => {
    const d = new DequeStorage()
    d.assign(['a', 'b', 'c', 'd'])
    d.popFront()
    d.insert(1, 'x')
    d.remove(0)
    d.set(0, 'y')
    expect(d.toArray()).toEqual(['y', 'c', 'd'])
    expect(new DequeStorage().popFront()).toBeUndefined()
  })
})
