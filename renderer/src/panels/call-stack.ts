// A thread's call stack as the panels show it: the program's frames, with runs of library frames between them
// that can be folded away (Step skips library code, so students rarely need to see inside it).
import type { FrameSnapshot, ThreadSnapshot } from '../../../simulator'

export interface IndexedFrame {
  /** Position in the stack, innermost 0. */
  index: number
  frame: FrameSnapshot
}

export interface FrameGroup {
  library: boolean
  frames: IndexedFrame[]
}

/** The stack, innermost first, cut into runs of program frames and runs of library frames. */
export function frameGroups(stack: readonly FrameSnapshot[]): FrameGroup[] {
  const groups: FrameGroup[] = []
  stack.forEach((frame, index) => {
    const last = groups.at(-1)
    if (last && last.library === frame.library) last.frames.push({ index, frame })
    else groups.push({ library: frame.library, frames: [{ index, frame }] })
  })
  return groups
}

/** The index of the innermost frame of the program's own code, or null while only library code is on the stack. */
export function innermostProgramFrame(thread: ThreadSnapshot): number | null {
  const index = thread.stack.findIndex((frame) => !frame.library)
  return index < 0 ? null : index
}

/** The frame a newly selected thread shows: its innermost frame of the program's code, else its innermost. */
export function defaultFrame(thread: ThreadSnapshot): number {
  return innermostProgramFrame(thread) ?? 0
}

/** The line the thread stands at in the program (a thread inside `queue.get` stands where it called it). */
export function currentLine(thread: ThreadSnapshot): number | null {
  const index = innermostProgramFrame(thread)
  return index === null ? null : thread.stack[index].line
}

/** The library function the program called and the thread is inside of (`get` of a queue, `join`), if any. */
export function libraryCall(thread: ThreadSnapshot): string | null {
  const index = innermostProgramFrame(thread)
  return index === null || index === 0 ? null : thread.stack[index - 1].function
}
