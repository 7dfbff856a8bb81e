import { BrowserWindow } from 'electron'

// Every switch that matters for a renderer showing untrusted user code, set explicitly and written out at the
// constructor call, where static checkers (Electronegativity) look for them.
export function createMainWindow(preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 500,
    title: 'Interleave',
    show: false,
    backgroundColor: '#1e1e24',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Nothing in the UI needs middle-click events, and they are a way to open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  })
}
