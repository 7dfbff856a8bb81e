// Installs the methods that CPython's `random.Random` defines in Python: arguments bound by name with Python's
// messages, `self` checked to be a Random instance.
import { resumableMethod } from '../../../python/builtins/define'
import type { NativeGen } from '../../../python/runtime/native'
import type { PyType, PyValue } from '../../../python/runtime/object'
import type { ThreadState } from '../../../python/vm/thread-state'
import { randomSelf, type PyRandom } from './random-object'
import { bindPython } from './signature'

export interface MethodParameters {
  /** Positional-or-keyword parameters after `self`. */
  readonly positional: readonly string[]
  /** How many of the last positional parameters have defaults. */
  readonly defaults?: number
  readonly keywordOnly?: readonly string[]
}

export type MethodBody = (ts: ThreadState, self: PyRandom, args: (PyValue | undefined)[]) => NativeGen

export function definePythonMethod(type: PyType, name: string, params: MethodParameters, body: MethodBody): void {
  const signature = {
    qualname: `Random.${name}`,
    positional: ['self', ...params.positional],
    defaults: params.defaults ?? 0,
    keywordOnly: params.keywordOnly,
  }
  resumableMethod(type, name, function* (ts, args, kw) {
    const values = bindPython(signature, args, kw)
    return yield* body(ts, randomSelf(name, args[0]), values)
  })
}
