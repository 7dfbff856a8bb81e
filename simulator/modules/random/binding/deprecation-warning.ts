// `warnings.warn(message, DeprecationWarning, 2)` from randrange, as `python3 file.py` shows it: the default filters
// print a DeprecationWarning only when the calling code is in `__main__`, once per message and line (the module's
// `__warningregistry__`), as `file:line: DeprecationWarning: message` followed by the stripped source line.
import type { PyDict } from '../../../python/runtime/types/dict'
import type { Frame } from '../../../python/vm/frame'
import type { ThreadState } from '../../../python/vm/thread-state'

const shown = new WeakMap<PyDict, Set<string>>()

export type Warn = (message: string) => void

/** Warns on behalf of the Python code that called the running built-in. */
export function deprecationWarner(ts: ThreadState): Warn {
  return (message) => {
    const caller = callingFrame(ts)
    if (caller === null || caller.globals.getStr('__name__') !== '__main__') return
    const line = caller.line
    const registry = shown.get(caller.globals) ?? new Set<string>()
    shown.set(caller.globals, registry)
    const key = `${line}:${message}`
    if (registry.has(key)) return
    registry.add(key)
    const filename = caller.code.filename
    const source = ts.interp.sources.get(filename)?.split('\n')[line - 1]?.trim()
    const text = `${filename}:${line}: DeprecationWarning: ${message}\n${source ? `  ${source}\n` : ''}`
    ts.interp.write('stderr', text, ts)
  }
}

/** Built-ins have no frame of their own in CPython: the innermost Python frame is the caller. */
function callingFrame(ts: ThreadState): Frame | null {
  for (let frame = ts.frame; frame !== null; frame = frame.back) {
    if (frame.kind === 'python') return frame
  }
  return null
}

/** For calls made from inside the module (randint calling randrange), whose warnings CPython's filters ignore. */
export const silent: Warn = () => undefined
