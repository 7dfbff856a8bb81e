// Calling a built-in method through its class (`list.append(x, 1)`): the first argument must be an instance of
// the class the method belongs to, or CPython refuses the call before running it.
import { typeError } from '../runtime/errors'
import type { PyValue } from '../runtime/object'
import { typeName, typeOf } from '../runtime/type-of'
import type { PyBuiltin } from '../runtime/types/function'
import { isTypeSlot } from './call-costs'

export function checkMethodSelf(fn: PyBuiltin, args: readonly PyValue[]): void {
  const owner = fn.owner
  if (owner === null || !fn.method || fn.self !== null) return
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
