// Seconds given to C-level blocking calls (time.sleep, Lock.acquire) become nanoseconds as CPython 3.11's
// _PyTime_FromSecondsObject makes them, with its errors: floats are checked for NaN and the int64 range, ints
// must fit once multiplied, anything else must be an integer.
import { asIndex } from '../../python/runtime/abstract/as-index'
import { overflowError, valueError } from '../../python/runtime/errors'
import type { NativeGen } from '../../python/runtime/native'
import type { PyValue } from '../../python/runtime/object'
import { PyFloat } from '../../python/runtime/types/float'

const nsPerSecond = 1_000_000_000
const int64Max = 2n ** 63n - 1n
const int64Min = -(2n ** 63n)

/** Rounds away from zero (_PyTime_ROUND_TIMEOUT). */
function roundTimeout(x: number): number {
  return x >= 0 ? Math.ceil(x) : Math.floor(x)
}

export function* secondsToNs(v: PyValue): NativeGen<number> {
  if (v instanceof PyFloat) {
    if (Number.isNaN(v.value)) throw valueError('Invalid value NaN (not a number)')
    const ns = roundTimeout(v.value * nsPerSecond)
    if (!(ns >= -(2 ** 63) && ns < 2 ** 63)) throw overflowError('timestamp out of range for platform time_t')
    return ns
  }
  const seconds = BigInt(yield* asIndex(v))
  const ns = seconds * BigInt(nsPerSecond)
  if (ns > int64Max || ns < int64Min) throw overflowError('timestamp too large to convert to C _PyTime_t')
  return Number(ns)
}
