// The operand dance of binary_op1 for operations without a BINARY_OP code (divmod, three-argument pow): the left
// operand's method, the right operand's reflected method first when its type is a subclass overriding it.
import { callPy, type NativeGen } from '../native'
import { NotImplemented, type PyValue } from '../object'
import { typeOf } from '../type-of'

/** `a.name(b, *extra)` or `b.rname(a, *extra)`, whichever answers first; NotImplemented when neither does. */
export function* binaryDispatch(a: PyValue, b: PyValue, name: string, rname: string, extra: PyValue[] = []): NativeGen {
  const ta = typeOf(a)
  const tb = typeOf(b)
  const left = ta.lookup(name)
  const right = ta === tb ? undefined : tb.lookup(rname)
  if (right !== undefined && tb.isSubtypeOf(ta) && right !== ta.lookup(rname)) {
    const r = yield* callPy(right, [b, a, ...extra])
    if (r !== NotImplemented) return r
    return left === undefined ? NotImplemented : yield* callPy(left, [a, b, ...extra])
  }
  if (left !== undefined) {
    const r = yield* callPy(left, [a, b, ...extra])
    if (r !== NotImplemented) return r
  }
  return right === undefined ? NotImplemented : yield* callPy(right, [b, a, ...extra])
}
