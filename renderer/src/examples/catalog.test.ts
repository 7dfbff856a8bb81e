import { describe, expect, it } from 'vitest'
import { groupExamples } from './catalog'

describe('groupExamples', () => {
  it('groups by the folder below examples/, folders and files in name order', () => {
    const folders = groupExamples({
      '../../../examples/threads/hello_threads.py': 'print("hi")\n',
      '../../../examples/locks/abba_deadlock.py': 'import threading\n',
      '../../../examples/locks/a_counter.py': 'n = 0\n',
    })
    expect(folders).toEqual([
      {
        name: 'locks',
        examples: [
          { name: 'a_counter.py', source: 'n = 0\n' },
          { name: 'abba_deadlock.py', source: 'import threading\n' },
        ],
      },
      { name: 'threads', examples: [{ name: 'hello_threads.py', source: 'print("hi")\n' }] },
    ])
  })

  it('keeps nested folders apart and puts top-level files in an unnamed folder first', () => {
    const folders = groupExamples({
      '/examples/queues/bounded/producer.py': 'p',
      '/examples/queues/consumer.py': 'c',
      '/examples/intro.py': 'i',
    })
    expect(folders.map((folder) => [folder.name, folder.examples.map((example) => example.name)])).toEqual([
      ['', ['intro.py']],
      ['queues', ['consumer.py']],
      ['queues/bounded', ['producer.py']],
    ])
  })

  it('has nothing to show for no files', () => {
    expect(groupExamples({})).toEqual([])
  })
})
