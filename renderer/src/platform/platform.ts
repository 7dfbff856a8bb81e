// What the UI needs from wherever it runs: the desktop shell (Electron) or a plain browser tab.

export interface OpenedFile {
  name: string
  content: string
  /** A handle the platform understands for saving back; absent in the browser. */
  path?: string
}

export interface Platform {
  readonly kind: 'electron' | 'browser'
  openFile(): Promise<OpenedFile | null>
  /** Writes the text back where it came from, or asks where; resolves to the new path, or null if cancelled. */
  saveFile(content: string, suggestedName: string, path?: string, saveAs?: boolean): Promise<string | null>
  exportFile(suggestedName: string, content: string | Uint8Array): Promise<void>
  onMenuCommand(listener: (command: string) => void): () => void
  setLanguage(language: 'en' | 'pl'): void
}
