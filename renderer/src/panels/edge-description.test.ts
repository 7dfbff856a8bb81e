import { describe, expect, it } from 'vitest'
import { describeEdge } from './edge-description'
import { panelsEn, panelsPl } from './messages'
import { joinWhileHolding } from './test-support/programs'
import { runTo } from './test-support/runs'
import { waitForGraph } from './wait-for'

describe('the wait-for graph’s edges in words', () => {
  it('say who waits for what and who holds it, in English and Polish', () => {
    const { snapshot } = runTo(joinWhileHolding)
    const graph = waitForGraph(snapshot)
    expect(graph.edges.map((e) => describeEdge(e, graph, panelsEn))).toEqual([
      'worker waits for lock',
      'lock is held by MainThread',
      'MainThread waits for worker to finish',
    ])
    expect(graph.edges.map((e) => describeEdge(e, graph, panelsPl))).toEqual([
      'wątek worker czeka na lock',
      'lock jest zajęty przez wątek MainThread',
      'wątek MainThread czeka na zakończenie wątku worker',
    ])
  })
})
