// Where a Random instance's draws come from. CPython's methods call `self.random()` and `self._randbelow(n)`, so a
// subclass that overrides `random`, `getrandbits` or `_randbelow` changes every method built on them. Instances that
// override nothing draw from the core directly. Otherwise the core algorithm is replayed: it runs over the draws
// recorded so far, and when it needs one that only Python code can make, that call is made and the algorithm runs
// again from the start. The algorithms are deterministic in their draws, so each replay retraces the last one.
import { intToFloat } from '../../../python/runtime/abstract/int-ops'
import type { NativeGen } from '../../../python/runtime/native'
import { indexOf, realOf } from '../../common/number-args'
import type { GaussState } from '../distributions'
import { bitLength, normalizeInt, type PyInt } from '../python-int'
import type { Random, RandomSource } from '../random'
import { callMethod } from './py-ops'
import { fromCore } from './python-errors'
import { overrides, type PyRandom } from './random-object'

type DrawSource = RandomSource & GaussState

/** How `_randbelow` runs for a class, as `Random.__init_subclass__` picks it. */
type RandbelowPlan = 'core' | PythonRandbelow
type PythonRandbelow = 'user' | 'getrandbits' | 'random'

interface DrawPlan {
  readonly pythonRandom: boolean
  readonly randbelow: RandbelowPlan
}

// The first class along the MRO that defines `_randbelow`, `getrandbits` or `random` decides.
function randbelowPlan(self: PyRandom): RandbelowPlan {
  if (self.attrs?.has('_randbelow')) return 'user'
  for (const cls of self.cls.mro) {
    if (cls.builtin) break
    if (cls.ns.has('_randbelow')) return 'user'
    if (cls.ns.has('getrandbits')) return 'getrandbits'
    if (cls.ns.has('random')) return 'random'
  }
  return overrides(self, 'getrandbits') ? 'getrandbits' : 'core'
}

function drawPlan(self: PyRandom): DrawPlan | null {
  const pythonRandom = overrides(self, 'random')
  const randbelow = randbelowPlan(self)
  return pythonRandom || randbelow !== 'core' ? { pythonRandom, randbelow } : null
}

export function drawsFromCore(self: PyRandom): boolean {
  return drawPlan(self) === null
}

/** Runs `algorithm` over the instance's draws, raising core errors as Python exceptions. */
export function* draw<T>(self: PyRandom, algorithm: (source: DrawSource) => T): NativeGen<T> {
  const plan = drawPlan(self)
  if (plan === null) return fromCore(() => algorithm(self.core))
  const recorded: PyInt[] = []
  for (;;) {
    try {
      return fromCore(() => algorithm(new ReplaySource(self.core, plan, recorded)))
    } catch (error) {
      if (!(error instanceof MissingDraw)) throw error
      const value =
        error.randbelow === null
          ? yield* pythonRandom(self)
          : yield* pythonRandbelow(self, error.randbelow, error.bound)
      recorded.push(value)
    }
  }
}

/** Thrown out of the algorithm for a draw that Python code must make. */
class MissingDraw {
  constructor(
    readonly randbelow: PythonRandbelow | null,
    readonly bound: PyInt,
  ) {}
}

class ReplaySource implements DrawSource {
  gaussNext: number | null = null
  private position = 0

  constructor(
    private readonly core: Random,
    private readonly plan: DrawPlan,
    private readonly recorded: PyInt[],
  ) {}

  random(): number {
    if (this.position < this.recorded.length) return this.recorded[this.position++] as number
    if (this.plan.pythonRandom) throw new MissingDraw(null, 0)
    return this.record(this.core.random()) as number
  }

  randbelow(n: number): number
  randbelow(n: PyInt): PyInt
  randbelow(n: PyInt): PyInt {
    if (this.position < this.recorded.length) return this.recorded[this.position++]
    if (this.plan.randbelow !== 'core') throw new MissingDraw(this.plan.randbelow, n)
    return this.record(this.core.randbelow(n))
  }

  private record(value: PyInt): PyInt {
    this.recorded.push(value)
    this.position++
    return value
  }
}

function* pythonRandom(self: PyRandom): NativeGen<number> {
  return yield* realOf(yield* callMethod(self, 'random'))
}

const BPF_LIMIT = 2 ** 53

function* pythonRandbelow(self: PyRandom, plan: PythonRandbelow, n: PyInt): NativeGen<PyInt> {
  if (plan === 'user') return yield* indexOf(yield* callMethod(self, '_randbelow', [n]))
  if (plan === 'getrandbits') {
    // `_randbelow_with_getrandbits`.
    const k = bitLength(n)
    let r = yield* indexOf(yield* callMethod(self, 'getrandbits', [k]))
    while (r >= n) r = yield* indexOf(yield* callMethod(self, 'getrandbits', [k]))
    return r
  }
  // `_randbelow_without_getrandbits`: 53-bit floats cover n below 2**53 evenly. Above, CPython also warns (a
  // UserWarning attributed to its own random.py), which is not shown here.
  if (n >= BPF_LIMIT) return normalizeInt(BigInt(Math.floor((yield* pythonRandom(self)) * intToFloat(n))))
  const size = n as number
  const limit = (BPF_LIMIT - (BPF_LIMIT % size)) / BPF_LIMIT
  let r = yield* pythonRandom(self)
  while (r >= limit) r = yield* pythonRandom(self)
  return Math.floor(r * BPF_LIMIT) % size
}
