// The files opened lately, newest first, kept with their text so that they reopen in the browser too (where a
// page cannot read a path again). A plain list in localStorage; the desktop also tells the OS (Electron's
// recent documents).

export interface RecentFile {
  name: string
  text: string
}

export const recentKey = 'interleave.recent'
export const maxRecent = 6
/** Files larger than this are not kept: the list lives in localStorage, which is small. */
export const maxRecentSize = 200_000

/** The list after opening `file`: first, without an older copy of the same name, at most `maxRecent` long. */
export function withRecent(list: readonly RecentFile[], file: RecentFile): RecentFile[] {
  if (file.text.length > maxRecentSize) return [...list]
  return [file, ...list.filter((f) => f.name !== file.name)].slice(0, maxRecent)
}

export function loadRecent(storage: Pick<Storage, 'getItem'>): RecentFile[] {
  try {
    const list = JSON.parse(storage.getItem(recentKey) ?? '[]')
    return Array.isArray(list)
      ? list.filter((f): f is RecentFile => typeof f?.name === 'string' && typeof f?.text === 'string')
      : []
  } catch {
    return []
  }
}

export function saveRecent(storage: Pick<Storage, 'setItem'>, list: readonly RecentFile[]): void {
  try {
    storage.setItem(recentKey, JSON.stringify(list))
  } catch {
    // A full storage keeps the previous list: the files themselves are not lost.
  }
}
