// Every string the UI shows, in English and Polish. Polish must have exactly the English keys.

export const en = {
  appName: 'Interleave',
  toolbar: 'Toolbar',
  open: 'Open…',
  save: 'Save',
  export: 'Export…',
  examples: 'Examples',
  editor: 'Editor',
  controls: 'Controls',
  timeline: 'Timeline',
  console: 'Console',
  threads: 'Threads',
  language: 'Language',
  presenterMode: 'Presenter mode',
  exitPresenterMode: 'Leave presenter mode',
  run: 'Run',
  stop: 'Stop',
  emptyTimeline: 'Run the program to see its threads over time.',
  emptyConsole: 'The program’s output appears here.',
  about: 'Interleave runs Python concurrency programs step by step in a deterministic simulator of CPython.',
  close: 'Close',
  opened: 'Opened {name}',
  saved: 'Saved {name}',
  fileError: 'Could not open {name}: {error}',
} as const

export type MessageKey = keyof typeof en
export type Messages = Record<MessageKey, string>

export const pl: Messages = {
  appName: 'Interleave',
  toolbar: 'Pasek narzędzi',
  open: 'Otwórz…',
  save: 'Zapisz',
  export: 'Eksportuj…',
  examples: 'Przykłady',
  editor: 'Edytor',
  controls: 'Sterowanie',
  timeline: 'Oś czasu',
  console: 'Konsola',
  threads: 'Wątki',
  language: 'Język',
  presenterMode: 'Tryb prezentacji',
  exitPresenterMode: 'Zakończ tryb prezentacji',
  run: 'Uruchom',
  stop: 'Zatrzymaj',
  emptyTimeline: 'Uruchom program, aby zobaczyć jego wątki w czasie.',
  emptyConsole: 'Tu pojawi się wyjście programu.',
  about: 'Interleave uruchamia współbieżne programy w Pythonie krok po kroku w deterministycznym symulatorze CPythona.',
  close: 'Zamknij',
  opened: 'Otwarto {name}',
  saved: 'Zapisano {name}',
  fileError: 'Nie udało się otworzyć {name}: {error}',
}

export const languages = { en, pl } as const
export type Language = keyof typeof languages

export function preferredLanguage(systemLanguages: readonly string[]): Language {
  return systemLanguages[0]?.toLowerCase().startsWith('pl') ? 'pl' : 'en'
}

export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match)
}
