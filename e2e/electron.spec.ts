import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { contentSecurityPolicy } from '../electron/csp'

// The `electron` package exports the path of the binary its install step downloads; without it there is no app.
function electronBinary(): { path: string } | { missing: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as string
    return existsSync(path) ? { path } : { missing: `${path} does not exist` }
  } catch (error) {
    return { missing: (error as Error).message }
  }
}

const binary = electronBinary()
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY

test.describe('the desktop app', () => {
  test.describe.configure({ mode: 'serial' })
  test.skip('missing' in binary, `Electron binary not installed: ${'missing' in binary ? binary.missing : ''}`)
  test.skip(noDisplay, 'No display for Electron: DISPLAY is unset (run the tests under xvfb-run, say)')

  let app: ElectronApplication
  let page: Page

  test.beforeAll(async () => {
    if (!('path' in binary)) return
    app = await electron.launch({
      executablePath: binary.path,
      // Chromium refuses to run as root (as CI does) with its sandbox on.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--lang=en-US', resolve('out/main/index.js')],
    })
    page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')
  })

  test.afterAll(async () => {
    await app?.close()
  })

  test('the window runs with secure web preferences', async () => {
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      // Missing from Electron's typings, but what its own tests read: the preferences the renderer really got.
      type Inspectable = { getLastWebPreferences(): Record<string, unknown> | null }
      return (
        BrowserWindow.getAllWindows()[0]?.webContents as unknown as Inspectable | undefined
      )?.getLastWebPreferences()
    })
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    })
  })

  test('the page has the bridge and no Node', async () => {
    expect(page.url()).toBe('app://interleave/index.html')
    const globals = await page.evaluate(() => ({
      bridge: typeof (window as { interleave?: unknown }).interleave,
      require: typeof (window as { require?: unknown }).require,
      process: typeof (window as { process?: unknown }).process,
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    }))
    expect(globals).toEqual({
      bridge: 'object',
      require: 'undefined',
      process: 'undefined',
      csp: contentSecurityPolicy,
    })
  })

  test('window.open is denied', async () => {
    const opened = await page.evaluate(() => window.open('https://example.invalid/') !== null)
    expect(opened).toBe(false)
    expect(app.windows()).toHaveLength(1)
  })

  test('navigating away is refused', async () => {
    for (const url of ['https://example.invalid/', 'file:///etc/passwd']) {
      await page.evaluate((target) => {
        window.location.href = target
      }, url)
      await page.waitForTimeout(300)
      expect(page.url()).toBe('app://interleave/index.html')
    }
  })

  test('the main regions render', async () => {
    await expect(page.getByRole('toolbar')).toBeVisible()
    for (const name of ['Editor', 'Timeline', 'Console']) {
      await expect(page.getByRole('region', { name })).toBeVisible()
    }
    await expect(page.locator('.cm-content')).toBeVisible()
  })
})
