import { expect, test } from '@playwright/test'
import { contentSecurityPolicy } from '../electron/csp'

test('the web build shows the toolbar, editor, timeline and console', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto('/')
  await expect(page.getByRole('toolbar', { name: 'Toolbar' })).toBeVisible()
  for (const name of ['Open…', 'Save', 'Export…', 'Examples']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible()
  }
  await expect(page.getByRole('region', { name: 'Editor' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Console' })).toBeVisible()
  await expect(page.locator('.cm-content')).toContainText('print')
  await page.screenshot({ path: 'test-results/artifacts/app-shell.png' })
  expect(errors).toEqual([])
})

test('the language switch turns the UI Polish', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Language').selectOption('pl')
  await expect(page.getByRole('button', { name: 'Otwórz…' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Oś czasu' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl')
})

test('the page is served under a strict Content-Security-Policy', async ({ page }) => {
  const response = await page.goto('/')
  expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy)
  // The built index.html carries the same policy, for static hosts that send no header.
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]')
  await expect(meta).toHaveAttribute('content', contentSecurityPolicy)
  // DevTools' own evaluation is exempt from the policy, so test what the page itself may do.
  const blocked = await page.evaluate(async () => {
    const violations: string[] = []
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective))
    const script = document.createElement('script')
    script.textContent = 'window.inlineRan = true'
    document.head.append(script)
    await new Promise((resolve) => setTimeout(resolve, 50))
    return { ran: 'inlineRan' in window, violations }
  })
  expect(blocked.ran).toBe(false)
  expect(blocked.violations).toContain('script-src-elem')
})

test('typed code survives a reload', async ({ page }) => {
  await page.goto('/')
  await page.locator('.cm-content').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('\nx = 42')
  await page.reload()
  await expect(page.locator('.cm-content')).toContainText('x = 42')
})
