// `random.SystemRandom`. CPython's reads os.urandom and has no state; the simulator must replay, so this one is the
// same Mersenne Twister seeded like `seed(None)`, with SystemRandom's interface: `seed` does nothing and
// `getstate`/`setstate` raise NotImplementedError.
import { method } from '../../../python/builtins/define'
import { notImplementedError } from '../../../python/runtime/errors'
import { None } from '../../../python/runtime/object'
import { seedTwister } from '../seed'
import { noneSeed } from './seeding'
import { allocateRandom } from './state-methods'
import { SystemRandomType } from './random-object'

const DOC =
  "Alternate random number generator, with the interface of CPython's SystemRandom.\n\n" +
  'CPython draws it from the operating system (os.urandom). In this simulator it is a Mersenne Twister seeded ' +
  'from the run seed, as seed(None) is, so that a run replays exactly: it is not suitable for secrets.'

export function installSystemRandom(): void {
  SystemRandomType.ns.set('__doc__', DOC)

  method(SystemRandomType, '__new__', (ts, args) => {
    const instance = allocateRandom(SystemRandomType, args[0])
    seedTwister(instance.core.twister, noneSeed(ts.interp))
    return instance
  })

  // `def seed(self, *args, **kwds)` and `def _notimplemented(self, *args, **kwds)`: any arguments. The VM passes
  // keywords only to impls that declare the third parameter.
  method(SystemRandomType, 'seed', (_ts, _args, kw) => {
    void kw
    return None
  })
  for (const name of ['getstate', 'setstate']) {
    method(SystemRandomType, name, (_ts, _args, kw) => {
      void kw
      throw notImplementedError('System entropy source does not have state.')
    })
  }
}
