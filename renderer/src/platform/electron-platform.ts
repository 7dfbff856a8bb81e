import type { DesktopApi } from '../../../electron/api'
import type { Platform } from './platform'

export function electronPlatform(api: DesktopApi): Platform {
  return {
    kind: 'electron',
    openFile: () => api.openFile(),
    saveFile: (content, suggestedName, path, saveAs) =>
      api.saveFile({ content, suggestedName, path: saveAs ? undefined : path }),
    exportFile: async (suggestedName, content) => {
      await api.exportFile({ suggestedName, content })
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    setLanguage: (language) => api.setLanguage(language),
  }
}
