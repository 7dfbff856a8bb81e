import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'

// Every switch that matters for a renderer showing untrusted user code, set explicitly.
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
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
  }
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 500,
    title: 'Interleave',
    show: false,
    backgroundColor: '#1e1e24',
    webPreferences: secureWebPreferences(preloadPath),
  }
}
