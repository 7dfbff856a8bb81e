// The Python operations `Lib/random.py` applies to its arguments (`a + (b - a) * u`, `x[i]`, `self.random()`), done
// as Python does them, so that any type behaves, and fails, as under CPython. Built-in numbers take the fast path.
import { BinaryOp, type CompareOp } from '../../../python/compiler/opcodes'
import { getAttr } from '../../../python/runtime/abstract/attr'
import { compareFast, richCompare } from '../../../python/runtime/abstract/compare'
import { numericBinary } from '../../../python/runtime/abstract/numeric'
import { truth } from '../../../python/runtime/abstract/truth'
import { callPy, type NativeGen } from '../../../python/runtime/native'
import type { PyValue } from '../../../python/runtime/object'
import { PyFloat } from '../../../python/runtime/types/float'
import { binaryOp, storeSubscript, subscript, subscriptFast } from '../../../python/vm/slow-ops'

export function* arithmetic(a: PyValue, op: BinaryOp, b: PyValue): NativeGen {
  return numericBinary(a, b, op) ?? (yield* binaryOp(a, b, op))
}

export function* add(a: PyValue, b: PyValue): NativeGen {
  return yield* arithmetic(a, BinaryOp.ADD, b)
}

export function* subtract(a: PyValue, b: PyValue): NativeGen {
  return yield* arithmetic(a, BinaryOp.SUBTRACT, b)
}

export function* multiply(a: PyValue, b: PyValue): NativeGen {
  return yield* arithmetic(a, BinaryOp.MULTIPLY, b)
}

export function* divide(a: PyValue, b: PyValue): NativeGen {
  return yield* arithmetic(a, BinaryOp.TRUE_DIVIDE, b)
}

export function* power(a: PyValue, b: PyValue): NativeGen {
  return yield* arithmetic(a, BinaryOp.POWER, b)
}

/** `bool(a op b)`. */
export function* compare(a: PyValue, op: CompareOp, b: PyValue): NativeGen<boolean> {
  const fast = compareFast(a, b, op)
  return fast ?? (yield* truth(yield* richCompare(a, b, op)))
}

export function* getItem(container: PyValue, index: PyValue): NativeGen {
  return subscriptFast(container, index) ?? (yield* subscript(container, index))
}

export function* setItem(container: PyValue, index: PyValue, value: PyValue): NativeGen<void> {
  yield* storeSubscript(container, index, value)
}

/** `obj.name(*args)`. */
export function* callMethod(obj: PyValue, name: string, args: PyValue[] = []): NativeGen {
  return yield* callPy(yield* getAttr(obj, name), args)
}

export const float = (value: number) => new PyFloat(value)
