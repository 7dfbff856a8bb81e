import { expect, test } from '@playwright/test'

test.beforeEach(async ({ page }) => {
  await page.goto('/')
})

test('Examples lists the bundled programs by group and loads the one picked into the editor', async ({ page }) => {
  await page.getByRole('button', { name: 'Examples', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Examples' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('list', { name: 'Threads' }).getByRole('button')).toContainText([
    'A function in a new thread',
    'A thread as a subclass of Thread',
    'Hello from three threads',
    'GIL: CPU-bound vs I/O-bound',
  ])
  const locks = dialog.getByRole('list', { name: 'Lock and RLock' })
  await locks.getByRole('button', { name: 'ABBA deadlock' }).hover()
  await expect(dialog.getByText('locks/abba_deadlock.py')).toBeVisible()
  await expect(dialog.getByText(/take the same two locks in opposite orders/)).toBeVisible()
  await page.screenshot({ path: 'test-results/artifacts/examples-dialog.png' })
  await locks.getByRole('button', { name: 'ABBA deadlock' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.locator('.cm-content')).toContainText('lock_a = threading.Lock()')
  await expect(page.getByRole('status')).toHaveText('Opened abba_deadlock.py')
})

test('an example moved to with the keyboard is described, with what changed from the notebook', async ({ page }) => {
  await page.getByRole('button', { name: 'Examples', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Examples' })
  const example = dialog.getByRole('list', { name: 'Processes' }).getByRole('button', { name: 'JoinableQueue' })
  await example.focus()
  await expect(example).toHaveAccessibleDescription(/producer waits in join\(\).*Changed from the notebook:.*renamed/)
  await expect(dialog.getByText('processes/06_joinable_queue.py')).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.locator('.cm-content')).toContainText('import queue as Queue')
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
  await expect(dialog.getByText('Wskaż przykład albo przejdź do niego klawiszem Tab')).toBeVisible()
  const example = dialog.getByRole('list', { name: 'Semafory' }).getByRole('button', { name: 'Śpiący fryzjer' })
  await example.hover()
  await expect(dialog.getByText(/Zakład z jednym fryzjerem i dwoma krzesłami/)).toBeVisible()
  await page.screenshot({ path: 'test-results/artifacts/examples-dialog-pl.png' })
  await expect(dialog.getByRole('button', { name: 'Zamknij' })).toBeVisible()
})
