// The report printed when every live thread waits and nothing can wake one: who waits on what, held by whom,
// at which line. Objects are named by the variable they are bound to (the program's globals first).
import { PyObject } from '../python/runtime/object'
import type { SimThread } from './sim-thread'
import { variableName } from './primitive-names'
import { pythonFrames, userFrame } from './user-line'

export function deadlockReport(blocked: SimThread[]): string {
  const lines = ['Deadlock detected: every thread is waiting and nothing can wake one.']
  for (const thread of blocked) {
    const on = thread.waitingOn
    // Point at the program's own line, not at the library code it called.
    const frame = userFrame(thread.ts) ?? pythonFrames(thread.ts)[0]
    const where = frame ? ` at ${frame.code.filename}, line ${frame.line}` : ''
    if (!on) {
      lines.push(`  ${thread.name} is ${thread.status}${where}`)
      continue
    }
    const name = on instanceof PyObject ? variableName(thread.ts, on) : null
    const what = name ? `${on.describe()} ${name}` : on.describe()
    const owner = on.view?.().owner
    const holder = owner ? blocked.find((t) => t.ts === owner) : undefined
    const held = holder ? `, held by ${holder.name}` : ''
    lines.push(`  ${thread.name} waits for ${what}${held}${where}`)
  }
  return lines.join('\n') + '\n'
}
