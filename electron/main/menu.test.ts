import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { menuCommands, type MenuCommand } from '../api'
import { menuTemplate } from './menu'

type Item = MenuItemConstructorOptions

function submenuOf(item: Item | undefined): Item[] {
  expect(Array.isArray(item?.submenu), `${item?.label} has a submenu`).toBe(true)
  return item!.submenu as Item[]
}

function topLevel(template: Item[], label: string): Item[] {
  return submenuOf(template.find((item) => item.label === label))
}

// Builds the template with a `send` that records, so that a click can be traced to the command it sends.
function recordedTemplate(language: 'en' | 'pl', isMac = false) {
  const sent: MenuCommand[] = []
  const template = menuTemplate(language, (command) => sent.push(command), isMac)
  const click = (item: Item | undefined): MenuCommand[] => {
    expect(item?.click, `${item?.label} is clickable`).toBeTypeOf('function')
    sent.length = 0
    ;(item!.click as unknown as () => void)()
    return [...sent]
  }
  return { template, click }
}

const labels = {
  en: {
    file: '&File',
    view: '&View',
    help: '&Help',
    open: 'Open…',
    save: 'Save',
    saveAs: 'Save As…',
    export: 'Export…',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    fullScreen: 'Toggle Full Screen',
    presenter: 'Presenter Mode',
    language: 'Language',
    about: 'About Interleave',
    examples: 'Examples',
  },
  pl: {
    file: '&Plik',
    view: '&Widok',
    help: 'Pomo&c',
    open: 'Otwórz…',
    save: 'Zapisz',
    saveAs: 'Zapisz jako…',
    export: 'Eksportuj…',
    zoomIn: 'Powiększ',
    zoomOut: 'Pomniejsz',
    resetZoom: 'Rzeczywisty rozmiar',
    fullScreen: 'Pełny ekran',
    presenter: 'Tryb prezentacji',
    language: 'Język',
    about: 'O programie Interleave',
    examples: 'Przykłady',
  },
} as const

describe.each(['en', 'pl'] as const)('menuTemplate (%s)', (language) => {
  const t = labels[language]
  const { template, click } = recordedTemplate(language)
  const byLabel = (items: Item[], label: string) => items.find((item) => item.label === label)

  it('has File, Edit, View and Help menus in that order', () => {
    expect(template.map((item) => item.label ?? item.role)).toEqual([t.file, 'editMenu', t.view, t.help])
  })

  it('File: Open…, Save, Save As… and Export… with their shortcuts and commands', () => {
    const file = topLevel(template, t.file)
    const expected: [string, string, MenuCommand][] = [
      [t.open, 'CmdOrCtrl+O', 'open'],
      [t.save, 'CmdOrCtrl+S', 'save'],
      [t.saveAs, 'CmdOrCtrl+Shift+S', 'save-as'],
      [t.export, 'CmdOrCtrl+E', 'export'],
    ]
    for (const [label, accelerator, command] of expected) {
      const item = byLabel(file, label)
      expect(item?.accelerator, label).toBe(accelerator)
      expect(click(item), label).toEqual([command])
    }
    expect(file.at(-1)?.role).toBe('quit')
  })

  it('View: zoom in, out and reset, full screen, presenter mode and the language', () => {
    const view = topLevel(template, t.view)
    expect(byLabel(view, t.zoomIn)?.role).toBe('zoomIn')
    expect(byLabel(view, t.zoomOut)?.role).toBe('zoomOut')
    expect(byLabel(view, t.resetZoom)?.role).toBe('resetZoom')
    expect(byLabel(view, t.fullScreen)?.role).toBe('togglefullscreen')
    expect(click(byLabel(view, t.presenter))).toEqual(['presenter-mode'])
    const languages = submenuOf(byLabel(view, t.language))
    expect(languages.map((item) => [item.label, item.type, item.checked])).toEqual([
      ['English', 'radio', language === 'en'],
      ['Polski', 'radio', language === 'pl'],
    ])
    expect(click(languages[0])).toEqual(['language-en'])
    expect(click(languages[1])).toEqual(['language-pl'])
  })

  it('Help: Examples and About', () => {
    const help = topLevel(template, t.help)
    expect(click(byLabel(help, t.examples))).toEqual(['examples'])
    expect(click(byLabel(help, t.about))).toEqual(['about'])
  })

  it('can send every command the renderer listens for', () => {
    const reachable = new Set<MenuCommand>()
    const visit = (items: Item[]) => {
      for (const item of items) {
        if (typeof item.click === 'function') click(item).forEach((command) => reachable.add(command))
        if (Array.isArray(item.submenu)) visit(item.submenu)
      }
    }
    visit(template)
    expect([...reachable].sort()).toEqual([...menuCommands].sort())
  })
})

describe('menuTemplate on macOS', () => {
  it('starts with the application menu and closes the window instead of quitting', () => {
    const template = menuTemplate('en', () => {}, true)
    expect(template[0]?.role).toBe('appMenu')
    expect(topLevel(template, '&File').at(-1)?.role).toBe('close')
  })
})
