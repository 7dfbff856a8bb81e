// The contract between the preload (electron/preload) and the renderer's Electron platform adapter.

export interface OpenedFile {
  name: string
  path: string
  content: string
}

export interface SaveRequest {
  content: string
  /** Where the file was opened from or last saved to; absent for "Save As…". */
  path?: string
  suggestedName?: string
}

export interface ExportRequest {
  suggestedName: string
  /** Text or bytes (a PNG, say). */
  content: string | Uint8Array
}

export type MenuCommand =
  'open' | 'save' | 'save-as' | 'export' | 'presenter-mode' | 'language-en' | 'language-pl' | 'examples' | 'about'

export interface DesktopApi {
  openFile(): Promise<OpenedFile | null>
  /** Resolves to the path written, or null when the user cancelled. */
  saveFile(request: SaveRequest): Promise<string | null>
  exportFile(request: ExportRequest): Promise<string | null>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Tells the desktop shell the UI language, so that its menu speaks it too. */
  setLanguage(language: 'en' | 'pl'): void
}

export const channels = {
  openFile: 'file:open',
  saveFile: 'file:save',
  exportFile: 'file:export',
  menuCommand: 'menu:command',
  setLanguage: 'app:language',
} as const

export const menuCommands: readonly MenuCommand[] = [
  'open',
  'save',
  'save-as',
  'export',
  'presenter-mode',
  'language-en',
  'language-pl',
  'examples',
  'about',
]
