// What the narration says, as data: `narrate.ts` finds the facts of an event or a segment (with names resolved),
// a phrasebook per language (phrases-en.ts, phrases-pl.ts) puts them into words.
import type { ThreadLaneState } from './lane-style'

/** What a waiting thread waits for. */
export type Target =
  | { on: 'lock'; name: string; owner: string | null }
  | { on: 'queue-item' | 'queue-room' | 'queue-done'; queue: string }
  | { on: 'thread-start' }
  | { on: 'join'; thread: string }
  | { on: 'semaphore' | 'event' | 'condition' | 'other'; name: string }
  | { on: 'barrier'; name: string; parties: number; waiting: number | null }

export type Phrase =
  | { say: 'start'; thread: string; daemon: boolean; process: number }
  | { say: 'rename'; from: string; to: string }
  | { say: 'new'; thread: string }
  | { say: 'runs'; thread: string; line: number | null }
  | { say: 'waits-gil'; thread: string; woken: boolean }
  | { say: 'ready'; thread: string }
  | { say: 'blocks'; thread: string; target: Target; until: number | null }
  | { say: 'sleeps'; thread: string; until: number | null }
  | { say: 'finishes'; thread: string; stopped: boolean }
  | { say: 'gil-take'; thread: string; from: string | null }
  | { say: 'gil-release'; thread: string | null }
  | { say: 'gil-drop-request'; thread: string; holder: string | null }
  | { say: 'first-use'; thread: string | null; type: string; name: string }
  | { say: 'named'; from: string; to: string }
  | { say: 'lock-take' | 'lock-release'; thread: string; name: string; count: number | null }
  | { say: 'sem-take' | 'sem-release'; thread: string; name: string; before: number | null; after: number }
  | { say: 'cond-wait'; thread: string; name: string; lock: string | null }
  | { say: 'notify'; thread: string; name: string; all: boolean }
  | { say: 'event-set' | 'event-clear'; thread: string; name: string }
  | { say: 'started-signal'; thread: string }
  | { say: 'barrier-wait'; thread: string; name: string; waiting: number; parties: number }
  | { say: 'barrier-pass' | 'barrier-abort' | 'barrier-reset'; thread: string; name: string; parties: number }
  | { say: 'put' | 'get'; thread: string; queue: string; item: string | null; size: number }
  | { say: 'task-done'; thread: string; queue: string; unfinished: number }
  | { say: 'wake'; thread: string; woken: string[]; target: Target }
  | { say: 'timeout'; thread: string; target: Target }
  | { say: 'operation'; thread: string; name: string; op: string }
  | { say: 'output'; thread: string | null; stream: 'stdout' | 'stderr'; text: string }
  | { say: 'file-write'; thread: string | null; path: string }
  | { say: 'cycle'; links: { thread: string; lock: string; holder: string }[] }
  | { say: 'deadlock' }
  | { say: 'exit'; status: number; outcome: string }

/** A segment of a lane, from `from` to `to` (ns). */
export type SegmentPhrase = { from: number; to: number; line: number | null } & (
  | { say: 'thread'; state: ThreadLaneState; target: Target | null; until: number | null }
  | { say: 'held'; holder: string | null }
  | { say: 'semaphore'; value: number }
  | { say: 'queue'; size: number }
)

/** The phrase(s) saying `K`; an intersection, since some phrases share a shape under several names. */
export type PhraseOf<K extends Phrase['say']> = Phrase & { say: K }

export type Phrasebook = {
  [K in Phrase['say']]: (phrase: PhraseOf<K>, time: (ns: number) => string) => string
} & { segment: (phrase: SegmentPhrase, time: (ns: number) => string) => string }
