import type { BrowserWindowConstructorOptions } from 'electron'
import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { createMainWindow } from './window-options'

// Records what the window is constructed with; the Electron binary is not needed to read the options.
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(readonly options: BrowserWindowConstructorOptions) {}
  },
}))

function optionsOf(preloadPath: string): BrowserWindowConstructorOptions {
  return (createMainWindow(preloadPath) as unknown as { options: BrowserWindowConstructorOptions }).options
}

describe('createMainWindow', () => {
  const options = optionsOf('/app/out/preload/index.cjs')
  const preferences = options.webPreferences ?? {}

  it('isolates the page from Node and from the preload', () => {
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    })
  })

  it('keeps the web platform’s own protections on', () => {
    expect(preferences).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    })
    expect(preferences.enableBlinkFeatures).toBeUndefined()
    expect(preferences.additionalArguments).toBeUndefined()
  })

  it('loads only the preload it is given', () => {
    expect(preferences.preload).toBe('/app/out/preload/index.cjs')
    expect(optionsOf('/elsewhere/index.cjs').webPreferences?.preload).toBe('/elsewhere/index.cjs')
  })

  it('stays hidden until the page is ready, on the UI’s background colour', () => {
    expect(options.show).toBe(false)
    const styles = readFileSync(new URL('../../renderer/src/styles.css', import.meta.url), 'utf8')
    expect(styles).toContain(`--bg: ${options.backgroundColor};`)
  })
})
