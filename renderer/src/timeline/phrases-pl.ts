// The narration in Polish.
import type { Phrasebook, SegmentPhrase, Target } from './phrases'

/** 1 element, 2 elementy, 5 elementów. */
function items(n: number): string {
  if (n === 1) return '1 element'
  const few = n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)
  return `${n} ${few ? 'elementy' : 'elementów'}`
}

/** Został 1 element, zostały 2 elementy, zostało 5 elementów. */
function left(n: number): string {
  const verb = n === 1 ? 'został' : items(n).endsWith('elementy') ? 'zostały' : 'zostało'
  return `${verb} ${items(n)}`
}

const list = (names: string[]) =>
  names.length < 2 ? (names[0] ?? 'nikogo') : `${names.slice(0, -1).join(', ')} i ${names[names.length - 1]}`

/** What is waited for, after "czeka na". */
function awaited(target: Target): string {
  switch (target.on) {
    case 'lock':
      return target.owner === null ? target.name : `${target.name}, zajęty przez ${target.owner}`
    case 'queue-item':
      return `element w ${target.queue}`
    case 'queue-room':
      return `miejsce w ${target.queue}`
    case 'queue-done':
      return `przetworzenie wszystkich elementów ${target.queue}`
    case 'thread-start':
      return 'start nowego wątku'
    case 'join':
      return `zakończenie ${target.thread}`
    case 'event':
      return `ustawienie ${target.name}`
    case 'condition':
      return `powiadomienie na ${target.name}`
    case 'barrier':
      return `pozostałe wątki przy ${target.name}${target.waiting === null ? '' : ` (${target.waiting} z ${target.parties} na miejscu)`}`
    case 'semaphore':
    case 'other':
      return target.name
  }
}

const quoted = (text: string) => `„${text}”`

function segment(p: SegmentPhrase, time: (ns: number) => string): string {
  const span = `od ${time(p.from)} do ${time(p.to)}`
  const line = p.line === null ? '' : `, wiersz ${p.line}`
  switch (p.say) {
    case 'thread':
      switch (p.state) {
        case 'finished':
          return `zakończony o ${time(p.from)}`
        case 'new':
          return `startuje ${span}${line}`
        case 'running':
          return `działa ${span}${line}`
        case 'gil-wait':
          return `czeka na GIL ${span}${line}`
        case 'ready':
          return `gotowy, czeka na procesor ${span}${line}`
        case 'sleeping':
          return `śpi ${span}${line}`
        case 'blocked':
          return `${p.target ? `czeka na ${awaited(p.target)}` : 'zablokowany'} ${span}${line}`
      }
      break
    case 'held':
      return `${p.holder === null ? 'wolny' : `zajęty przez ${p.holder}`} ${span}${line}`
    case 'semaphore':
      return `wartość ${p.value} ${span}${line}`
    case 'queue':
      return `${items(p.size)} ${span}${line}`
  }
}

export const phrasesPl: Phrasebook = {
  start: (p) =>
    `${p.thread} zaczyna działać${p.daemon ? ' (demon)' : ''}${p.process > 0 ? ` w procesie ${p.process}` : ''}`,
  rename: (p) => `${p.from} otrzymuje nazwę ${p.to}`,
  new: (p) => `${p.thread} zostaje utworzony`,
  runs: (p) => `${p.thread} działa${p.line === null ? '' : `, wiersz ${p.line}`}`,
  'waits-gil': (p) => (p.woken ? `${p.thread} budzi się i czeka na GIL` : `${p.thread} czeka na GIL`),
  ready: (p) => `${p.thread} jest gotowy i czeka na procesor`,
  blocks: (p, time) =>
    `${p.thread} czeka na ${awaited(p.target)}` + (p.until === null ? '' : `, najdłużej do ${time(p.until)}`),
  sleeps: (p, time) => `${p.thread} śpi${p.until === null ? '' : ` do ${time(p.until)}`}`,
  finishes: (p) =>
    p.stopped ? `${p.thread} zostaje zatrzymany: przebieg się zakończył` : `${p.thread} kończy działanie`,
  'gil-take': (p) => (p.from ? `GIL przechodzi od ${p.from} do ${p.thread}` : `${p.thread} bierze GIL`),
  'gil-release': (p) => (p.thread ? `${p.thread} oddaje GIL` : 'GIL jest wolny'),
  'gil-drop-request': (p) => (p.holder ? `${p.thread} prosi ${p.holder} o oddanie GIL-a` : `${p.thread} prosi o GIL`),
  'first-use': (p) =>
    p.thread ? `${p.thread} po raz pierwszy używa ${p.type} ${p.name}` : `pojawia się ${p.type} ${p.name}`,
  named: (p) => `${p.from} to ${p.to}`,
  'lock-take': (p) =>
    p.count !== null && p.count > 1
      ? `${p.thread} ponownie zajmuje ${p.name} (licznik ${p.count})`
      : `${p.thread} zajmuje ${p.name}`,
  'lock-release': (p) =>
    p.count !== null && p.count > 0
      ? `${p.thread} zwalnia ${p.name} jeden raz (licznik ${p.count})`
      : `${p.thread} zwalnia ${p.name}`,
  'sem-take': (p) => `${p.thread} zajmuje ${p.name} (wartość ${p.before === null ? '' : `${p.before} → `}${p.after})`,
  'sem-release': (p) =>
    `${p.thread} zwalnia ${p.name} (wartość ${p.before === null ? '' : `${p.before} → `}${p.after})`,
  'cond-wait': (p) => `${p.thread} czeka na ${p.name} i zwalnia ${p.lock ?? 'jego zamek'}`,
  notify: (p) =>
    p.all ? `${p.thread} powiadamia wszystkich czekających na ${p.name}` : `${p.thread} powiadamia ${p.name}`,
  'event-set': (p) => `${p.thread} ustawia ${p.name}`,
  'event-clear': (p) => `${p.thread} czyści ${p.name}`,
  'started-signal': (p) => `${p.thread} sygnalizuje, że wystartował`,
  'barrier-wait': (p) => `${p.thread} dociera do ${p.name} (${p.waiting} z ${p.parties})`,
  'barrier-pass': (p) => `${p.name} się otwiera: wszystkie wątki (${p.parties}) ruszają dalej`,
  'barrier-abort': (p) => `${p.thread} przerywa ${p.name}`,
  'barrier-reset': (p) => `${p.thread} resetuje ${p.name}`,
  put: (p) => `${p.thread} wkłada ${p.item ?? 'element'} do ${p.queue} (teraz ${items(p.size)})`,
  get: (p) =>
    `${p.thread} wyjmuje ${p.item ?? 'element'} z ${p.queue} (${p.size === 0 ? 'teraz pusta' : left(p.size)})`,
  'task-done': (p) => `${p.thread} oznacza element ${p.queue} jako przetworzony (nieprzetworzone: ${p.unfinished})`,
  wake: (p) =>
    `${p.thread} budzi ${list(p.woken)}, ${p.woken.length === 1 ? 'czekający' : 'czekające'} na ${awaited(p.target)}`,
  timeout: (p) => `${p.thread} przestaje czekać na ${awaited(p.target)}: minął czas`,
  operation: (p) => `${p.thread}: ${p.op} na ${p.name}`,
  output: (p) =>
    p.stream === 'stdout'
      ? `${p.thread ?? 'środowisko uruchomieniowe'} wypisuje ${quoted(p.text)}`
      : `${p.thread ?? 'środowisko uruchomieniowe'} pisze na stderr: ${quoted(p.text)}`,
  'file-write': (p) => `${p.thread ?? 'środowisko uruchomieniowe'} zapisuje do pliku ${p.path}`,
  cycle: (p) =>
    `Zakleszczenie: ${p.links.map((link) => `${link.thread} czeka na ${link.lock} zajęty przez ${link.holder}`).join('; ')}`,
  deadlock: () => 'Zakleszczenie: wszystkie wątki czekają i nic nie może żadnego obudzić',
  exit: (p) =>
    p.outcome === 'deadlock'
      ? `Przebieg kończy się zakleszczeniem (kod wyjścia ${p.status})`
      : p.outcome === 'out-of-steps'
        ? `Przebieg zatrzymuje się na limicie kroków (kod wyjścia ${p.status})`
        : `Program kończy się z kodem wyjścia ${p.status}`,
  segment,
}
