// Every thread an interpreter has created, for what must see all of a program's frames (reachability).
import type { Interpreter } from './interpreter'
import type { ThreadState } from './thread-state'

const threads = new WeakMap<Interpreter, ThreadState[]>()

export function registerThread(interp: Interpreter, ts: ThreadState): void {
  let list = threads.get(interp)
  if (list === undefined) threads.set(interp, (list = []))
  list.push(ts)
}

export function threadsOf(interp: Interpreter): readonly ThreadState[] {
  return threads.get(interp) ?? []
}
