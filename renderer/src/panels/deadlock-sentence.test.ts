import { describe, expect, it } from 'vitest'
import { abba } from '../../../simulator/trace/test-programs'
import { deadlockSentence } from './deadlock-sentence'
import { panelsEn, panelsPl } from './messages'
import { everyPrimitive, joinWhileHolding } from './test-support/programs'
import { runTo } from './test-support/runs'
import { waitForGraph } from './wait-for'

describe('the deadlock sentence', () => {
  const deadlocked = runTo(abba).snapshot
  const cycles = waitForGraph(deadlocked).cycles

  it('names both threads, both locks and both lines of the ABBA deadlock, in English', () => {
    expect(deadlockSentence(cycles, deadlocked, panelsEn)).toBe(
      'Deadlock: one waits for lock_b (line 7), held by two; two waits for lock_a (line 12), held by one.',
    )
  })

  it('says the same in Polish', () => {
    expect(deadlockSentence(cycles, deadlocked, panelsPl)).toBe(
      'Zakleszczenie: wątek one czeka na lock_b (wiersz 7), zajęty przez wątek two; ' +
        'wątek two czeka na lock_a (wiersz 12), zajęty przez wątek one.',
    )
  })

  it('tells a join from a lock', () => {
    const { snapshot } = runTo(joinWhileHolding)
    const graph = waitForGraph(snapshot)
    expect(deadlockSentence(graph.cycles, snapshot, panelsEn)).toBe(
      'Deadlock: MainThread waits for worker to finish (line 9); worker waits for lock (line 4), held by MainThread.',
    )
    expect(deadlockSentence(graph.cycles, snapshot, panelsPl)).toBe(
      'Zakleszczenie: wątek MainThread czeka na zakończenie wątku worker (wiersz 9); ' +
        'wątek worker czeka na lock (wiersz 4), zajęty przez wątek MainThread.',
    )
  })

  it('says a thread waits for itself', () => {
    const { snapshot } = runTo(everyPrimitive)
    expect(deadlockSentence(waitForGraph(snapshot).cycles, snapshot, panelsEn)).toBe(
      'Deadlock: MainThread waits for lock (line 26), held by MainThread.',
    )
  })

  it('leaves the line out when a thread stands in library code only', () => {
    const [link, ...rest] = cycles[0]
    expect(deadlockSentence([[{ ...link, line: null }, ...rest]], deadlocked, panelsEn)).toBe(
      'Deadlock: one waits for lock_b, held by two; two waits for lock_a (line 12), held by one.',
    )
  })

  it('is empty without a cycle', () => {
    expect(deadlockSentence([], deadlocked, panelsEn)).toBe('')
  })
})
