// Calling a method of a built-in type through the type (`list.append(x, 1)`): the first argument must be an
// instance of the type, or CPython refuses the call before running it.
import { typeError } from '../runtime/errors'
import type { PyValue } from '../runtime/object'
import { typeName, typeOf } from '../runtime/type-of'
import type { PyBuiltin } from '../runtime/types/function'
import { isTypeSlot } from './call-costs'

export function checkMethodSelf(fn: PyBuiltin, args: readonly PyValue[]): void {
  const owner = fn.owner
  // __new__ takes the class to make an instance of, not an instance. Library modules check their own methods.
  if (owner === null || owner.module !== 'builtins' || !fn.method || fn.self !== null || fn.name === '__new__') return
  if (args.length > 0 && typeOf(args[0]) === owner) return
  const slot = isTypeSlot(fn)
  if (args.length === 0) {
    throw typeError(
      slot
        ? `descriptor '${fn.name}' of '${owner.name}' object needs an argument`
        : `unbound method ${owner.name}.${fn.name}() needs an argument`,
    )
  }
  if (typeOf(args[0]).isSubtypeOf(owner)) return
  throw typeError(
    slot
      ? `descriptor '${fn.name}' requires a '${owner.name}' object but received a '${typeName(args[0])}'`
      : `descriptor '${fn.name}' for '${owner.name}' objects doesn't apply to a '${typeName(args[0])}' object`,
  )
}
