import { describe, expect, it } from 'vitest'
import { abba, contention } from '../../../simulator/trace/test-programs'
import { everyPrimitive, joinWhileHolding, waitingConsumer } from './test-support/programs'
import { runTo } from './test-support/runs'
import { objectNode, threadNode, waitForGraph } from './wait-for'

describe('the wait-for graph', () => {
  it('finds the ABBA deadlock at the end of the run as one cycle through both threads and both locks', () => {
    const { snapshot } = runTo(abba)
    const graph = waitForGraph(snapshot)
    expect(graph.cycles).toHaveLength(1)
    expect(
      graph.cycles[0].map((link) => ({
        thread: snapshot.threads[link.thread].name,
        line: link.line,
        object: link.kind === 'held' ? link.object.name : null,
        holder: link.kind === 'held' ? snapshot.threads[link.holder].name : null,
      })),
    ).toEqual([
      { thread: 'one', line: 7, object: 'lock_b', holder: 'two' },
      { thread: 'two', line: 12, object: 'lock_a', holder: 'one' },
    ])
    expect(graph.nodes.map((n) => n.name)).toEqual(['MainThread', 'one', 'two', 'lock_a', 'lock_b'])
    const lockA = snapshot.primitives.find((p) => p.name === 'lock_a')!.id
    const lockB = snapshot.primitives.find((p) => p.name === 'lock_b')!.id
    expect(graph.edges).toEqual([
      { from: threadNode(2), to: objectNode(lockA), kind: 'waits', inCycle: true },
      { from: objectNode(lockA), to: threadNode(1), kind: 'held', inCycle: true },
      { from: threadNode(1), to: objectNode(lockB), kind: 'waits', inCycle: true },
      { from: objectNode(lockB), to: threadNode(2), kind: 'held', inCycle: true },
      { from: threadNode(0), to: threadNode(1), kind: 'joins', inCycle: false },
    ])
  })

  it('has no cycle before the second lock is requested', () => {
    const { events } = runTo(abba)
    const firstBlock = events.find((e) => e.kind === 'thread-state' && e.state === 'blocked' && e.thread === 1)!
    const graph = waitForGraph(runTo(abba, firstBlock.step).snapshot)
    expect(graph.cycles).toEqual([])
    expect(graph.edges.some((e) => e.kind === 'waits')).toBe(true)
    expect(graph.edges.every((e) => !e.inCycle)).toBe(true)
  })

  it('follows a join: the main thread holds the lock the worker it joins waits for', () => {
    const { snapshot } = runTo(joinWhileHolding)
    const graph = waitForGraph(snapshot)
    expect(graph.cycles).toEqual([
      [
        { thread: 0, line: 9, kind: 'joins', target: 1 },
        { thread: 1, line: 4, kind: 'held', object: snapshot.primitives.find((p) => p.name === 'lock'), holder: 0 },
      ],
    ])
    expect(graph.edges.filter((e) => e.kind === 'joins')).toEqual([
      { from: threadNode(0), to: threadNode(1), kind: 'joins', inCycle: true },
    ])
  })

  it('sees a thread waiting for a lock it holds itself as a cycle of one', () => {
    const { snapshot } = runTo(everyPrimitive)
    const graph = waitForGraph(snapshot)
    expect(graph.cycles.map((cycle) => cycle.map((link) => [link.thread, link.line]))).toEqual([[[0, 26]]])
  })

  it('draws waiters of objects nobody holds, without a cycle', () => {
    const { snapshot } = runTo(everyPrimitive)
    const graph = waitForGraph(snapshot)
    const waited = graph.edges
      .filter((e) => e.kind === 'waits')
      .map((e) => [e.from, graph.nodes.find((n) => n.id === e.to)?.name])
    expect(waited).toEqual([
      [threadNode(0), 'lock'],
      [threadNode(1), 'cond'],
      [threadNode(2), 'barrier'],
      [threadNode(3), 'ready'],
    ])
    expect(graph.edges.filter((e) => e.inCycle).map((e) => e.kind)).toEqual(['waits', 'held'])
  })

  it('shows a queue, not its internal lock and conditions', () => {
    const { snapshot } = runTo(waitingConsumer)
    const graph = waitForGraph(snapshot)
    expect(graph.nodes.map((n) => [n.kind, n.name])).toEqual([
      ['thread', 'MainThread'],
      ['object', 'q'],
    ])
    expect(graph.cycles).toEqual([])
  })

  it('is empty when nobody holds or waits for anything', () => {
    const { snapshot } = runTo(contention)
    expect(waitForGraph(snapshot)).toEqual({ nodes: [], edges: [], cycles: [] })
  })
})
