import { roundFloat, roundInt } from '../format'
import { callSpecial } from '../runtime/abstract/call'
import { checkRecursiveCall, whileCalling } from '../runtime/recursion'
import { asInt } from '../runtime/abstract/numeric'
import { typeError } from '../runtime/errors'
import { None } from '../runtime/object'
import { typeName } from '../runtime/type-of'
import { PyBool } from '../runtime/types/bool'
import { PyFloat } from '../runtime/types/float'
import { resumable } from '../runtime/types/function'

/** round(number, ndigits=None): exact, half-to-even, as CPython rounds. */
export const roundFn = resumable('round', function* (_ts, args, kw) {
  const x = args[0] ?? kw?.get('number')
  const nd = args[1] ?? kw?.get('ndigits') ?? None
  if (x === undefined) throw typeError("round() missing required argument 'number' (pos 1)")
  const digits = nd === None ? null : asInt(nd)
  if (nd !== None && digits === undefined)
    throw typeError(`'${typeName(nd)}' object cannot be interpreted as an integer`)
  // round() calls the number's __round__ method, with that call's recursion check.
  checkRecursiveCall(whileCalling)
  if (x instanceof PyFloat && x.cls.builtin) {
    const r = roundFloat(x.value, digits ?? null)
    return digits === null ? r : new PyFloat(r as number)
  }
  const i = asInt(x)
  if (i !== undefined && !(x instanceof PyBool && digits === null))
    return digits === null || digits === undefined ? i : roundInt(i, digits)
  if (x instanceof PyBool) return x.value ? 1 : 0
  const r = yield* callSpecial(x, '__round__', nd === None ? [] : [nd])
  if (r === undefined) throw typeError(`type ${typeName(x)} doesn't define __round__ method`)
  return r
})
