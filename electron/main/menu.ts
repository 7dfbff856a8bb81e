import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../api'

type Language = 'en' | 'pl'

const labels = {
  en: {
    file: '&File',
    open: 'Open…',
    save: 'Save',
    saveAs: 'Save As…',
    export: 'Export…',
    quit: 'Quit',
    view: '&View',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    fullScreen: 'Toggle Full Screen',
    presenter: 'Presenter Mode',
    language: 'Language',
    devTools: 'Developer Tools',
    help: '&Help',
    about: 'About Interleave',
    examples: 'Examples',
  },
  pl: {
    file: '&Plik',
    open: 'Otwórz…',
    save: 'Zapisz',
    saveAs: 'Zapisz jako…',
    export: 'Eksportuj…',
    quit: 'Zakończ',
    view: '&Widok',
    zoomIn: 'Powiększ',
    zoomOut: 'Pomniejsz',
    resetZoom: 'Rzeczywisty rozmiar',
    fullScreen: 'Pełny ekran',
    presenter: 'Tryb prezentacji',
    language: 'Język',
    devTools: 'Narzędzia deweloperskie',
    help: 'Pomo&c',
    about: 'O programie Interleave',
    examples: 'Przykłady',
  },
} as const

export function menuTemplate(
  language: Language,
  send: (command: MenuCommand) => void,
  isMac: boolean,
): MenuItemConstructorOptions[] {
  const t = labels[language]
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(name),
  })
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t.file,
      submenu: [
        command(t.open, 'open', 'CmdOrCtrl+O'),
        command(t.save, 'save', 'CmdOrCtrl+S'),
        command(t.saveAs, 'save-as', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        command(t.export, 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: t.quit },
      ],
    },
    { role: 'editMenu' },
    {
      label: t.view,
      submenu: [
        { role: 'zoomIn', label: t.zoomIn, accelerator: 'CmdOrCtrl+=' },
        { role: 'zoomOut', label: t.zoomOut },
        { role: 'resetZoom', label: t.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t.fullScreen },
        command(t.presenter, 'presenter-mode', 'CmdOrCtrl+Alt+P'),
        {
          label: t.language,
          submenu: [
            { label: 'English', type: 'radio', checked: language === 'en', click: () => send('language-en') },
            { label: 'Polski', type: 'radio', checked: language === 'pl', click: () => send('language-pl') },
          ],
        },
        { type: 'separator' },
        { role: 'toggleDevTools', label: t.devTools },
      ],
    },
    {
      label: t.help,
      role: 'help',
      submenu: [command(t.examples, 'examples', 'F1'), command(t.about, 'about')],
    },
  ]
}
