// `randrange`, `randint` and `randbytes`. Python 3.11's randrange still takes integral floats (and anything int()
// accepts) with a DeprecationWarning, and rejects other non-integers with a ValueError after warning.
import { CompareOp } from '../../../python/compiler/opcodes'
import { asInt } from '../../../python/runtime/abstract/numeric'
import { isException, isInstanceOfType, valueError } from '../../../python/runtime/errors'
import { callPy, type NativeGen } from '../../../python/runtime/native'
import { None, type PyValue } from '../../../python/runtime/object'
import { PyBytes } from '../../../python/runtime/types/bytes'
import { TypeErrorType } from '../../../python/runtime/types/exceptions'
import { FloatType, PyFloat } from '../../../python/runtime/types/float'
import { IntType } from '../../../python/runtime/types/int'
import { indexOf } from '../../common/number-args'
import {
  INTEGRAL_FLOAT_WARNING,
  integralFloatArgument,
  NON_INTEGER_FLOAT_WARNING,
  randrange,
  type RandrangeArgument,
} from '../integers'
import type { PyInt } from '../python-int'
import { randbytes } from '../randbytes'
import { definePythonMethod } from './define-method'
import { deprecationWarner, silent, type Warn } from './deprecation-warning'
import { draw } from './draws'
import { add, callMethod, compare, multiply } from './py-ops'
import { fromCore } from './python-errors'
import { overrides, RandomType, type PyRandom } from './random-object'

// `_index(x)`, and on TypeError `int(x)`, warning as 3.11 does.
function* randrangeArgument(value: PyValue, name: RandrangeArgument, warn: Warn): NativeGen<PyInt> {
  const int = asInt(value)
  if (int !== undefined) return int
  if (value instanceof PyFloat && value.cls === FloatType) {
    const x = value.value
    if (Number.isFinite(x) && !Number.isInteger(x)) warn(NON_INTEGER_FLOAT_WARNING)
    const converted = fromCore(() => integralFloatArgument(x, name))
    warn(INTEGRAL_FLOAT_WARNING)
    return converted
  }
  try {
    return yield* indexOf(value)
  } catch (error) {
    if (!(isException(error) && isInstanceOfType(error, TypeErrorType))) throw error
  }
  const converted = yield* callPy(IntType, [value])
  if (yield* compare(converted, CompareOp.NE, value)) {
    warn(NON_INTEGER_FLOAT_WARNING)
    throw valueError(`non-integer ${name} for randrange()`)
  }
  warn(INTEGRAL_FLOAT_WARNING)
  return yield* indexOf(converted)
}

function* randrangeOf(
  self: PyRandom,
  start: PyValue,
  stop: PyValue | undefined,
  step: PyValue | undefined,
  warn: Warn,
): NativeGen {
  const istart = yield* randrangeArgument(start, 'arg 1', warn)
  if (stop === undefined || stop === None) {
    // `step is not _ONE`: only the cached int 1 is the default (True is not). Any other step, unconverted, makes the
    // core raise 'Missing a non-None stop argument'; 0 stands for it.
    const isDefaultStep = step === undefined || step === 1
    return yield* draw(self, (source) => randrange(source, istart, null, isDefaultStep ? undefined : 0))
  }
  const istop = yield* randrangeArgument(stop, 'stop', warn)
  const istep = step === undefined ? undefined : yield* randrangeArgument(step, 'step', warn)
  return yield* draw(self, (source) => randrange(source, istart, istop, istep))
}

export function installIntegerMethods(): void {
  definePythonMethod(
    RandomType,
    'randrange',
    { positional: ['start', 'stop', 'step'], defaults: 2 },
    function* (ts, self, [start, stop, step]) {
      return yield* randrangeOf(self, start!, stop, step, deprecationWarner(ts))
    },
  )

  // `self.randrange(a, b + 1)`: its warnings would be attributed to randint, in the random module, so none show.
  definePythonMethod(RandomType, 'randint', { positional: ['a', 'b'] }, function* (_ts, self, [a, b]) {
    const stop = yield* add(b!, 1)
    if (overrides(self, 'randrange')) return yield* callMethod(self, 'randrange', [a!, stop])
    return yield* randrangeOf(self, a!, stop, undefined, silent)
  })

  // `self.getrandbits(n * 8).to_bytes(n, 'little')`.
  definePythonMethod(RandomType, 'randbytes', { positional: ['n'] }, function* (_ts, self, [n]) {
    const count = asInt(n!)
    if (count !== undefined && !overrides(self, 'getrandbits')) {
      return new PyBytes(fromCore(() => randbytes(self.core, count)))
    }
    const bits = yield* callMethod(self, 'getrandbits', [yield* multiply(n!, 8)])
    return yield* callMethod(bits, 'to_bytes', [n!, 'little'])
  })
}
