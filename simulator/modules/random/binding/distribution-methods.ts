// The real-valued distributions. Lib/random.py applies location and scale arguments with Python arithmetic
// (`mu + z * sigma`, `x * beta`, `-log(u) / lambd`), so an int stays exact, a str fails with Python's message, and
// the failure comes after the draws. The binding does the same: the core draws the standard variate, called with
// neutral location and scale (mu -0.0, sigma 1.0, lambd 1.0, ...) under which its formula returns it unchanged,
// and the arguments are applied here in Python. Shape arguments that the algorithms loop on (gamma's alpha, von
// Mises' kappa) are compared in Python, then read as floats, as CPython's float arithmetic reads them; von Mises'
// mu too, though CPython reads it only after drawing (a mu that is no number fails here before the draws).
import { CompareOp } from '../../../python/compiler/opcodes'
import { getAttr } from '../../../python/runtime/abstract/attr'
import { truth } from '../../../python/runtime/abstract/truth'
import { isException, isInstanceOfType } from '../../../python/runtime/errors'
import type { NativeGen } from '../../../python/runtime/native'
import { None, type PyValue } from '../../../python/runtime/object'
import { ZeroDivisionErrorType } from '../../../python/runtime/types/exceptions'
import { FloatType, PyFloat } from '../../../python/runtime/types/float'
import { realOf } from '../../common/number-args'
import {
  expovariate,
  gammavariate,
  gauss,
  normalvariate,
  paretovariate,
  triangular,
  uniform,
  vonmisesvariate,
  weibullvariate,
} from '../distributions'
import { mathExp, mathSqrt } from '../float-ops'
import { definePythonMethod } from './define-method'
import { draw } from './draws'
import { add, callMethod, compare, divide, float, multiply, power, subtract } from './py-ops'
import { fromCore } from './python-errors'
import { overrides, RandomType, type PyRandom } from './random-object'
import { setGaussNext } from './state-methods'

const SMALLEST_KAPPA = 1e-6

// A float, or an int whose differences with others like it stay exact as doubles: the core's float formula then
// computes what Python's int and float arithmetic would.
function plainReal(v: PyValue): number | undefined {
  if (v instanceof PyFloat && v.cls === FloatType) return v.value
  if (typeof v === 'number' && Math.abs(v) <= 2 ** 52) return v
  return undefined
}

function* uniformOf(self: PyRandom, a: PyValue, b: PyValue): NativeGen {
  const low = plainReal(a)
  const high = plainReal(b)
  if (low !== undefined && high !== undefined) return float(yield* draw(self, (source) => uniform(source, low, high)))
  const width = yield* subtract(b, a)
  const u = yield* draw(self, (source) => source.random())
  return yield* add(a, yield* multiply(width, float(u)))
}

function* triangularOf(self: PyRandom, low: PyValue, high: PyValue, mode: PyValue): NativeGen {
  const plainLow = plainReal(low)
  const plainHigh = plainReal(high)
  const plainMode = mode === None ? null : plainReal(mode)
  // With a mode and high == low, CPython returns `low` itself, of whatever type: that case goes the Python way.
  const degenerate = mode !== None && plainHigh === plainLow
  if (plainLow !== undefined && plainHigh !== undefined && plainMode !== undefined && !degenerate) {
    return float(yield* draw(self, (source) => triangular(source, plainLow, plainHigh, plainMode)))
  }
  let u: PyValue = float(yield* draw(self, (source) => source.random()))
  let c: PyValue = float(0.5)
  if (mode !== None) {
    try {
      c = yield* divide(yield* subtract(mode, low), yield* subtract(high, low))
    } catch (error) {
      if (isException(error) && isInstanceOfType(error, ZeroDivisionErrorType)) return low
      throw error
    }
  }
  if (yield* compare(u, CompareOp.GT, c)) {
    u = yield* subtract(float(1), u)
    c = yield* subtract(float(1), c)
    ;[low, high] = [high, low]
  }
  const product = yield* realOf(yield* multiply(u, c))
  const root = float(fromCore(() => mathSqrt(product)))
  return yield* add(low, yield* multiply(yield* subtract(high, low), root))
}

function* normalOf(self: PyRandom, mu: PyValue, sigma: PyValue): NativeGen {
  const z = yield* draw(self, (source) => normalvariate(source, -0, 1))
  return yield* add(mu, yield* multiply(float(z), sigma))
}

// Box–Muller draws two values: the second waits in the instance's `gauss_next` for the next call.
function* gaussOf(self: PyRandom, mu: PyValue, sigma: PyValue): NativeGen {
  let z = yield* getAttr(self, 'gauss_next')
  yield* setGaussNext(self, None)
  if (z === None) {
    const [first, second] = yield* draw(self, (source) => {
      source.gaussNext = null
      const value = gauss(source, -0, 1)
      return [value, source.gaussNext ?? 0]
    })
    z = float(first)
    yield* setGaussNext(self, float(second))
  }
  return yield* add(mu, yield* multiply(z, sigma))
}

function* gammaOf(self: PyRandom, alpha: PyValue, beta: PyValue): NativeGen {
  const invalid = (yield* compare(alpha, CompareOp.LE, float(0))) || (yield* compare(beta, CompareOp.LE, float(0)))
  // A non-positive alpha makes the core raise CPython's ValueError, before any draw.
  const shape = invalid ? 0 : yield* realOf(alpha)
  const x = yield* draw(self, (source) => gammavariate(source, shape, 1))
  return yield* multiply(float(x), beta)
}

/** `self.name(...args)` when a subclass redefines the method, else `ours`. */
function* throughSelf(self: PyRandom, name: string, args: PyValue[], ours: () => NativeGen): NativeGen {
  return overrides(self, name) ? yield* callMethod(self, name, args) : yield* ours()
}

export function installDistributionMethods(): void {
  definePythonMethod(RandomType, 'uniform', { positional: ['a', 'b'] }, function* (_ts, self, [a, b]) {
    return yield* uniformOf(self, a!, b!)
  })

  definePythonMethod(
    RandomType,
    'triangular',
    { positional: ['low', 'high', 'mode'], defaults: 3 },
    function* (_ts, self, [low = float(0), high = float(1), mode = None]) {
      return yield* triangularOf(self, low, high, mode)
    },
  )

  definePythonMethod(
    RandomType,
    'normalvariate',
    { positional: ['mu', 'sigma'], defaults: 2 },
    function* (_ts, self, [mu = float(0), sigma = float(1)]) {
      return yield* normalOf(self, mu, sigma)
    },
  )

  definePythonMethod(
    RandomType,
    'gauss',
    { positional: ['mu', 'sigma'], defaults: 2 },
    function* (_ts, self, [mu = float(0), sigma = float(1)]) {
      return yield* gaussOf(self, mu, sigma)
    },
  )

  definePythonMethod(RandomType, 'lognormvariate', { positional: ['mu', 'sigma'] }, function* (_ts, self, args) {
    const [mu, sigma] = args as PyValue[]
    const normal = yield* throughSelf(self, 'normalvariate', [mu, sigma], () => normalOf(self, mu, sigma))
    const x = yield* realOf(normal)
    return float(fromCore(() => mathExp(x)))
  })

  definePythonMethod(RandomType, 'expovariate', { positional: ['lambd'] }, function* (_ts, self, [lambd]) {
    const x = yield* draw(self, (source) => expovariate(source, 1))
    return yield* divide(float(x), lambd!)
  })

  definePythonMethod(RandomType, 'vonmisesvariate', { positional: ['mu', 'kappa'] }, function* (_ts, self, args) {
    const [mu, kappa] = args as PyValue[]
    // Below the smallest kappa the angle is uniform and mu is never read.
    if (yield* compare(kappa, CompareOp.LE, float(SMALLEST_KAPPA))) {
      return float(yield* draw(self, (source) => vonmisesvariate(source, 0, 0)))
    }
    const concentration = yield* realOf(kappa)
    const mean = yield* realOf(mu)
    return float(yield* draw(self, (source) => vonmisesvariate(source, mean, concentration)))
  })

  definePythonMethod(RandomType, 'gammavariate', { positional: ['alpha', 'beta'] }, function* (_ts, self, args) {
    const [alpha, beta] = args as PyValue[]
    return yield* gammaOf(self, alpha, beta)
  })

  definePythonMethod(RandomType, 'betavariate', { positional: ['alpha', 'beta'] }, function* (_ts, self, args) {
    const [alpha, beta] = args as PyValue[]
    const gamma = (shape: PyValue) =>
      throughSelf(self, 'gammavariate', [shape, float(1)], () => gammaOf(self, shape, float(1)))
    const y = yield* gamma(alpha)
    if (!(yield* truth(y))) return float(0)
    return yield* divide(y, yield* add(y, yield* gamma(beta)))
  })

  definePythonMethod(RandomType, 'paretovariate', { positional: ['alpha'] }, function* (_ts, self, [alpha]) {
    const u = yield* draw(self, (source) => paretovariate(source, -1))
    return yield* power(float(u), yield* divide(float(-1), alpha!))
  })

  definePythonMethod(RandomType, 'weibullvariate', { positional: ['alpha', 'beta'] }, function* (_ts, self, args) {
    const [alpha, beta] = args as PyValue[]
    const t = yield* draw(self, (source) => weibullvariate(source, 1, 1))
    return yield* multiply(alpha, yield* power(float(t), yield* divide(float(1), beta)))
  })
}
