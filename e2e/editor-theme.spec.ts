import { expect, test, type Page } from '@playwright/test'

/** Colours of the editor's background and of the keyword `import` in it, as the browser computes them. */
function editorColours(page: Page) {
  return page.evaluate(() => {
    const keyword = [...document.querySelectorAll('.cm-line span')].find((span) => span.textContent === 'import')
    return {
      background: getComputedStyle(document.querySelector('.cm-editor')!).backgroundColor,
      keyword: keyword ? getComputedStyle(keyword).color : null,
    }
  })
}

test('the editor is dark like the UI, and turns high-contrast in presenter mode', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Examples', exact: true }).click()
  await page.getByRole('button', { name: 'Hello from three threads' }).click()
  await expect(page.locator('.cm-content')).toContainText('import threading')

  const panel = await page.evaluate(() => getComputedStyle(document.querySelector('.editor')!).backgroundColor)
  expect(await editorColours(page)).toEqual({ background: panel, keyword: 'rgb(199, 146, 234)' })
  expect(panel).toBe('rgb(38, 38, 46)')
  await page.screenshot({ path: 'test-results/artifacts/dark-editor.png' })

  await page.getByRole('button', { name: 'Presenter mode' }).click()
  await expect(page.locator('html')).toHaveClass(/presenter/)
  expect(await editorColours(page)).toEqual({ background: 'rgb(0, 0, 0)', keyword: 'rgb(255, 212, 0)' })
  await page.screenshot({ path: 'test-results/artifacts/presenter-editor.png' })
})
