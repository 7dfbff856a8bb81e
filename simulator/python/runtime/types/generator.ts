import { builtinType, None, plainAlloc, PyObject, type PyType, type PyValue } from '../object'
import type { Frame } from '../../vm/frame'

export const GeneratorType = builtinType('generator', undefined, plainAlloc)
export const CoroutineType = builtinType('coroutine', undefined, plainAlloc)
export const AsyncGeneratorType = builtinType('async_generator', undefined, plainAlloc)

/** How a suspended generator's owner resumed it, and so where its next yield or return is delivered. */
export const enum ResumeMode {
  /** From FOR_ITER: a yield pushes the value, a return ends the loop. */
  FOR_ITER,
  /** From SEND (`yield from`, `await`): a return replaces the receiver with the value. */
  SEND,
  /** From a built-in (next(), send(), list(gen)…): the result goes to the waiting native. */
  NATIVE,
}

/** A generator, coroutine or async generator: a suspended frame and its state. */
export class PyGenerator extends PyObject {
  started = false
  running = false
  finished = false
  resumeMode = ResumeMode.NATIVE
  /** FOR_ITER's or SEND's jump target in the resuming frame. */
  resumeTarget = 0
  name: string
  qualname: string
  /** The exception the generator's own code is handling while suspended (gi_exc_state). */
  excState: PyValue = None
  /** While it runs: the handled exception of the code that resumed it, visible inside and restored after. */
  outerHandled: PyValue = None
  /** An async generator with an `__anext__()`/`asend()`/`athrow()` awaitable in progress (ag_running_async). */
  runningAsync = false
  /** An async generator that finished or was closed through aclose() (ag_closed). */
  closed = false
  constructor(
    readonly frame: Frame,
    cls: PyType,
  ) {
    super(cls)
    this.name = frame.code.name
    this.qualname = frame.code.qualname
  }
}
