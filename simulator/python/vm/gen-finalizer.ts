// Closing generators when CPython's reference counting would: a generator suspended inside try/finally, with or a
// delegation runs its cleanup (close()) the moment its last reference goes — after a `break` out of the loop that
// consumed it, when the function holding it returns, when a variable holding it is rebound. Without reference counts,
// the VM reports the values it drops at those same points; when one of them can reach such a generator, a mark from
// the program's roots tells whether the generator died, and a native frame then closes the dead ones, in the order
// CPython's deallocations would reach them.
import type { NativeGen } from '../runtime/native'
import { repr } from '../runtime/abstract/repr'
import { CodeObject } from '../runtime/code'
import { None, NoneType, PyObject, PyType, type PyValue } from '../runtime/object'
import { PyBool } from '../runtime/types/bool'
import { PyFloat } from '../runtime/types/float'
import { PyGetSet } from '../runtime/types/descriptors'
import { PyDict, HashSlot } from '../runtime/types/dict'
import { PyBaseException } from '../runtime/types/exceptions'
import { PyBoundMethod, PyBuiltin, PyCell, PyFunction } from '../runtime/types/function'
import { PyGenerator } from '../runtime/types/generator'
import { ReverseSequenceIterator, SequenceIterator } from '../runtime/types/iterators'
import { PyList } from '../runtime/types/list'
import { PyModule } from '../runtime/types/module'
import { PyTraceback } from '../runtime/types/traceback'
import { PyTuple } from '../runtime/types/tuple'
import { Frame, NativeFrame, NativeResult } from './frame'
import { reportException } from './exception-report'
import { delegateOf, genClose } from './generator-ops'
import type { Interpreter } from './interpreter'
import { threadsOf } from './thread-registry'
import { ThreadState } from './thread-state'

/** Per interpreter: suspended generators whose close() would run code; dropped, they must be finalized. */
const candidatesOf = new WeakMap<Interpreter, Set<PyGenerator>>()
/** How many candidates all interpreters hold (an interpreter collected with some left only keeps it high). */
let total = 0

/** Cheap test for the VM's drop points: nothing to do while no generator needs finalizing. */
export function hasCandidates(): boolean {
  return total > 0
}

/** A generator just suspended: remember it when closing it would run a handler (or close a delegate). */
export function noteSuspended(interp: Interpreter, gen: PyGenerator): void {
  const frame = gen.frame
  // Most yields are outside any handler: no lookups then, unless the generator may have been a candidate before.
  if (frame.code.handlerFor(frame.pc - 1) === null && delegateOf(gen) === null) {
    if (total > 0) forget(interp, gen)
    return
  }
  if (finalized.has(gen)) return
  let set = candidatesOf.get(interp)
  if (set === undefined) candidatesOf.set(interp, (set = new Set()))
  if (!set.has(gen)) {
    set.add(gen)
    total++
  }
}

function forget(interp: Interpreter, gen: PyGenerator): void {
  if (candidatesOf.get(interp)?.delete(gen)) total--
}

/** A generator is finalized once (PEP 442), even if it yields again while closing. */
const finalized = new WeakSet<PyGenerator>()

/** The interpreter's suspended candidates (finished ones are forgotten). */
function liveCandidates(interp: Interpreter): Set<PyGenerator> | null {
  const set = candidatesOf.get(interp)
  if (set === undefined) return null
  for (const gen of set) if (gen.finished) forget(interp, gen)
  return set.size ? set : null
}

/** Values the VM let go of, and the frame that was running when it did (the traceback of a failing close). */
export interface DropGroup {
  frame: Frame | null
  values: readonly (PyValue | undefined)[]
}

/**
 * After the VM dropped some values (groups in CPython's decref order): a native that closes the generators that
 * died with them, or null when none did (or when a native frame's hidden state makes reachability unknowable).
 */
export function finalizerFor(ts: ThreadState, groups: readonly DropGroup[]): NativeFrame | null {
  const values = groups.flatMap((g) => g.values)
  if (!values.some(mayHoldReferences)) return null
  const pending = liveCandidates(ts.interp)
  if (pending === null || !mayReach(values, pending)) return null
  const live = markFromRoots(ts.interp, [])
  if (live === null) return null
  const dead = deathOrder(groups, live, pending)
  if (dead.length === 0) return null
  const frame = new NativeFrame(closeAll(ts, dead), NativeResult.DISCARD, 'finalize')
  frame.holds = dead.map((d) => d.gen)
  return frame
}

/**
 * The end of the main module: CPython clears `__main__`'s namespace and releases its values in insertion order,
 * closing each generator as the last reference to it goes. Null when there is nothing to close, or when other
 * threads still run (their frames keep the values alive then).
 */
export function exitFinalizer(ts: ThreadState, globals: PyDict): NativeFrame | null {
  const interp = ts.interp
  if (liveCandidates(interp) === null) return null
  if (threadsOf(interp).some((t) => t !== ts && t.frame !== null)) return null
  const values = globals.entries().map(([, v]) => v)
  globals.clear()
  const frame = new NativeFrame(releaseInOrder(ts, values), NativeResult.DISCARD, 'finalize')
  // The values not yet released are passed to each mark explicitly.
  frame.holds = []
  return frame
}

function* releaseInOrder(ts: ThreadState, values: PyValue[]): NativeGen {
  const interp = ts.interp
  for (let i = 0; i < values.length; i++) {
    const pending = liveCandidates(interp)
    if (pending === null) break
    const live = markFromRoots(interp, values.slice(i + 1))
    if (live === null) break
    const dead = deathOrder([{ frame: null, values: [values[i]] }], live, pending)
    yield* closeAll(ts, dead)
  }
  // The program is over: nothing it left suspended will be dropped again.
  for (const gen of candidatesOf.get(interp) ?? []) forget(interp, gen)
  return None
}

/**
 * Closes each generator; an exception escaping a close is reported as "Exception ignored in: …" (with the frame
 * running now as its traceback when it has none), as PyErr_WriteUnraisable does, and the program goes on.
 */
function* closeAll(ts: ThreadState, dead: Dead[]): NativeGen {
  for (const { gen } of dead) {
    forget(ts.interp, gen)
    finalized.add(gen)
  }
  for (const { gen, frame } of dead) {
    if (gen.finished || gen.running) continue
    try {
      yield* genClose(gen)
    } catch (error) {
      if (!(error instanceof PyBaseException)) throw error
      if (error.traceback === null && frame !== null) error.traceback = new PyTraceback(null, frame, frame.pc - 1)
      const report = yield* reportException(ts.interp, error)
      ts.interp.write('stderr', `Exception ignored in: ${yield* repr(gen)}\n${report}`, ts)
    }
  }
  return None
}

// --- reachability ---

/** What an object references, in the order its deallocation would release it (tp_traverse, tp_dealloc). */
function referents(x: object, out: unknown[]): boolean {
  if (x instanceof Frame) {
    // The fast slots, then the value stack: one array.
    for (let i = 0; i < x.sp; i++) out.push(x.fast[i])
    out.push(x.locals, x.globals, x.func, x.gen, x.initSelf)
    return true
  }
  if (x instanceof NativeFrame) {
    if (x.holds === null) return false
    out.push(...x.holds)
    return true
  }
  if (x instanceof PyGenerator) {
    if (!x.finished) out.push(x.frame)
  } else if (x instanceof PyList || x instanceof PyTuple) {
    for (let i = x.items.length - 1; i >= 0; i--) out.push(x.items[i])
  } else if (x instanceof PyDict) {
    for (const [k, v] of x.map) out.push(k instanceof HashSlot ? k.key : k, v)
    if (x.originals) out.push(...x.originals.values())
  } else if (x instanceof PyType) {
    if (x.builtin) return true
    out.push(...x.ns.values(), ...x.bases)
  } else if (x instanceof PyModule) {
    out.push(x.dict)
  } else if (x instanceof PyFunction) {
    out.push(x.globals, ...x.defaults, x.kwdefaults, x.annotations, x.doc, x.module, ...(x.closure ?? []))
  } else if (x instanceof PyCell) {
    out.push(x.value)
  } else if (x instanceof PyBoundMethod) {
    out.push(x.func, x.self)
  } else if (x instanceof PyBuiltin) {
    out.push(x.self)
  } else if (x instanceof PyBaseException) {
    out.push(x.args, x.cause, x.context, x.traceback)
  } else if (x instanceof PyTraceback) {
    out.push(x.frame, x.next)
  } else if (x instanceof SequenceIterator || x instanceof ReverseSequenceIterator) {
    out.push(...x.items())
  } else if (x instanceof CodeObject || x instanceof PyGetSet || x instanceof ThreadState || ArrayBuffer.isView(x)) {
    return true
  } else if (x instanceof Map) {
    for (const [k, v] of x) out.push(k, v)
    return true
  } else if (Array.isArray(x) || x instanceof Set) {
    out.push(...x)
    return true
  } else {
    // Any other object (a module's iterator, a container's storage): everything it holds in its own fields.
    for (const v of Object.values(x)) if (typeof v !== 'function') out.push(v)
    return true
  }
  if (x instanceof PyObject && x.attrs !== null) out.push(x.attrs)
  return true
}

/** None, bools and floats reference nothing a generator could hide behind. */
function mayHoldReferences(v: PyValue | undefined): boolean {
  return typeof v === 'object' && v.cls !== NoneType && !(v instanceof PyBool) && !(v instanceof PyFloat)
}

function isTraversable(v: unknown): v is object {
  return typeof v === 'object' && v !== null
}

/** Whether some candidate is among the first objects `dropped` reaches (an exhausted search counts as yes). */
function mayReach(dropped: readonly unknown[], candidates: Set<PyGenerator>): boolean {
  const seen = new Set<object>()
  const stack = dropped.filter(isTraversable)
  let budget = 256
  const out: unknown[] = []
  while (stack.length) {
    const x = stack.pop()!
    if (seen.has(x)) continue
    if (candidates.has(x as PyGenerator)) return true
    if (--budget === 0) return true
    seen.add(x)
    out.length = 0
    if (!referents(x, out)) continue
    for (const v of out) if (isTraversable(v) && !seen.has(v)) stack.push(v)
  }
  return false
}

/** Everything reachable from the program's roots (and `extra`); null when a native frame's state is hidden. */
function markFromRoots(interp: Interpreter, extra: readonly unknown[]): Set<object> | null {
  const roots: unknown[] = [...extra, interp.builtins, ...interp.modules.values()]
  for (const ts of threadsOf(interp)) {
    for (let f = ts.frame; f !== null; f = f.back) {
      // A thread's bootstrap native holds only its target call, whose frame holds the same arguments.
      if (f.kind === 'native' && f.holds === null && f.back === null) continue
      roots.push(f)
    }
    roots.push(ts.handled, ts.result, ts.wakeWith?.value)
  }
  const seen = new Set<object>()
  const stack = roots.filter(isTraversable)
  const out: unknown[] = []
  while (stack.length) {
    const x = stack.pop()!
    if (seen.has(x)) continue
    seen.add(x)
    out.length = 0
    if (!referents(x, out)) return null
    for (const v of out) if (isTraversable(v) && !seen.has(v)) stack.push(v)
  }
  return seen
}

/** A generator to finalize, and the frame running when its last reference went. */
interface Dead {
  gen: PyGenerator
  frame: Frame | null
}

/**
 * The dead candidates in the order CPython would finalize them: depth-first from the dropped values through dead
 * objects, each generator closed when first reached; dead ones found no other way come last.
 */
function deathOrder(groups: readonly DropGroup[], live: Set<object>, candidates: Set<PyGenerator>): Dead[] {
  const order: Dead[] = []
  const seen = new Set<object>()
  const out: unknown[] = []
  for (const group of groups) {
    const stack = [...group.values].reverse() as unknown[]
    while (stack.length) {
      const x = stack.pop()
      if (!isTraversable(x) || seen.has(x) || live.has(x)) continue
      seen.add(x)
      if (candidates.has(x as PyGenerator)) order.push({ gen: x as PyGenerator, frame: group.frame })
      out.length = 0
      referents(x, out)
      for (let i = out.length - 1; i >= 0; i--) stack.push(out[i])
    }
  }
  for (const gen of candidates) {
    if (!live.has(gen) && !seen.has(gen)) order.push({ gen, frame: groups[0]?.frame ?? null })
  }
  return order
}
