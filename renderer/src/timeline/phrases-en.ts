// The narration in English.
import type { Phrasebook, SegmentPhrase, Target } from './phrases'

const items = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`

const list = (names: string[]) =>
  names.length < 2 ? (names[0] ?? 'nobody') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`

/** What is waited for, after "waiting for". */
function awaited(target: Target): string {
  switch (target.on) {
    case 'lock':
      return target.owner === null ? target.name : `${target.name}, held by ${target.owner}`
    case 'queue-item':
      return `an item in ${target.queue}`
    case 'queue-room':
      return `room in ${target.queue}`
    case 'queue-done':
      return `every item of ${target.queue} to be done`
    case 'thread-start':
      return 'a new thread to start'
    case 'join':
      return `${target.thread} to finish`
    case 'event':
      return `${target.name} to be set`
    case 'condition':
      return `a notify on ${target.name}`
    case 'barrier':
      return `the others at ${target.name}${target.waiting === null ? '' : ` (${target.waiting} of ${target.parties} there)`}`
    case 'semaphore':
    case 'other':
      return target.name
  }
}

const waiting = (target: Target) => (target.on === 'lock' ? 'blocked on ' : 'waiting for ') + awaited(target)

const quoted = (text: string) => `“${text}”`

function segment(p: SegmentPhrase, time: (ns: number) => string): string {
  const span = `from ${time(p.from)} to ${time(p.to)}`
  const line = p.line === null ? '' : `, line ${p.line}`
  switch (p.say) {
    case 'thread':
      switch (p.state) {
        case 'finished':
          return `finished at ${time(p.from)}`
        case 'new':
          return `starting ${span}${line}`
        case 'running':
          return `running ${span}${line}`
        case 'gil-wait':
          return `waiting for the GIL ${span}${line}`
        case 'ready':
          return `ready, waiting for a CPU, ${span}${line}`
        case 'sleeping':
          return `sleeping ${span}${line}`
        case 'blocked':
          return `${p.target ? waiting(p.target) : 'blocked'} ${span}${line}`
      }
      break
    case 'held':
      return `${p.holder === null ? 'free' : `held by ${p.holder}`} ${span}${line}`
    case 'semaphore':
      return `value ${p.value} ${span}${line}`
    case 'queue':
      return `${items(p.size)} ${span}${line}`
  }
}

export const phrasesEn: Phrasebook = {
  start: (p) => `${p.thread} starts${p.daemon ? ' (daemon)' : ''}${p.process > 0 ? ` in process ${p.process}` : ''}`,
  rename: (p) => `${p.from} is named ${p.to}`,
  new: (p) => `${p.thread} is created`,
  runs: (p) => `${p.thread} runs${p.line === null ? '' : `, at line ${p.line}`}`,
  'waits-gil': (p) => (p.woken ? `${p.thread} wakes up and waits for the GIL` : `${p.thread} waits for the GIL`),
  ready: (p) => `${p.thread} is ready and waits for a CPU`,
  blocks: (p, time) =>
    `${p.thread} ${p.target.on === 'lock' ? 'blocks on' : 'waits for'} ${awaited(p.target)}` +
    (p.until === null ? '' : `, at most until ${time(p.until)}`),
  sleeps: (p, time) => `${p.thread} sleeps${p.until === null ? '' : ` until ${time(p.until)}`}`,
  finishes: (p) => (p.stopped ? `${p.thread} is stopped: the run has ended` : `${p.thread} finishes`),
  'gil-take': (p) => (p.from ? `the GIL passes from ${p.from} to ${p.thread}` : `${p.thread} takes the GIL`),
  'gil-release': (p) => (p.thread ? `${p.thread} releases the GIL` : 'the GIL is free'),
  'gil-drop-request': (p) =>
    p.holder ? `${p.thread} asks ${p.holder} to drop the GIL` : `${p.thread} asks for the GIL`,
  'first-use': (p) => (p.thread ? `${p.thread} first uses ${p.type} ${p.name}` : `${p.type} ${p.name} appears`),
  named: (p) => `${p.from} turns out to be ${p.to}`,
  'lock-take': (p) =>
    p.count !== null && p.count > 1
      ? `${p.thread} takes ${p.name} again (count ${p.count})`
      : `${p.thread} takes ${p.name}`,
  'lock-release': (p) =>
    p.count !== null && p.count > 0
      ? `${p.thread} releases ${p.name} once (count ${p.count})`
      : `${p.thread} releases ${p.name}`,
  'sem-take': (p) => `${p.thread} takes ${p.name} (value ${p.before === null ? '' : `${p.before} → `}${p.after})`,
  'sem-release': (p) => `${p.thread} releases ${p.name} (value ${p.before === null ? '' : `${p.before} → `}${p.after})`,
  'cond-wait': (p) => `${p.thread} waits on ${p.name} and releases ${p.lock ?? 'its lock'}`,
  notify: (p) => (p.all ? `${p.thread} notifies everyone waiting on ${p.name}` : `${p.thread} notifies ${p.name}`),
  'event-set': (p) => `${p.thread} sets ${p.name}`,
  'event-clear': (p) => `${p.thread} clears ${p.name}`,
  'started-signal': (p) => `${p.thread} signals that it has started`,
  'barrier-wait': (p) => `${p.thread} reaches ${p.name} (${p.waiting} of ${p.parties})`,
  'barrier-pass': (p) => `${p.name} opens: its ${p.parties} threads go on`,
  'barrier-abort': (p) => `${p.thread} breaks ${p.name}`,
  'barrier-reset': (p) => `${p.thread} resets ${p.name}`,
  put: (p) => `${p.thread} puts ${p.item ?? 'an item'} into ${p.queue} (now ${items(p.size)})`,
  get: (p) =>
    `${p.thread} takes ${p.item ?? 'an item'} from ${p.queue} (${p.size === 0 ? 'now empty' : `${items(p.size)} left`})`,
  'task-done': (p) => `${p.thread} marks an item of ${p.queue} done (${p.unfinished} unfinished)`,
  wake: (p) => `${p.thread} wakes ${list(p.woken)}, ${waiting(p.target)}`,
  timeout: (p) => `${p.thread} stops waiting for ${awaited(p.target)}: time is up`,
  operation: (p) => `${p.thread}: ${p.op} on ${p.name}`,
  output: (p) =>
    p.stream === 'stdout'
      ? `${p.thread ?? 'the runtime'} prints ${quoted(p.text)}`
      : `${p.thread ?? 'the runtime'} writes to stderr: ${quoted(p.text)}`,
  'file-write': (p) => `${p.thread ?? 'the runtime'} writes to ${p.path}`,
  cycle: (p) =>
    `Deadlock: ${p.links.map((link) => `${link.thread} waits for ${link.lock} held by ${link.holder}`).join('; ')}`,
  deadlock: () => 'Deadlock: every thread is waiting and nothing can wake one',
  exit: (p) =>
    p.outcome === 'deadlock'
      ? `The run ends in a deadlock (exit status ${p.status})`
      : p.outcome === 'out-of-steps'
        ? `The run stops at the step limit (exit status ${p.status})`
        : `The program ends with exit status ${p.status}`,
  segment,
}
