// One line of plain words for an event ("Thread-2 blocks on lock_a, held by Thread-1") or a lane's segment
// ("blocked on lock_a from 1.20 ms to 3.45 ms, line 12"), in English or Polish. Names come from the trace index
// (their latest, as the lanes are labelled), states before the event from the primitive's earlier events.
import { decodeEvent, type PrimitiveState, type TraceEvent } from '../../../simulator'
import { formatTime } from './format-time'
import { threadLaneStates, type LaneSet, type Segment } from './lanes'
import type { TimelineLanguage } from './messages'
import type { Phrase, Phrasebook, SegmentPhrase, Target } from './phrases'
import { phrasesEn } from './phrases-en'
import { phrasesPl } from './phrases-pl'
import type { TraceIndex } from './trace-index'

const phrasebooks: Record<TimelineLanguage, Phrasebook> = { en: phrasesEn, pl: phrasesPl }

/** Output is quoted on one line, shortened to this many characters. */
const quoteLength = 60

/** The parts of a queue that threading's queue.Queue waits on, by attribute. */
const queueParts: Record<string, Target['on']> = {
  not_empty: 'queue-item',
  not_full: 'queue-room',
  all_tasks_done: 'queue-done',
}

/** What waiting on primitive `id` means, in its state `state` (null: whatever the state). */
export function targetOf(index: TraceIndex, id: number, state: PrimitiveState | null): Target {
  const info = index.primitives[id]
  const name = index.primitiveName(id)
  if (info?.internal) {
    // Internal primitives are named after the attribute that holds them: a queue's parts, a Thread's `_started`.
    const dot = name.lastIndexOf('.')
    const part = queueParts[name.slice(dot + 1)]
    if (dot > 0 && part) return { on: part, queue: name.slice(0, dot) } as Target
    if (name.endsWith('._started')) return { on: 'thread-start' }
  }
  switch (info?.type) {
    case 'Lock':
    case 'RLock': {
      const owner = state?.owner ?? null
      return { on: 'lock', name, owner: owner === null ? null : index.threadName(owner) }
    }
    case 'Semaphore':
    case 'BoundedSemaphore':
      return { on: 'semaphore', name }
    case 'Event':
      return { on: 'event', name }
    case 'Condition':
      return { on: 'condition', name }
    case 'Barrier':
      return { on: 'barrier', name, parties: state?.parties ?? 0, waiting: state?.waiting ?? null }
    default:
      return { on: 'other', name }
  }
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > quoteLength ? `${line.slice(0, quoteLength - 1)}…` : line
}

/** The facts of event `i`. */
export function describe(index: TraceIndex, i: number): Phrase {
  const e = decodeEvent(index.log, i)
  const name = (thread: number | null) => (thread === null ? null : index.threadName(thread))
  switch (e.kind) {
    case 'thread-start':
      return { say: 'start', thread: index.threadName(e.thread), daemon: e.daemon, process: e.process }
    case 'thread-rename':
      return { say: 'rename', from: index.formerName(i) ?? e.name, to: e.name }
    case 'thread-state':
      return describeState(index, e)
    case 'gil': {
      if (e.holder === null) return { say: 'gil-release', thread: name(index.gilHolderBefore(e.process, i, true)) }
      const before = index.gilHolderBefore(e.process, i)
      const previous = index.gilHolderBefore(e.process, i, true)
      const handOff = before === null && previous !== null && previous !== e.holder
      return { say: 'gil-take', thread: index.threadName(e.holder), from: handOff ? name(previous) : null }
    }
    case 'gil-drop-request':
      return {
        say: 'gil-drop-request',
        thread: index.threadName(e.requester),
        holder: name(index.gilHolderBefore(e.process, i)),
      }
    case 'primitive-new': {
      const thread = index.log.column('thread')[i]
      return { say: 'first-use', thread: name(thread < 0 ? null : thread), type: e.type, name: e.name }
    }
    case 'primitive-name':
      return { say: 'named', from: index.formerName(i) ?? e.name, to: e.name }
    case 'primitive':
      return describePrimitive(index, e)
    case 'output':
      return { say: 'output', thread: name(e.thread), stream: e.stream, text: oneLine(e.text) }
    case 'file-write':
      return { say: 'file-write', thread: name(e.thread), path: e.path }
    case 'lock-cycle':
      return {
        say: 'cycle',
        links: e.threads.map((thread, k) => ({
          thread: index.threadName(thread),
          lock: index.primitiveName(e.primitives[k]),
          holder: index.threadName(e.threads[(k + 1) % e.threads.length]),
        })),
      }
    case 'deadlock':
      return { say: 'deadlock' }
    case 'exit':
      return { say: 'exit', status: e.status, outcome: e.outcome }
  }
}

function describeState(index: TraceIndex, e: Extract<TraceEvent, { kind: 'thread-state' }>): Phrase {
  const thread = index.threadName(e.thread)
  const before = index.threadStateBefore(e.thread, e.index)
  switch (e.state) {
    case 'new':
      return { say: 'new', thread }
    case 'running':
      return { say: 'runs', thread, line: e.line }
    case 'gil-wait':
      return { say: 'waits-gil', thread, woken: before === 'blocked' || before === 'sleeping' }
    case 'ready':
      return { say: 'ready', thread }
    case 'blocked':
      return { say: 'blocks', thread, target: blockedOn(index, e), until: e.until }
    case 'sleeping':
      return { say: 'sleeps', thread, until: e.until }
    case 'finished':
      return { say: 'finishes', thread, stopped: before === 'blocked' || before === 'sleeping' }
  }
}

function blockedOn(index: TraceIndex, e: Extract<TraceEvent, { kind: 'thread-state' }>): Target {
  if (e.join !== null) return { on: 'join', thread: index.threadName(e.join) }
  if (e.on === null) return { on: 'other', name: '?' }
  return targetOf(index, e.on, index.primitiveStateBefore(e.on, e.index))
}

/** The threads in `before` missing from `after`. */
function gone(before: number[], after: number[]): number[] {
  return before.filter((thread) => !after.includes(thread))
}

function describePrimitive(index: TraceIndex, e: Extract<TraceEvent, { kind: 'primitive' }>): Phrase {
  const thread = index.threadName(e.thread)
  const name = index.primitiveName(e.primitive)
  const type = index.primitives[e.primitive]?.type
  const before = index.primitiveStateBefore(e.primitive, e.index)
  const after = e.state
  const queue = name
  // Woken and timed-out threads waited through states gone by: say what they waited for, not how things stand.
  const target = targetOf(index, e.primitive, type === 'Barrier' ? null : before)
  switch (e.op) {
    case 'acquire':
    case 'release':
      if (after.value !== undefined)
        return {
          say: e.op === 'acquire' ? 'sem-take' : 'sem-release',
          thread,
          name,
          before: before?.value ?? null,
          after: after.value,
        }
      return { say: e.op === 'acquire' ? 'lock-take' : 'lock-release', thread, name, count: after.count ?? null }
    case 'wait':
      if (type === 'Barrier')
        return { say: 'barrier-wait', thread, name, waiting: after.waiting ?? 0, parties: after.parties ?? 0 }
      return {
        say: 'cond-wait',
        thread,
        name,
        lock: after.lock === undefined ? null : index.primitiveName(after.lock),
      }
    case 'notify':
    case 'notify_all':
      return { say: 'notify', thread, name, all: e.op === 'notify_all' }
    case 'set':
      return target.on === 'thread-start' ? { say: 'started-signal', thread } : { say: 'event-set', thread, name }
    case 'clear':
      return { say: 'event-clear', thread, name }
    case 'pass':
      return { say: 'barrier-pass', thread, name, parties: after.parties ?? 0 }
    case 'abort':
      return { say: 'barrier-abort', thread, name, parties: after.parties ?? 0 }
    case 'reset':
      return { say: 'barrier-reset', thread, name, parties: after.parties ?? 0 }
    case 'put':
      return { say: 'put', thread, queue, item: after.items?.at(-1) ?? null, size: after.items?.length ?? 0 }
    case 'get':
      return { say: 'get', thread, queue, item: before?.items?.[0] ?? null, size: after.items?.length ?? 0 }
    case 'task_done':
      return { say: 'task-done', thread, queue, unfinished: after.unfinished ?? 0 }
    case 'block':
      return { say: 'blocks', thread, target: targetOf(index, e.primitive, after), until: null }
    case 'wake':
      return {
        say: 'wake',
        thread,
        woken: gone(before?.waiters ?? [], after.waiters).map(index.threadName, index),
        target,
      }
    case 'timeout':
      return { say: 'timeout', thread, target }
    default:
      return { say: 'operation', thread, name, op: e.op }
  }
}

/** The facts of a segment. */
export function describeSegment(lanes: LaneSet, segment: Segment): SegmentPhrase {
  const index = lanes.index
  const span = { from: segment.start, to: segment.end, line: segment.line }
  const lane = segment.lane
  switch (lane.kind) {
    case 'thread': {
      const state = threadLaneStates[segment.value]
      const e = state === 'blocked' || state === 'sleeping' ? decodeEvent(index.log, segment.event) : null
      const blocked = e?.kind === 'thread-state' && state === 'blocked' ? blockedOn(index, e) : null
      const until = e?.kind === 'thread-state' ? e.until : null
      return { say: 'thread', ...span, state, target: blocked, until }
    }
    case 'gil':
    case 'lock':
      return { say: 'held', ...span, holder: segment.value < 0 ? null : index.threadName(segment.value) }
    case 'semaphore':
      return { say: 'semaphore', ...span, value: segment.value }
    case 'queue':
      return { say: 'queue', ...span, size: segment.value }
  }
}

/** Event `i` in words. */
export function narrate(index: TraceIndex, i: number, language: TimelineLanguage): string {
  const phrase = describe(index, i)
  const say = phrasebooks[language][phrase.say] as (p: Phrase, time: (ns: number) => string) => string
  return say(phrase, (ns) => formatTime(ns, language))
}

/** A segment in words. */
export function narrateSegment(lanes: LaneSet, segment: Segment, language: TimelineLanguage): string {
  const resolution = (segment.end - segment.start) / 10
  return phrasebooks[language].segment(describeSegment(lanes, segment), (ns) => formatTime(ns, language, resolution))
}
