import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session } from 'electron'
import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { readFile, writeFile } from 'node:fs/promises'
import { basename, join, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { channels, type MenuCommand } from '../api'
import { contentSecurityPolicy } from '../csp'
import { appEntryUrl, appRequestPath, appScheme, mimeTypeOf } from './app-protocol'
import {
  InvalidIpcArgument,
  isTrustedSender,
  parseExportRequest,
  parseLanguage,
  parseSaveRequest,
} from './ipc-validation'
import { menuTemplate } from './menu'
import { createMainWindow } from './window-options'

const devServerUrl = process.env.ELECTRON_RENDERER_URL
const rendererRoot = join(__dirname, '../renderer')
const pythonFilters = [
  { name: 'Python', extensions: ['py'] },
  { name: 'Interleave trace', extensions: ['json'] },
]

protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

// Paths the user picked in one of our dialogs: the renderer may write back only to these.
const grantedPaths = new Set<string>()
let language: 'en' | 'pl' = app.getLocale().toLowerCase().startsWith('pl') ? 'pl' : 'en'

function serveRenderer(): void {
  protocol.handle(appScheme, async (request) => {
    const relative = appRequestPath(request.url)
    const file = relative === null ? null : resolve(rendererRoot, relative)
    if (file === null || !file.startsWith(rendererRoot + sep)) return new Response('Not found', { status: 404 })
    const response = await net.fetch(pathToFileURL(file).toString()).catch(() => null)
    if (!response?.ok) return new Response('Not found', { status: 404 })
    return new Response(response.body, {
      headers: { 'Content-Type': mimeTypeOf(file), 'Content-Security-Policy': contentSecurityPolicy },
    })
  })
}

function guard<A extends unknown[], R>(handler: (event: IpcMainInvokeEvent, ...args: A) => Promise<R>) {
  return async (event: IpcMainInvokeEvent, ...args: A): Promise<R> => {
    if (!isTrustedSender(event.senderFrame?.url, devServerUrl)) throw new Error('IPC refused: untrusted sender')
    try {
      return await handler(event, ...args)
    } catch (error) {
      if (error instanceof InvalidIpcArgument) throw new Error(`IPC refused: ${error.message}`, { cause: error })
      throw error
    }
  }
}

function windowOf(event: IpcMainInvokeEvent): BrowserWindow | undefined {
  return BrowserWindow.fromWebContents(event.sender) ?? undefined
}

async function showSaveDialog(event: IpcMainInvokeEvent, suggestedName: string | undefined) {
  const options = { defaultPath: suggestedName, filters: pythonFilters }
  const owner = windowOf(event)
  const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}

function registerIpc(): void {
  ipcMain.handle(
    channels.openFile,
    guard(async (event) => {
      const options = { properties: ['openFile' as const], filters: pythonFilters }
      const owner = windowOf(event)
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
      const path = result.canceled ? undefined : result.filePaths[0]
      if (!path) return null
      grantedPaths.add(path)
      app.addRecentDocument(path)
      return { name: basename(path), path, content: await readFile(path, 'utf8') }
    }),
  )
  ipcMain.handle(
    channels.saveFile,
    guard(async (event, arg: unknown) => {
      const request = parseSaveRequest(arg)
      const path =
        request.path && grantedPaths.has(request.path)
          ? request.path
          : await showSaveDialog(event, request.suggestedName)
      if (!path) return null
      await writeFile(path, request.content, 'utf8')
      grantedPaths.add(path)
      app.addRecentDocument(path)
      return path
    }),
  )
  ipcMain.handle(
    channels.exportFile,
    guard(async (event, arg: unknown) => {
      const request = parseExportRequest(arg)
      const owner = windowOf(event)
      const options = { defaultPath: request.suggestedName }
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
      if (result.canceled || !result.filePath) return null
      await writeFile(result.filePath, request.content)
      return result.filePath
    }),
  )
  ipcMain.on(channels.setLanguage, (event, arg: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url, devServerUrl)) return
    try {
      language = parseLanguage(arg)
    } catch {
      return
    }
    installMenu()
  })
}

function installMenu(): void {
  const send = (command: MenuCommand) => {
    BrowserWindow.getFocusedWindow()?.webContents.send(channels.menuCommand, command)
  }
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language, send, process.platform === 'darwin')))
}

function lockDown(contents: WebContents): void {
  const ownUrl = devServerUrl ?? appEntryUrl
  contents.on('will-navigate', (event, url) => {
    if (url !== ownUrl) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

function createWindow(): void {
  const window = createMainWindow(join(__dirname, '../preload/index.cjs'))
  window.once('ready-to-show', () => window.show())
  void window.loadURL(devServerUrl ?? appEntryUrl)
}

app.on('web-contents-created', (_event, contents) => lockDown(contents))

void app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  serveRenderer()
  registerIpc()
  installMenu()
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
