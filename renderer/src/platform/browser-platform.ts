import type { OpenedFile, Platform } from './platform'

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true })
    input.addEventListener('cancel', () => resolve(null), { once: true })
    input.click()
  })
}

function download(name: string, content: string | Uint8Array, type: string): void {
  const blob = new Blob([content as BlobPart], { type })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

export async function readOpenedFile(file: File): Promise<OpenedFile> {
  return { name: file.name, content: await file.text() }
}

// In a browser tab files come in through a file input and go out as downloads.
export const browserPlatform: Platform = {
  kind: 'browser',
  openFile: async () => {
    const file = await pickFile('.py,.json,text/x-python,application/json')
    return file ? readOpenedFile(file) : null
  },
  saveFile: async (content, suggestedName) => {
    download(suggestedName, content, 'text/x-python')
    return suggestedName
  },
  exportFile: async (suggestedName, content) => {
    download(suggestedName, content, typeof content === 'string' ? 'application/json' : 'application/octet-stream')
  },
  onMenuCommand: () => () => {},
  setLanguage: () => {},
}
