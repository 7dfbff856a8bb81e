// Where a thread stands in the program's own code: its innermost frame outside the simulated standard library
// (a thread blocked in queue.get stands at the line that called get).
import type { Frame } from '../python/vm/frame'
import type { ThreadState } from '../python/vm/thread-state'

export const libraryPrefix = '/usr/lib/python3.11/'

/** The simulated standard library: files under CPython's own folder, and frozen modules (`<frozen collections>`). */
export function isLibraryFile(filename: string): boolean {
  return filename.startsWith(libraryPrefix) || filename.startsWith('<frozen ')
}

/** The thread's Python frames, innermost first. */
export function pythonFrames(ts: ThreadState): Frame[] {
  const frames: Frame[] = []
  for (let f = ts.frame; f; f = f.back) if (f.kind === 'python') frames.push(f)
  return frames
}

/** The innermost frame in the program's own code, or null while the thread runs only library code. */
export function userFrame(ts: ThreadState): Frame | null {
  for (let f = ts.frame; f; f = f.back) if (f.kind === 'python' && !isLibraryFile(f.code.filename)) return f
  return null
}

/**
 * The line a frame stands at, as a debugger shows it: for the frame that runs, the line of its next instruction;
 * for a frame waiting on a call (a Python function, a built-in that blocks), the line of that call.
 */
export function displayLine(ts: ThreadState, frame: Frame): number {
  return ts.frame === frame ? frame.code.lineOf(frame.pc) : frame.line
}

export function userLine(ts: ThreadState): number | null {
  const frame = userFrame(ts)
  return frame ? displayLine(ts, frame) : null
}

/** How many frames of the program's own code the thread is in (for Step over and Step out). */
export function userDepth(ts: ThreadState): number {
  let depth = 0
  for (let f = ts.frame; f; f = f.back) if (f.kind === 'python' && !isLibraryFile(f.code.filename)) depth++
  return depth
}
