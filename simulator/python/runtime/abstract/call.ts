// Looking up and calling special methods from TypeScript, as CPython's slots do.
import { callPy, type NativeGen } from '../native'
import { NotImplemented, type PyValue } from '../object'
import { typeOf } from '../type-of'

/** A special method as CPython finds it: on the type, never in the instance dict. */
export function special(v: PyValue, name: string): PyValue | undefined {
  return typeOf(v).lookup(name)
}

/** Calls `type(v).name(v, *args)`, or returns undefined when the type lacks it. */
export function* callSpecial(v: PyValue, name: string, args: PyValue[] = []): NativeGen<PyValue | undefined> {
  const fn = special(v, name)
  if (fn === undefined) return undefined
  return yield* callPy(fn, [v, ...args])
}

/** Like callSpecial, but NotImplemented also counts as "not handled". */
export function* trySpecial(v: PyValue, name: string, args: PyValue[]): NativeGen<PyValue | undefined> {
  const r = yield* callSpecial(v, name, args)
  return r === NotImplemented ? undefined : r
}
