import { expect, test } from '@playwright/test'

test.beforeEach(async ({ page }) => {
  await page.goto('/')
})

test('Examples lists the bundled programs by folder and loads the one picked into the editor', async ({ page }) => {
  await page.getByRole('button', { name: 'Examples', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Examples' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('list', { name: 'threads' }).getByRole('button')).toContainText(['hello_threads.py'])
  const locks = dialog.getByRole('list', { name: 'locks' })
  await page.screenshot({ path: 'test-results/artifacts/examples-dialog.png' })
  await locks.getByRole('button', { name: 'abba_deadlock.py' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.locator('.cm-content')).toContainText('lock_a = threading.Lock()')
  await expect(page.getByRole('status')).toHaveText('Opened abba_deadlock.py')
})

test('Escape or Close leaves the dialog and the editor as they were', async ({ page }) => {
  const before = await page.locator('.cm-content').textContent()
  const dialog = page.getByRole('dialog', { name: 'Examples' })
  await page.getByRole('button', { name: 'Examples', exact: true }).click()
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await page.getByRole('button', { name: 'Examples', exact: true }).click()
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  expect(await page.locator('.cm-content').textContent()).toBe(before)
})

test('the dialog follows the UI language', async ({ page }) => {
  await page.getByLabel('Language').selectOption('pl')
  await page.getByRole('button', { name: 'Przykłady', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Przykłady' })
  await expect(dialog.getByRole('button', { name: 'Zamknij' })).toBeVisible()
})
