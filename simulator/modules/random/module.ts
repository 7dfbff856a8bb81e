// The Python-visible `random` module over the bit-exact core: `Random` (subclassable, one generator per instance),
// `SystemRandom`, and the module-level functions, which are bound methods of one hidden instance (`random._inst`),
// as in CPython.
//
// Determinism: the simulator never reads host randomness. What CPython seeds from os.urandom — the module's initial
// state, `seed()` / `seed(None)`, `Random()`, `SystemRandom` — is seeded here from the interpreter's run seed
// (`Interpreter.seed`, the kernel's seed) and a count of such seedings in the run (`noneSeedEntropy`). The same run
// seed replays the same numbers; another run seed gives others. Explicit seeds (`seed(42)`) give CPython's numbers.
//
// Not reproduced: tracebacks through these methods lack the frames of CPython's `random.py`, and the module-level
// functions show as built-in methods (CPython's are bound Python methods).
import { PyList } from '../../python/runtime/types/list'
import { PyModule } from '../../python/runtime/types/module'
import type { PyBuiltin } from '../../python/runtime/types/function'
import { None } from '../../python/runtime/object'
import type { Interpreter } from '../../python/vm/interpreter'
import { installDistributionMethods } from './binding/distribution-methods'
import { installIntegerMethods } from './binding/integer-methods'
import { float } from './binding/py-ops'
import { PyRandom, RandomType, SystemRandomType } from './binding/random-object'
import { noneSeed } from './binding/seeding'
import { installSequenceMethods } from './binding/sequence-methods'
import { installStateMethods } from './binding/state-methods'
import { installSystemRandom } from './binding/system-random'
import { seedTwister } from './seed'

installStateMethods()
installIntegerMethods()
installSequenceMethods()
installDistributionMethods()
installSystemRandom()

const BOUND_METHODS = [
  'seed',
  'random',
  'uniform',
  'triangular',
  'randint',
  'choice',
  'randrange',
  'sample',
  'shuffle',
  'choices',
  'normalvariate',
  'lognormvariate',
  'expovariate',
  'vonmisesvariate',
  'gammavariate',
  'gauss',
  'betavariate',
  'paretovariate',
  'weibullvariate',
  'getstate',
  'setstate',
  'getrandbits',
  'randbytes',
]

const CONSTANTS: [string, number][] = [
  ['LOG4', 1.3862943611198906],
  ['NV_MAGICCONST', 1.7155277699214135],
  ['RECIP_BPF', 1.1102230246251565e-16],
  ['SG_MAGICCONST', 2.504077396776274],
  ['TWOPI', 6.283185307179586],
]

export function createRandom(interp: Interpreter): PyModule {
  const module = new PyModule('random')
  const inst = new PyRandom(RandomType)
  seedTwister(inst.core.twister, noneSeed(interp))
  inst.attrs!.set('gauss_next', None)
  module.set('Random', RandomType)
  module.set('SystemRandom', SystemRandomType)
  module.set('_inst', inst)
  for (const name of BOUND_METHODS) module.set(name, (RandomType.lookup(name) as PyBuiltin).bind(inst))
  module.set('BPF', 53)
  for (const [name, value] of CONSTANTS) module.set(name, float(value))
  const exported = ['Random', 'SystemRandom', ...BOUND_METHODS].sort()
  module.set('__all__', new PyList(exported))
  return module
}
