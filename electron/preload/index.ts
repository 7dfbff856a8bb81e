import { contextBridge, ipcRenderer } from 'electron'
import { channels, menuCommands, type DesktopApi, type MenuCommand } from '../api'

// The only bridge between the page and the desktop: a handful of typed calls, no Node objects cross it.
const api: DesktopApi = {
  openFile: () => ipcRenderer.invoke(channels.openFile),
  saveFile: (request) => ipcRenderer.invoke(channels.saveFile, request),
  exportFile: (request) => ipcRenderer.invoke(channels.exportFile, request),
  onMenuCommand: (listener) => {
    const handler = (_event: unknown, command: MenuCommand) => {
      if (menuCommands.includes(command)) listener(command)
    }
    ipcRenderer.on(channels.menuCommand, handler)
    return () => ipcRenderer.removeListener(channels.menuCommand, handler)
  },
  setLanguage: (language) => ipcRenderer.send(channels.setLanguage, language),
}

contextBridge.exposeInMainWorld('interleave', api)
