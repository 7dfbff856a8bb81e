// Export for Perfetto and chrome://tracing: the Chrome Trace Event format (JSON). A pid per process, a tid per
// thread, thread-state slices, a GIL track per process, lock holds as async slices, counters for semaphores and
// queues, flow arrows for lock hand-offs and queue put→get, output and deadlocks as instant events. Timestamps are
// microseconds of virtual time.
import { decodeEvent, type PrimitiveState, type TraceEvent } from './decode'
import type { EventLog } from './event-log'

export interface ChromeEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts?: number
  dur?: number
  cat?: string
  id?: string
  bp?: string
  s?: string
  args?: Record<string, unknown>
}

/** The GIL of each process is drawn as a thread of its own, with this tid. */
export const gilTid = 0

const micro = (ns: number) => ns / 1000

const stateNames: Record<string, string> = {
  new: 'new',
  running: 'running',
  'gil-wait': 'waiting for the GIL',
  ready: 'ready',
  blocked: 'blocked',
  sleeping: 'sleeping',
}

interface Open {
  name: string
  start: number
  args?: Record<string, unknown>
}

interface Pending {
  tid: number
  ts: number
  item: string
}

/** The items of `after` missing from `before`, as a multiset difference. */
function added(before: string[], after: string[]): string[] {
  const left = [...before]
  const result: string[] = []
  for (const item of after) {
    const i = left.indexOf(item)
    if (i >= 0) left.splice(i, 1)
    else result.push(item)
  }
  return result
}

export function chromeTrace(log: EventLog): { traceEvents: ChromeEvent[]; displayTimeUnit: string } {
  const out: ChromeEvent[] = []
  const threadPid = new Map<number, number>()
  const threadName = new Map<number, string>()
  const primitiveName = new Map<number, string>()
  const primitiveType = new Map<number, string>()
  const lastState = new Map<number, PrimitiveState>()
  const openState = new Map<number, Open>()
  const openGil = new Map<number, Open & { tid: number }>()
  const lastRelease = new Map<number, { tid: number; ts: number }>()
  const pendingPuts = new Map<number, Pending[]>()
  let flows = 0
  let end = 0

  const pidOf = (thread: number) => threadPid.get(thread) ?? 1
  const tidOf = (thread: number) => thread + 1
  const nameOf = (thread: number) => threadName.get(thread) ?? `thread ${thread}`

  function closeState(thread: number, at: number): void {
    const open = openState.get(thread)
    if (!open) return
    openState.delete(thread)
    const ev: ChromeEvent = { name: open.name, ph: 'X', pid: pidOf(thread), tid: tidOf(thread), ts: micro(open.start) }
    ev.dur = micro(at - open.start)
    if (open.args) ev.args = open.args
    out.push(ev)
  }

  function closeGil(process: number, at: number): void {
    const open = openGil.get(process)
    if (!open) return
    openGil.delete(process)
    out.push({
      name: open.name,
      ph: 'X',
      pid: process + 1,
      tid: gilTid,
      ts: micro(open.start),
      dur: micro(at - open.start),
    })
  }

  function flow(
    name: string,
    from: { tid: number; ts: number; pid: number },
    to: { tid: number; ts: number; pid: number },
  ) {
    const id = `${name}-${flows++}`
    out.push({ name, ph: 's', cat: 'flow', id, pid: from.pid, tid: from.tid, ts: from.ts })
    out.push({ name, ph: 'f', bp: 'e', cat: 'flow', id, pid: to.pid, tid: to.tid, ts: to.ts })
  }

  function primitive(e: Extract<TraceEvent, { kind: 'primitive' }>): void {
    const name = primitiveName.get(e.primitive) ?? `primitive ${e.primitive}`
    const type = primitiveType.get(e.primitive) ?? ''
    const before = lastState.get(e.primitive)
    lastState.set(e.primitive, e.state)
    const ts = micro(e.time)
    const pid = pidOf(e.thread)
    const tid = tidOf(e.thread)
    if (type === 'Lock' || type === 'RLock') {
      const was = before?.owner ?? null
      const now = e.state.owner ?? null
      const id = `lock-${e.primitive}`
      if (was !== null && was !== now) {
        out.push({ name, ph: 'e', cat: 'lock', id, pid: pidOf(was), tid: tidOf(was), ts })
        lastRelease.set(e.primitive, { tid: tidOf(was), ts })
      }
      if (now !== null && was !== now) {
        out.push({ name, ph: 'b', cat: 'lock', id, pid, tid: tidOf(now), ts })
        const release = lastRelease.get(e.primitive)
        if (release && release.tid !== tidOf(now))
          flow(`${name} hand-off`, { ...release, pid }, { tid: tidOf(now), ts, pid })
        lastRelease.delete(e.primitive)
      }
    } else if (e.state.value !== undefined) {
      out.push({ name, ph: 'C', pid, tid, ts, args: { value: e.state.value } })
    } else if (e.state.items !== undefined) {
      out.push({ name, ph: 'C', pid, tid, ts, args: { size: e.state.items.length } })
      const pending = pendingPuts.get(e.primitive) ?? []
      pendingPuts.set(e.primitive, pending)
      const previous = before?.items ?? []
      for (const item of added(previous, e.state.items)) pending.push({ tid, ts, item })
      for (const item of added(e.state.items, previous)) {
        const i = pending.findIndex((p) => p.item === item)
        if (i < 0) continue
        const [put] = pending.splice(i, 1)
        flow(`${name} put→get`, { tid: put.tid, ts: put.ts, pid }, { tid, ts, pid })
      }
    }
  }

  for (let i = 0; i < log.length; i++) {
    const e = decodeEvent(log, i)
    end = Math.max(end, e.time)
    switch (e.kind) {
      case 'thread-start':
        threadPid.set(e.thread, e.process + 1)
        threadName.set(e.thread, e.name)
        break
      case 'thread-rename':
        threadName.set(e.thread, e.name)
        break
      case 'thread-state': {
        closeState(e.thread, e.time)
        if (e.state === 'finished') break
        const on = e.on === null ? null : (primitiveName.get(e.on) ?? null)
        const label = e.state === 'blocked' && on ? `blocked on ${on}` : stateNames[e.state]
        const args: Record<string, unknown> = {}
        if (e.line !== null) args.line = e.line
        if (e.join !== null) args.joins = nameOf(e.join)
        openState.set(e.thread, { name: label, start: e.time, args })
        break
      }
      case 'gil':
        closeGil(e.process, e.time)
        if (e.holder !== null) openGil.set(e.process, { name: nameOf(e.holder), start: e.time, tid: tidOf(e.holder) })
        break
      case 'gil-drop-request':
        out.push({
          name: 'drop request',
          ph: 'i',
          s: 't',
          pid: e.process + 1,
          tid: gilTid,
          ts: micro(e.time),
          args: { by: nameOf(e.requester) },
        })
        break
      case 'primitive-new':
        primitiveName.set(e.primitive, e.name)
        primitiveType.set(e.primitive, e.type)
        break
      case 'primitive-name':
        primitiveName.set(e.primitive, e.name)
        break
      case 'primitive':
        primitive(e)
        break
      case 'output':
        if (e.thread !== null)
          out.push({
            name: e.stream,
            ph: 'i',
            s: 't',
            pid: pidOf(e.thread),
            tid: tidOf(e.thread),
            ts: micro(e.time),
            args: { text: e.text },
          })
        break
      case 'lock-cycle':
      case 'deadlock':
        out.push({ name: e.kind, ph: 'i', s: 'g', pid: 1, tid: gilTid, ts: micro(e.time) })
        break
      case 'file-write':
      case 'exit':
        break
    }
  }
  for (const thread of [...openState.keys()]) closeState(thread, end)
  for (const process of [...openGil.keys()]) closeGil(process, end)
  for (const [id, state] of lastState) {
    const owner = state.owner ?? null
    const type = primitiveType.get(id)
    if ((type === 'Lock' || type === 'RLock') && owner !== null)
      out.push({
        name: primitiveName.get(id)!,
        ph: 'e',
        cat: 'lock',
        id: `lock-${id}`,
        pid: pidOf(owner),
        tid: tidOf(owner),
        ts: micro(end),
      })
  }
  const pids = [...new Set(threadPid.values())]
  const meta: ChromeEvent[] = []
  for (const pid of pids) {
    meta.push({
      name: 'process_name',
      ph: 'M',
      pid,
      tid: 0,
      args: { name: pid === 1 ? 'MainProcess' : `Process-${pid - 1}` },
    })
    meta.push({ name: 'thread_name', ph: 'M', pid, tid: gilTid, args: { name: 'GIL' } })
  }
  for (const [thread, name] of threadName)
    meta.push({ name: 'thread_name', ph: 'M', pid: pidOf(thread), tid: tidOf(thread), args: { name } })
  return { traceEvents: [...meta, ...out], displayTimeUnit: 'ns' }
}
