// The full state of a run at its current step, for the UI's panels: every thread with its call stack and locals,
// the primitives with their state, the program's globals, the GIL. Values are shown as short reprs computed
// without running Python code (an object with its own __repr__ shows as CPython's default repr).
import { objectReprOf, reprFast } from './python/runtime/abstract/repr'
import { PyObject, type PyValue } from './python/runtime/object'
import { typeName } from './python/runtime/type-of'
import { PyCell } from './python/runtime/types/function'
import { PyModule } from './python/runtime/types/module'
import type { Frame } from './python/vm/frame'
import { displayLine, isLibraryFile } from './kernel/user-line'
import type { ThreadState } from './python/vm/thread-state'
import type { ThreadStatus } from './kernel/sim-thread'
import type { PrimitiveSnapshot } from './trace/recorder'
import type { Simulation } from './simulation'
import { instructions, type Instruction } from './python/compiler/disassemble'

export interface VariableSnapshot {
  name: string
  type: string
  repr: string
}

export interface FrameSnapshot {
  function: string
  filename: string
  line: number
  /** A frame of the simulated standard library (Step skips it). */
  library: boolean
  locals: VariableSnapshot[]
}

export interface ThreadSnapshot {
  index: number
  name: string
  status: ThreadStatus
  daemon: boolean
  /** The thread it waits to end (in `join`), or null. */
  joining: number | null
  /** Innermost frame first. */
  stack: FrameSnapshot[]
}

export interface StateSnapshot {
  step: number
  /** Virtual nanoseconds. */
  time: number
  threads: ThreadSnapshot[]
  /** The GIL's holder in each process (thread index), or null. */
  gil: (number | null)[]
  primitives: PrimitiveSnapshot[]
  globals: VariableSnapshot[]
  /** The in-memory files, path and text. */
  files: [string, string][]
}

/** Reprs longer than this are cut: the panels show values, not data dumps. */
const maxRepr = 80

function variable(name: string, value: PyValue): VariableSnapshot {
  const text = reprFast(value) ?? (value instanceof PyObject ? objectReprOf(value) : String(value))
  const repr = text.length > maxRepr ? text.slice(0, maxRepr - 1) + '…' : text
  return { name, type: typeName(value), repr }
}

function frameSnapshot(ts: ThreadState, frame: Frame): FrameSnapshot {
  const locals: VariableSnapshot[] = []
  const names = frame.code.localsplus
  if (frame.locals === null) {
    for (let i = 0; i < names.length; i++) {
      let v = frame.fast[i]
      if (v instanceof PyCell) v = v.value
      if (v !== undefined && v !== null) locals.push(variable(names[i], v))
    }
  }
  return {
    function: frame.code.name,
    filename: frame.code.filename,
    line: displayLine(ts, frame),
    library: isLibraryFile(frame.code.filename),
    locals,
  }
}

export function snapshot(simulation: Simulation): StateSnapshot {
  const { kernel, interp } = simulation
  const threads = kernel.threads.map((t, index) => {
    const stack: FrameSnapshot[] = []
    if (t.alive) for (let f = t.ts.frame; f; f = f.back) if (f.kind === 'python') stack.push(frameSnapshot(t.ts, f))
    const joined = t.waitingOn ? kernel.threads.findIndex((other) => other.end === t.waitingOn) : -1
    return { index, name: t.name, status: t.status, daemon: t.daemon, joining: joined < 0 ? null : joined, stack }
  })
  const main = interp.modules.get('__main__')
  const globals: VariableSnapshot[] = []
  if (main)
    for (const [name, value] of main.dict.entries())
      if (typeof name === 'string' && !name.startsWith('__') && !(value instanceof PyModule))
        globals.push(variable(name, value))
  return {
    step: kernel.currentStep(),
    time: kernel.now(),
    threads,
    gil: kernel.processes.map((p) => (p.gil.holder ? kernel.threads.indexOf(p.gil.holder) : null)),
    primitives: simulation.recorder?.snapshot() ?? [],
    globals,
    files: interp.fs.entries(),
  }
}

/** The bytecode of one frame, as the bytecode view shows it, with the instruction the frame stands at. */
export interface BytecodeSnapshot {
  function: string
  filename: string
  instructions: Instruction[]
  /** The index of the instruction the frame runs next (or, waiting on a call, the call). */
  current: number
}

/** The bytecode of frame `frame` (innermost 0, Python frames only) of thread `thread`, or null. */
export function bytecodeOf(simulation: Simulation, thread: number, frame: number): BytecodeSnapshot | null {
  const t = simulation.kernel.threads[thread]
  if (!t?.alive) return null
  const frames: Frame[] = []
  for (let f = t.ts.frame; f; f = f.back) if (f.kind === 'python') frames.push(f)
  const f = frames[frame]
  if (!f) return null
  return {
    function: f.code.name,
    filename: f.code.filename,
    instructions: instructions(f.code),
    current: t.ts.frame === f ? f.pc : Math.max(f.pc - 1, 0),
  }
}
