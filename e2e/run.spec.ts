import { expect, test, type Page } from '@playwright/test'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const abba = `import threading, time
lock_a = threading.Lock()
lock_b = threading.Lock()

def one():
    with lock_a:
        time.sleep(0.01)
        with lock_b:
            pass

def two():
    with lock_b:
        time.sleep(0.01)
        with lock_a:
            pass

t1 = threading.Thread(target=one, name="one")
t2 = threading.Thread(target=two, name="two")
t1.start()
t2.start()
t1.join()
t2.join()
`

const counting = `import threading
total = 0

def work(n):
    global total
    for i in range(n):
        total += i
    print("done", n)

threads = [threading.Thread(target=work, args=(k,), name=f"w{k}") for k in (3, 4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total", total)
`

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'interleave-e2e-')), name)
  writeFileSync(path, text)
  return path
}

async function openFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open…', exact: true }).click()
  await (await chooser).setFiles(path)
}

const control = (page: Page, name: string) =>
  page.getByRole('toolbar', { name: 'Controls' }).getByRole('button', { name, exact: true })

/** What the page shows of the run at the cursor: position, console, thread markers in the code. */
async function shownState(page: Page) {
  return {
    position: await page.locator('.position .step').textContent(),
    console: await page.getByRole('region', { name: 'Console' }).textContent(),
    markers: await page.locator('.cm-thread-chip').allTextContents(),
  }
}

test('Open… a program, Run it, and see it end in a deadlock that names both threads and both locks', async ({
  page,
}) => {
  await page.goto('/')
  await openFile(page, file('abba.py', abba))
  await expect(page.locator('.cm-content')).toContainText('lock_a = threading.Lock()')
  await control(page, 'Run').click()
  await expect(page.locator('.narration')).toHaveText('Deadlock: every thread waits and nothing can wake one.')
  const console = page.getByRole('region', { name: 'Console' })
  await expect(console).toContainText('Deadlock detected')
  await expect(console).toContainText('one waits for Lock lock_b, held by two')
  await expect(console).toContainText('two waits for Lock lock_a, held by one')
  const alert = page.getByRole('alert')
  await expect(alert).toHaveText(
    'Deadlock: one waits for lock_b (line 8), held by two; two waits for lock_a (line 14), held by one.',
  )
  await page.screenshot({ path: 'test-results/artifacts/deadlock.png' })
})

test('Step back twice, then Step twice, returns to the very same state', async ({ page }) => {
  await page.goto('/')
  await openFile(page, file('counting.py', counting))
  for (let i = 0; i < 8; i++) await control(page, 'Step').click()
  await expect(page.locator('.cm-thread-chip').first()).toBeVisible()
  const before = await shownState(page)
  await control(page, 'Step back').click()
  await expect(page.locator('.position .step')).not.toHaveText(before.position!)
  await control(page, 'Step back').click()
  await control(page, 'Step').click()
  await control(page, 'Step').click()
  await expect(page.locator('.position .step')).toHaveText(before.position!)
  expect(await shownState(page)).toEqual(before)
})

test('manual mode offers Run <thread> buttons and follows the choice', async ({ page }) => {
  await page.goto('/')
  await openFile(page, file('counting.py', counting))
  await page.getByLabel('Scheduler').selectOption('manual')
  await control(page, 'Run').click()
  const choices = page.getByRole('group', { name: 'Which thread runs next?' })
  await expect(choices).toBeVisible()
  await expect(choices.getByRole('button', { name: 'Run w4' })).toBeVisible()
  await choices.getByRole('button', { name: 'Run w4' }).click()
  const narration = page.locator('.narration')
  const finished = 'Finished with exit status 0.'
  for (let i = 0; i < 50 && (await narration.textContent()) !== finished; i++) {
    await control(page, 'Run').click()
    await expect(narration).toHaveText(/Finished|Manual schedule/)
    if ((await narration.textContent()) !== finished) await choices.getByRole('button').last().click()
  }
  await expect(narration).toHaveText(finished)
  await expect(page.getByRole('region', { name: 'Console' })).toContainText('total 9')
})

test('a trace exported and opened again shows the same final state', async ({ page }) => {
  await page.goto('/')
  await openFile(page, file('counting.py', counting))
  await page.getByLabel('Scheduler').selectOption('random')
  await control(page, 'Run').click()
  await expect(page.locator('.narration')).toHaveText('Finished with exit status 0.')
  const final = await shownState(page)
  await page.getByRole('button', { name: 'Export…', exact: true }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'The trace (.json)' }).click()
  const saved = join(mkdtempSync(join(tmpdir(), 'interleave-e2e-')), 'counting.trace.json')
  await (await download).saveAs(saved)
  expect(JSON.parse(readFileSync(saved, 'utf8')).format).toBe('interleave-trace')
  await page.reload()
  await openFile(page, saved)
  await expect(page.getByRole('status').first()).toHaveText('Opened the trace of counting.py')
  await expect(page.locator('.position .step')).toHaveText(final.position!)
  expect(await shownState(page)).toEqual(final)

  const corrupt = file('broken.json', readFileSync(saved, 'utf8').slice(0, 200))
  await openFile(page, corrupt)
  await expect(page.getByRole('status').first()).toContainText('broken.json is not a trace this version can open')
  await expect(page.locator('.position .step')).toHaveText(final.position!)
})

test('Pause stops a program that never ends, and editing ends the run', async ({ page }) => {
  await page.goto('/')
  await openFile(page, file('forever.py', 'while True:\n    pass\n'))
  await control(page, 'Run').click()
  await expect(control(page, 'Pause')).toBeEnabled()
  await control(page, 'Pause').click()
  await expect(page.locator('.narration')).toHaveText('Paused.')
  await page.locator('.cm-content').click()
  await page.keyboard.type('# ')
  await expect(page.getByRole('status').first()).toHaveText('The code changed: the run ended. Run starts afresh.')
})

test('a runtime error shows its traceback, whose lines lead to the code', async ({ page }) => {
  await page.goto('/')
  await openFile(page, file('error.py', 'def divide(a, b):\n    return a / b\n\nprint(divide(1, 0))\n'))
  await control(page, 'Run').click()
  await expect(page.locator('.narration')).toHaveText('Finished with exit status 1.')
  const console = page.getByRole('region', { name: 'Console' })
  await expect(console).toContainText('ZeroDivisionError: division by zero')
  await console.getByRole('button', { name: 'File "error.py", line 2, in divide' }).click()
  await expect(page.locator('.cm-activeLine')).toHaveText('    return a / b')
})

test('stepping by instruction shows the bytecode of the running function', async ({ page }) => {
  await page.goto('/')
  await openFile(page, file('count.py', 'counter = 0\nfor i in range(3):\n    counter += 1\n'))
  await page.getByLabel('Step by').selectOption('instruction')
  const bytecode = page.getByRole('region', { name: 'Bytecode' })
  for (let i = 0; i < 12; i++) await control(page, 'Step').click()
  await expect(bytecode.locator('[aria-current="true"]')).toBeVisible()
  await expect(bytecode).toContainText('<module>')
  await expect(bytecode).toContainText('BINARY_OP')
  const before = await bytecode.locator('[aria-current="true"]').textContent()
  await control(page, 'Step').click()
  await expect(bytecode.locator('[aria-current="true"]')).not.toHaveText(before!)
})

test('a syntax error is underlined where it is, and shown in the console', async ({ page }) => {
  await page.goto('/')
  await openFile(page, file('bad.py', 'x = 1\nif x == 1\n    print(x)\n'))
  await control(page, 'Run').click()
  await expect(page.getByRole('region', { name: 'Console' })).toContainText("SyntaxError: expected ':'")
  await expect(page.locator('.cm-syntax-error, .cm-syntax-error-line')).toHaveCount(1)
})

test('the timeline draws the run; hovering explains a segment and clicking moves the cursor there', async ({
  page,
}) => {
  await page.goto('/')
  await openFile(page, file('abba.py', abba))
  await control(page, 'Run').click()
  await expect(page.locator('.narration')).toHaveText('Deadlock: every thread waits and nothing can wake one.')
  const timeline = page.getByRole('region', { name: 'Timeline', exact: true })
  const plot = timeline.getByRole('slider')
  await expect(plot).toBeVisible()
  const box = (await plot.boundingBox())!
  await page.mouse.move(box.x + box.width * 0.3, box.y + 30)
  await expect(timeline.getByRole('tooltip')).toBeVisible()
  await expect(timeline.getByRole('tooltip')).not.toBeEmpty()
  const end = await page.locator('.position .step').textContent()
  await page.mouse.click(box.x + box.width * 0.3, box.y + 30)
  await expect(page.locator('.position .step')).not.toHaveText(end!)
  await page.screenshot({ path: 'test-results/artifacts/timeline.png' })
})

test('a file dropped on the window opens, and reopens from Recent files after a reload', async ({ page }) => {
  await page.goto('/')
  const drop = await page.evaluateHandle(() => {
    const data = new DataTransfer()
    data.items.add(new File(['print("dropped")\n'], 'dropped.py', { type: 'text/x-python' }))
    return data
  })
  await page.dispatchEvent('main', 'drop', { dataTransfer: drop })
  await expect(page.locator('.cm-content')).toHaveText('print("dropped")')
  await openFile(page, file('other.py', 'print("other")\n'))
  await expect(page.locator('.cm-content')).toHaveText('print("other")')
  await page.reload()
  await page.getByLabel('Recent files').selectOption({ label: 'dropped.py' })
  await expect(page.locator('.cm-content')).toHaveText('print("dropped")')
  await control(page, 'Run').click()
  await expect(page.getByRole('region', { name: 'Console' })).toContainText('dropped')
})

test('the timeline exports as SVG and PNG, and the run for Perfetto', async ({ page }) => {
  await page.goto('/')
  await openFile(page, file('counting.py', counting))
  await control(page, 'Run').click()
  await expect(page.locator('.narration')).toHaveText('Finished with exit status 0.')
  const exported = async (name: string) => {
    await page.getByRole('button', { name: 'Export…', exact: true }).click()
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name }).click()
    const path = join(mkdtempSync(join(tmpdir(), 'interleave-e2e-')), (await download).suggestedFilename())
    await (await download).saveAs(path)
    return readFileSync(path)
  }
  const svg = (await exported('The timeline (.svg)')).toString('utf8')
  expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
  expect(svg).toContain('w3')
  const png = await exported('The timeline (.png)')
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  const perfetto = JSON.parse((await exported('For Perfetto (.json)')).toString('utf8'))
  expect(perfetto.traceEvents.some((e: { args?: { name?: string } }) => e.args?.name === 'w4')).toBe(true)
})

const order = `import threading

def say(word):
    print(word)

a = threading.Thread(target=say, args=("alpha",), name="alpha")
b = threading.Thread(target=say, args=("beta",), name="beta")
a.start()
b.start()
a.join()
b.join()
`

test('going back to a manual choice and choosing differently runs a new branch', async ({ page }) => {
  await page.goto('/')
  await openFile(page, file('order.py', order))
  await page.getByLabel('Scheduler').selectOption('manual')
  const narration = page.locator('.narration')
  const choices = page.getByRole('group', { name: 'Which thread runs next?' })
  const finished = 'Finished with exit status 0.'
  /** Runs to the end, choosing `prefer` whenever it is offered, else the first thread offered. */
  const runChoosing = async (prefer: string) => {
    for (let i = 0; i < 50 && (await narration.textContent()) !== finished; i++) {
      await control(page, 'Run').click()
      await expect(narration).toHaveText(/Finished|Manual schedule/)
      if ((await narration.textContent()) === finished) break
      const preferred = choices.getByRole('button', { name: prefer })
      await ((await preferred.count()) ? preferred : choices.getByRole('button').first()).click()
    }
    await expect(narration).toHaveText(finished)
  }
  await runChoosing('Run beta')
  const console = page.getByRole('region', { name: 'Console' })
  const first = await console.textContent()
  await page.getByLabel('Position in the run').fill('0')
  await page.getByLabel('Position in the run').dispatchEvent('change')
  await expect(page.locator('.position .step')).toHaveText(/^step 0 of/)
  for (let i = 0; i < 80 && !(await choices.isVisible()); i++) await control(page, 'Step').click()
  const taken = choices.locator('[aria-pressed="true"]')
  await expect(taken).toHaveCount(1)
  const position = page.locator('.position .step')
  const [, at, total] = /^step (\d+) of (\d+)$/.exec((await position.textContent())!)!
  expect(Number(at)).toBeLessThan(Number(total))
  await choices.locator('[aria-pressed="false"]').first().click()
  // The known run beyond this choice is dropped: the new branch is only as long as the cursor.
  await expect(position).toHaveText(`step ${at} of ${at}`)
  await runChoosing('Run alpha')
  await expect(console).toContainText('alpha')
  expect(first).toContain('beta')
})
