// Instances of `random.Random` and its subclasses: the core generator plus an instance dict, since CPython's Random
// is a Python class (`gauss_next` lives in that dict, as in CPython). As in CPython, `random.Random` derives from
// the C type `_random.Random`, which holds the generator and defines `random()` and `getrandbits()`.
import { typeError } from '../../../python/runtime/errors'
import { builtinType, PyObject, type PyType, type PyValue } from '../../../python/runtime/object'
import { typeName } from '../../../python/runtime/type-of'
import { moduleType } from '../../common/module-type'
import { Random } from '../random'

const MT_STATE_WORDS = 625

export class PyRandom extends PyObject {
  readonly core: Random

  // `Random.__new__` leaves the Mersenne Twister all zeros (it draws 0.0 forever) until `__init__` seeds it.
  constructor(cls: PyType) {
    super(cls)
    this.attrs = new Map()
    this.core = new Random({ kind: 'int', value: 0 })
    this.core.twister.setState(new Array<number>(MT_STATE_WORDS).fill(0))
  }
}

export const BaseRandomType = moduleType('_random', 'Random', undefined, (cls) => new PyRandom(cls))

export const RandomType = builtinType('Random', BaseRandomType)
RandomType.module = 'random'

export const SystemRandomType = builtinType('SystemRandom', RandomType)
SystemRandomType.module = 'random'

/** Whether the instance or a Python class redefines a method of Random (which then runs instead of the core's). */
export function overrides(self: PyRandom, name: string): boolean {
  return self.attrs?.has(name) === true || self.cls.lookup(name) !== RandomType.lookup(name)
}

/** `self` of a Random method, checked as `_random.Random`'s C methods check it. */
export function randomSelf(name: string, self: PyValue | undefined): PyRandom {
  if (self instanceof PyRandom) return self
  if (self === undefined) throw typeError(`unbound method Random.${name}() needs an argument`)
  throw typeError(`descriptor '${name}' for '_random.Random' objects doesn't apply to a '${typeName(self)}' object`)
}
