// The trace's event kinds and thread states, numbered as they are stored. The numbers are part of the trace
// format (docs/trace-format.md): append new kinds, never renumber.

export const eventKinds = [
  'thread-start',
  'thread-rename',
  'thread-state',
  'gil',
  'gil-drop-request',
  'primitive-new',
  'primitive-name',
  'primitive',
  'output',
  'file-write',
  'lock-cycle',
  'deadlock',
  'exit',
] as const

export type EventKindName = (typeof eventKinds)[number]

export const EventKind = Object.fromEntries(eventKinds.map((name, i) => [name, i])) as {
  readonly [K in EventKindName]: number
}

export const threadStates = ['new', 'running', 'gil-wait', 'ready', 'blocked', 'sleeping', 'finished'] as const

export type ThreadStateName = (typeof threadStates)[number]

export const streams = ['stdout', 'stderr'] as const
