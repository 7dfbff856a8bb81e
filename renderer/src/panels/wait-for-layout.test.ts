import { describe, expect, it } from 'vitest'
import { abba } from '../../../simulator/trace/test-programs'
import { everyPrimitive, joinWhileHolding } from './test-support/programs'
import { runTo } from './test-support/runs'
import { layoutWaitFor } from './wait-for-layout'
import { waitForGraph } from './wait-for'

/** The end points of an SVG path: its first and last coordinate pairs. */
function ends(path: string): [number, number][] {
  const numbers = path.match(/-?\d+(\.\d+)?/g)!.map(Number)
  return [
    [numbers[0], numbers[1]],
    [numbers.at(-2)!, numbers.at(-1)!],
  ]
}

describe('the wait-for layout', () => {
  const abbaGraph = waitForGraph(runTo(abba).snapshot)
  const layout = layoutWaitFor(abbaGraph)

  it('puts threads in the left column and objects in the right, in order, inside the drawing', () => {
    expect(layout.nodes.map((p) => [p.node.name, p.x, p.y])).toEqual([
      ['MainThread', 48, 8],
      ['one', 48, 54],
      ['two', 48, 100],
      ['lock_a', 308, 8],
      ['lock_b', 308, 54],
    ])
    for (const p of layout.nodes) {
      expect(p.x + layout.nodeWidth).toBeLessThanOrEqual(layout.width)
      expect(p.y + layout.nodeHeight).toBeLessThanOrEqual(layout.height)
    }
    expect(layout.nodes.map((p) => p.inCycle)).toEqual([false, true, true, true, true])
  })

  it('runs each edge from the side of its source to the side of its target', () => {
    const right = (name: string) => {
      const p = layout.nodes.find((n) => n.node.name === name)!
      return [p.x + layout.nodeWidth, p.y + layout.nodeHeight / 2]
    }
    const left = (name: string) => {
      const p = layout.nodes.find((n) => n.node.name === name)!
      return [p.x, p.y + layout.nodeHeight / 2]
    }
    const [waits, held] = layout.edges
    expect(ends(waits.path)).toEqual([
      [right('two')[0], right('two')[1] - 6],
      [left('lock_a')[0], left('lock_a')[1] - 6],
    ])
    expect(ends(held.path)).toEqual([
      [left('lock_a')[0], left('lock_a')[1] + 6],
      [right('one')[0], right('one')[1] + 6],
    ])
  })

  it('keeps the two edges between a thread and the lock it waits for and holds apart', () => {
    const self = layoutWaitFor(waitForGraph(runTo(everyPrimitive).snapshot))
    const [waits, held] = self.edges.filter((e) => e.edge.inCycle)
    expect(waits.path).not.toBe(held.path)
    expect(ends(waits.path)[0][1]).not.toBe(ends(held.path)[1][1])
  })

  it('draws a join as an arc on the left of the thread column', () => {
    const { snapshot } = runTo(joinWhileHolding)
    const joined = layoutWaitFor(waitForGraph(snapshot))
    const join = joined.edges.find((e) => e.edge.kind === 'joins')!
    const xs = join.path
      .match(/-?\d+(\.\d+)?/g)!
      .map(Number)
      .filter((_, i) => i % 2 === 0)
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0)
    expect(Math.min(...xs)).toBeLessThan(joined.nodes[0].x)
    expect(ends(join.path)).toEqual([
      [joined.nodes[0].x, joined.nodes[0].y + joined.nodeHeight / 2],
      [joined.nodes[1].x, joined.nodes[1].y + joined.nodeHeight / 2],
    ])
  })

  it('cuts long names to fit their node', () => {
    const { snapshot } = runTo(abba)
    const renamed = {
      ...snapshot,
      threads: snapshot.threads.map((t) => ({ ...t, name: `${t.name}-with-a-long-name` })),
    }
    const labels = layoutWaitFor(waitForGraph(renamed)).nodes.map((p) => p.label)
    expect(labels.slice(0, 3)).toEqual(['MainThread-with-a…', 'one-with-a-long-n…', 'two-with-a-long-n…'])
    expect(labels.slice(3)).toEqual(['lock_a', 'lock_b'])
  })

  it('is the same picture every time', () => {
    expect(layoutWaitFor(waitForGraph(runTo(abba).snapshot))).toEqual(layout)
  })
})
