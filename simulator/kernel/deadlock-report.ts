// The report printed when every live thread waits and nothing can wake one: who waits on what, held by whom,
// at which line. Objects are named by the variable they are bound to in the waiting thread's frames.
import { PyObject, type PyValue } from '../python/runtime/object'
import type { Waitable } from '../python/vm/host'
import { PyLock, PyRLock } from '../modules/threading/lock'
import type { SimThread } from './sim-thread'
import type { Frame } from '../python/vm/frame'
import { PyCell } from '../python/runtime/types/function'

function pythonFrames(thread: SimThread): Frame[] {
  const frames: Frame[] = []
  for (let f = thread.ts.frame; f; f = f.back) if (f.kind === 'python') frames.push(f)
  return frames
}

/** The name a value is bound to in the frames (locals first, innermost out, then globals), or null. */
export function variableName(frames: Frame[], value: PyValue): string | null {
  for (const frame of frames) {
    const names = frame.code.localsplus
    for (let i = 0; i < names.length; i++) {
      let v = frame.fast[i]
      if (v instanceof PyCell) v = v.value
      if (v === value) return names[i]
    }
    if (frame.locals) for (const [k, v] of frame.locals.entries()) if (v === value && typeof k === 'string') return k
  }
  for (const frame of frames) {
    for (const [k, v] of frame.globals.entries()) if (v === value && typeof k === 'string') return k
  }
  return null
}

function holderOf(on: Waitable, threads: SimThread[]): SimThread | null {
  const ts = on instanceof PyLock ? on.holder : on instanceof PyRLock ? on.owner : null
  return threads.find((t) => t.ts === ts) ?? null
}

function isLibraryFile(filename: string): boolean {
  return filename.startsWith('/usr/lib/python3.11/')
}

export function deadlockReport(blocked: SimThread[]): string {
  const lines = ['Deadlock detected: every thread is waiting and nothing can wake one.']
  for (const thread of blocked) {
    const frames = pythonFrames(thread)
    const on = thread.waitingOn
    // Point at the program's own line, not at the library code it called.
    const frame = frames.find((f) => !isLibraryFile(f.code.filename)) ?? frames[0]
    const where = frame ? ` at ${frame.code.filename}, line ${frame.line}` : ''
    if (!on) {
      lines.push(`  ${thread.name} is ${thread.status}${where}`)
      continue
    }
    const name = on instanceof PyObject ? variableName(frames, on) : null
    const what = name ? `${on.describe()} ${name}` : on.describe()
    const holder = holderOf(on, blocked)
    const held = holder ? `, held by ${holder.name}` : ''
    lines.push(`  ${thread.name} waits for ${what}${held}${where}`)
  }
  return lines.join('\n') + '\n'
}
