// `randrange` and `randint` of CPython 3.11 `Lib/random.py`, over Python ints (number | bigint), with its argument
// checks and error texts. Float arguments are the binding's to convert, through `integralFloatArgument`.

import { PythonError } from './python-error'
import { intAdd, intFloorDiv, intMul, intSub, normalizeInt, type PyInt } from './python-int'
import type { RandomSource } from './random'

export type RandrangeArgument = 'arg 1' | 'stop' | 'step'

export const NON_INTEGER_FLOAT_WARNING = 'randrange() will raise TypeError in the future'
export const INTEGRAL_FLOAT_WARNING =
  'non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version'

// `stop` undefined or null is Python's None; `step` undefined is the default. An explicit `step` of 1 is the same
// object as the default (small ints are cached), so CPython's `step is not _ONE` test is a value test here.
export function randrange(rng: RandomSource, start: PyInt, stop?: PyInt | null, step?: PyInt): PyInt {
  if (stop === undefined || stop === null) {
    if (step !== undefined && step !== 1) throw new PythonError('TypeError', 'Missing a non-None stop argument')
    if (start > 0) return rng.randbelow(start)
    throw new PythonError('ValueError', 'empty range for randrange()')
  }
  const width = intSub(stop, start)
  if (step === undefined || step === 1) {
    if (width > 0) return intAdd(start, rng.randbelow(width))
    throw new PythonError('ValueError', `empty range for randrange() (${start}, ${stop}, ${width})`)
  }
  let n: PyInt
  if (step > 0) n = intFloorDiv(intSub(intAdd(width, step), 1), step)
  else if (step < 0) n = intFloorDiv(intAdd(intAdd(width, step), 1), step)
  else throw new PythonError('ValueError', 'zero step for randrange()')
  if (n <= 0) throw new PythonError('ValueError', 'empty range for randrange()')
  return intAdd(start, intMul(step, rng.randbelow(n)))
}

export function randint(rng: RandomSource, a: PyInt, b: PyInt): PyInt {
  return randrange(rng, a, intAdd(b, 1))
}

// 3.11 still takes a float argument of randrange through `int(x)`. For an integral float the binding warns
// (DeprecationWarning, INTEGRAL_FLOAT_WARNING) and goes on with the result; for a fractional one it warns
// NON_INTEGER_FLOAT_WARNING before the ValueError thrown here. NaN and infinity fail inside int(), before any warning.
export function integralFloatArgument(value: number, argument: RandrangeArgument): PyInt {
  if (Number.isNaN(value)) throw new PythonError('ValueError', 'cannot convert float NaN to integer')
  if (!Number.isFinite(value)) throw new PythonError('OverflowError', 'cannot convert float infinity to integer')
  if (!Number.isInteger(value)) throw new PythonError('ValueError', `non-integer ${argument} for randrange()`)
  return Number.isSafeInteger(value) ? value + 0 : normalizeInt(BigInt(value))
}
