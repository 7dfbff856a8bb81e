// The trace file: everything needed to re-run a program exactly (format, version, source, settings, decisions)
// and what the run did (events, outcome). JSON with a fixed key order and no host detail (no time of day, no
// path), so that the same run always writes the same bytes.
import { defaultSettings, type RunSettings } from '../run-settings'
import { eventKinds } from './event-kinds'
import { EventLog, rawFields } from './event-log'

export const traceFormat = 'interleave-trace'
export const traceVersion = 1

export interface TraceOutcome {
  outcome: string
  status: number | null
  steps: number
  /** Virtual nanoseconds. */
  time: number
}

export interface TraceFile {
  /** The program's file name, without its folder. */
  filename: string
  source: string
  settings: RunSettings
  decisions: number[]
  outcome: TraceOutcome
  log: EventLog
}

/** Why a file is not a trace we can replay: a one-line message. */
export class TraceFileError extends Error {}

export function writeTrace(trace: TraceFile): string {
  const s = trace.settings
  const settings: RunSettings = {
    schedule: s.schedule,
    seed: s.seed,
    cpus: s.cpus,
    switchInterval: s.switchInterval,
    switchProbability: s.switchProbability,
    maxSteps: s.maxSteps,
    argv: s.argv,
  }
  const events = Object.fromEntries(rawFields.map((f) => [f, Array.from(trace.log.column(f))]))
  const file = {
    format: traceFormat,
    version: traceVersion,
    filename: trace.filename,
    source: trace.source,
    settings,
    decisions: trace.decisions,
    outcome: {
      outcome: trace.outcome.outcome,
      status: trace.outcome.status,
      steps: trace.outcome.steps,
      time: trace.outcome.time,
    },
    kinds: eventKinds,
    strings: trace.log.strings,
    events,
  }
  return JSON.stringify(file) + '\n'
}

function fail(message: string): never {
  throw new TraceFileError(message)
}

type Json = Record<string, unknown>

function object(v: unknown, what: string): Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(`${what} is not an object`)
  return v as Json
}

function numbers(v: unknown, what: string): number[] {
  if (!Array.isArray(v) || !v.every((n) => typeof n === 'number' && Number.isFinite(n)))
    fail(`${what} is not a list of numbers`)
  return v
}

function field<T>(o: Json, key: string, check: (v: unknown) => boolean, what: string): T {
  if (!check(o[key])) fail(`${what} is missing or not ${key === 'source' ? 'text' : 'valid'}`)
  return o[key] as T
}

const isString = (v: unknown) => typeof v === 'string'
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v)

function settingsFrom(v: unknown): RunSettings {
  const o = object(v, 'settings')
  const schedules = ['gil', 'round-robin', 'random', 'free-threaded', 'manual']
  return {
    schedule: field(o, 'schedule', (x) => schedules.includes(x as string), 'settings.schedule'),
    seed: field(o, 'seed', isNumber, 'settings.seed'),
    cpus: field(o, 'cpus', (x) => Number.isInteger(x) && (x as number) >= 1, 'settings.cpus'),
    switchInterval: field(o, 'switchInterval', isNumber, 'settings.switchInterval'),
    switchProbability: field(o, 'switchProbability', isNumber, 'settings.switchProbability'),
    maxSteps: field(o, 'maxSteps', (x) => x === null || isNumber(x), 'settings.maxSteps'),
    argv: field(o, 'argv', (x) => Array.isArray(x) && x.every(isString), 'settings.argv'),
  }
}

/** Reads a trace file's text; throws TraceFileError (one line) when it is corrupt, truncated or not a trace. */
export function readTrace(text: string): TraceFile {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    fail(
      text.trimStart().startsWith('{') ? 'the trace file is truncated or corrupt (invalid JSON)' : 'not a trace file',
    )
  }
  const o = object(parsed, 'the file')
  if (o.format !== traceFormat) fail('not a trace file (no "format": "interleave-trace")')
  if (o.version !== traceVersion)
    fail(`unsupported trace version ${String(o.version)} (this build reads ${traceVersion})`)
  const kinds = o.kinds
  if (!Array.isArray(kinds) || kinds.some((k, i) => k !== eventKinds[i]))
    fail('the trace uses event kinds this build does not know')
  const strings = field<string[]>(o, 'strings', (x) => Array.isArray(x) && x.every(isString), 'strings')
  const events = object(o.events, 'events')
  const columns = Object.fromEntries(rawFields.map((f) => [f, numbers(events[f], `events.${f}`)])) as Record<
    (typeof rawFields)[number],
    number[]
  >
  const n = columns.step.length
  if (rawFields.some((f) => columns[f].length !== n)) fail('the event columns have different lengths')
  if (columns.kind.some((k) => !Number.isInteger(k) || k < 0 || k >= eventKinds.length)) fail('unknown event kind')
  const missing = (i: number) => i >= strings.length
  const primitive = eventKinds.indexOf('primitive')
  if (columns.text.some(missing) || columns.b.some((b, i) => columns.kind[i] === primitive && (b < 0 || missing(b))))
    fail('an event refers to a missing string')
  const outcome = object(o.outcome, 'outcome')
  return {
    filename: field(o, 'filename', isString, 'filename'),
    source: field(o, 'source', isString, 'source'),
    settings: { ...defaultSettings, ...settingsFrom(o.settings) },
    decisions: numbers(o.decisions, 'decisions'),
    outcome: {
      outcome: field(outcome, 'outcome', isString, 'outcome.outcome'),
      status: field(outcome, 'status', (x) => x === null || isNumber(x), 'outcome.status'),
      steps: field(outcome, 'steps', isNumber, 'outcome.steps'),
      time: field(outcome, 'time', isNumber, 'outcome.time'),
    },
    log: EventLog.from(columns, strings),
  }
}
