import { expect, test, type Page } from '@playwright/test'
import type { DesktopApi, MenuCommand } from '../electron/api'

// Stands in for the preload: the page sees the desktop API, and the test plays the part of the application menu.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const listeners = new Set<(command: MenuCommand) => void>()
    const api: DesktopApi = {
      openFile: async () => null,
      saveFile: async () => null,
      exportFile: async () => null,
      onMenuCommand: (listener) => {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
      setLanguage: () => {},
    }
    Object.assign(window, {
      interleave: api,
      sendMenuCommand: (command: MenuCommand) => listeners.forEach((listener) => listener(command)),
    })
  })
  await page.goto('/')
})

function sendMenuCommand(page: Page, command: MenuCommand): Promise<void> {
  return page.evaluate(
    (name) => (window as unknown as { sendMenuCommand(c: string): void }).sendMenuCommand(name),
    command,
  )
}

test('Help › Examples opens the examples dialog', async ({ page }) => {
  const dialog = page.getByRole('dialog', { name: 'Examples' })
  await expect(dialog).toBeHidden()
  await sendMenuCommand(page, 'examples')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Hello from three threads' }).click()
  await expect(page.locator('.cm-content')).toContainText('import threading')
})

test('View › Language › Polski turns the UI Polish', async ({ page }) => {
  await sendMenuCommand(page, 'language-pl')
  await expect(page.getByRole('button', { name: 'Przykłady', exact: true })).toBeVisible()
})
