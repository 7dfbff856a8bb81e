// Where the wait-for graph's nodes and edges go: threads in a column on the left, objects on the right, each in
// order, so the same state always draws the same picture. An edge between a thread and an object leaves and
// enters above the middle when it says "waits for" and below when it says "held by", so a thread waiting for a
// lock it holds shows two edges, not one.
import { linkHorizontal } from 'd3'
import type { WaitForEdge, WaitForGraph, WaitForNode } from './wait-for'

export interface PlacedNode {
  node: WaitForNode
  /** The name, cut to fit the node. */
  label: string
  /** Top-left corner. */
  x: number
  y: number
  inCycle: boolean
}

export interface PlacedEdge {
  edge: WaitForEdge
  /** SVG path data. */
  path: string
}

export interface WaitForLayout {
  width: number
  height: number
  nodeWidth: number
  nodeHeight: number
  nodes: PlacedNode[]
  edges: PlacedEdge[]
}

const nodeWidth = 140
const nodeHeight = 30
const rowHeight = 46
/** Room on the left for the arcs of joins, which link two threads of the same column. */
const joinMargin = 40
const columnGap = 120
const padding = 8
/** How far above or below a node's middle an edge attaches. */
const lane = 6
/** Characters that fit in a node at the drawing's font size. */
const labelLength = 18

const fit = (text: string) => (text.length > labelLength ? text.slice(0, labelLength - 1) + '…' : text)

const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>()

export function layoutWaitFor(graph: WaitForGraph): WaitForLayout {
  const threads = graph.nodes.filter((n) => n.kind === 'thread')
  const objects = graph.nodes.filter((n) => n.kind === 'object')
  const rows = Math.max(threads.length, objects.length)
  const threadX = padding + joinMargin
  const objectX = threadX + nodeWidth + columnGap
  const inCycle = new Set(graph.edges.filter((e) => e.inCycle).flatMap((e) => [e.from, e.to]))
  const place = (column: WaitForNode[], x: number): PlacedNode[] =>
    column.map((node, i) => ({
      node,
      label: fit(node.name),
      x,
      y: padding + i * rowHeight,
      inCycle: inCycle.has(node.id),
    }))
  const nodes = [...place(threads, threadX), ...place(objects, objectX)]
  const at = new Map(nodes.map((p) => [p.node.id, p]))
  const middle = (p: PlacedNode) => p.y + nodeHeight / 2

  const edges = graph.edges.map((edge): PlacedEdge => {
    const from = at.get(edge.from)!
    const to = at.get(edge.to)!
    if (edge.kind === 'joins') {
      const [y1, y2] = [middle(from), middle(to)]
      const bulge = from.x - joinMargin + 4
      return { edge, path: `M${from.x},${y1}C${bulge},${y1} ${bulge},${y2} ${to.x},${y2}` }
    }
    const [thread, object] = edge.kind === 'waits' ? [from, to] : [to, from]
    const offset = edge.kind === 'waits' ? -lane : lane
    const threadEnd: [number, number] = [thread.x + nodeWidth, middle(thread) + offset]
    const objectEnd: [number, number] = [object.x, middle(object) + offset]
    const [source, target] = edge.kind === 'waits' ? [threadEnd, objectEnd] : [objectEnd, threadEnd]
    return { edge, path: link({ source, target }) ?? '' }
  })

  return {
    width: objectX + nodeWidth + padding,
    height: padding * 2 + Math.max(0, rows - 1) * rowHeight + nodeHeight,
    nodeWidth,
    nodeHeight,
    nodes,
    edges,
  }
}
