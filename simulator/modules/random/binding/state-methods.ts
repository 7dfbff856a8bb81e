// Creating, seeding and saving a Random: `__new__`, `__init__`, `seed`, `getstate`, `setstate`, and the C core's
// `random()` and `getrandbits()`.
import { method, resumableMethod } from '../../../python/builtins/define'
import { BinaryOp, CompareOp } from '../../../python/compiler/opcodes'
import { getAttr, setAttr, setAttrFast } from '../../../python/runtime/abstract/attr'
import { toArray } from '../../../python/runtime/abstract/iter'
import { asInt } from '../../../python/runtime/abstract/numeric'
import { str } from '../../../python/runtime/abstract/repr'
import { isException, isInstanceOfType, typeError, valueError } from '../../../python/runtime/errors'
import type { NativeGen } from '../../../python/runtime/native'
import { None, PyType, type PyValue } from '../../../python/runtime/object'
import { typeName } from '../../../python/runtime/type-of'
import { newException, TypeErrorType, ValueErrorType } from '../../../python/runtime/types/exceptions'
import { PyTuple, pyTuple } from '../../../python/runtime/types/tuple'
import { indexOf } from '../../common/number-args'
import type { ThreadState } from '../../../python/vm/thread-state'
import type { PyInt } from '../python-int'
import { seedTwister } from '../seed'
import { definePythonMethod } from './define-method'
import { arithmetic, callMethod, compare, float, getItem } from './py-ops'
import { fromCore } from './python-errors'
import { BaseRandomType, overrides, PyRandom, randomSelf, RandomType } from './random-object'
import { seedValue, seedVersion } from './seeding'

const STATE_VERSION = 3

export function* setGaussNext(self: PyRandom, value: PyValue): NativeGen<void> {
  if (!setAttrFast(self, 'gauss_next', value)) yield* setAttr(self, 'gauss_next', value)
}

/** `self.seed(a)`, through a subclass's own `seed` if it has one. */
function* seedThroughSelf(ts: ThreadState, self: PyRandom, a: PyValue): NativeGen<void> {
  if (overrides(self, 'seed')) yield* callMethod(self, 'seed', [a])
  else yield* seedFrom(ts, self, a, 2)
}

function* seedFrom(ts: ThreadState, self: PyRandom, a: PyValue, version: PyValue): NativeGen<void> {
  const normalized = yield* seedVersion(version)
  const value = yield* seedValue(ts.interp, a, normalized)
  fromCore(() => seedTwister(self.core.twister, value, normalized))
  yield* setGaussNext(self, None)
}

/** A tp_new: `cls` must be a subtype of `base`; the new instance is unseeded. */
export function allocateRandom(base: PyType, cls: PyValue | undefined): PyRandom {
  const name = base.name
  if (!(cls instanceof PyType)) {
    throw typeError(`${name}.__new__(X): X is not a type object (${cls === undefined ? 'NULL' : typeName(cls)})`)
  }
  if (!cls.isSubtypeOf(base)) throw typeError(`${name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${name}`)
  return cls.alloc(cls) as PyRandom
}

function* unpackState(state: PyValue): NativeGen<PyValue[]> {
  const items = yield* toArray(state)
  if (items.length > 3) throw valueError('too many values to unpack (expected 3)')
  if (items.length < 3) throw valueError(`not enough values to unpack (expected 3, got ${items.length})`)
  return items
}

// `_random.Random.setstate` takes a tuple of ints only.
function stateWords(internal: PyValue): PyInt[] {
  if (!(internal instanceof PyTuple)) throw typeError('state vector must be a tuple')
  const words = internal.items.map(asInt)
  if (words.length === 625 && words.includes(undefined)) throw typeError('an integer is required')
  return words as PyInt[]
}

// Version 2 states go through `x % 2**32` first; a ValueError there becomes a TypeError.
function* version2Words(internal: PyValue): NativeGen<PyValue> {
  const reduced: PyValue[] = []
  for (const x of yield* toArray(internal)) {
    if (asInt(x) !== undefined) {
      reduced.push(x)
      continue
    }
    try {
      reduced.push(yield* arithmetic(x, BinaryOp.REMAINDER, 2 ** 32))
    } catch (error) {
      if (isException(error) && isInstanceOfType(error, ValueErrorType)) throw newException(TypeErrorType)
      throw error
    }
  }
  return pyTuple(reduced)
}

export function installStateMethods(): void {
  method(BaseRandomType, '__new__', (_ts, args) => allocateRandom(BaseRandomType, args[0]))

  definePythonMethod(RandomType, '__init__', { positional: ['x'], defaults: 1 }, function* (ts, self, [x]) {
    yield* seedThroughSelf(ts, self, x ?? None)
    yield* setGaussNext(self, None)
    return None
  })

  definePythonMethod(RandomType, 'seed', { positional: ['a', 'version'], defaults: 2 }, function* (ts, self, args) {
    const [a, version] = args
    yield* seedFrom(ts, self, a ?? None, version ?? 2)
    return None
  })

  RandomType.ns.set('VERSION', STATE_VERSION)

  definePythonMethod(RandomType, 'getstate', { positional: [] }, function* (_ts, self) {
    const version = yield* getAttr(self, 'VERSION')
    const [, internal] = self.core.getstate()
    return pyTuple([version, pyTuple(internal), yield* getAttr(self, 'gauss_next')])
  })

  definePythonMethod(RandomType, 'setstate', { positional: ['state'] }, function* (_ts, self, [state]) {
    const version = yield* getItem(state!, 0)
    if (yield* compare(version, CompareOp.EQ, 3)) {
      const [, internal, gaussNext] = yield* unpackState(state!)
      yield* setGaussNext(self, gaussNext)
      fromCore(() => self.core.setstate([3, stateWords(internal), null]))
    } else if (yield* compare(version, CompareOp.EQ, 2)) {
      const [, internal, gaussNext] = yield* unpackState(state!)
      yield* setGaussNext(self, gaussNext)
      const reduced = yield* version2Words(internal)
      fromCore(() => self.core.setstate([2, stateWords(reduced), null]))
    } else {
      const current = yield* str(yield* getAttr(self, 'VERSION'))
      throw valueError(`state with version ${yield* str(version)} passed to Random.setstate() of version ${current}`)
    }
    return None
  })

  method(BaseRandomType, 'random', (_ts, args, kw) => {
    const self = randomSelf('random', args[0])
    if (kw !== null && kw.size > 0) throw typeError('Random.random() takes no keyword arguments')
    if (args.length !== 1) throw typeError(`Random.random() takes no arguments (${args.length - 1} given)`)
    return float(self.core.random())
  })

  resumableMethod(BaseRandomType, 'getrandbits', function* (_ts, args, kw) {
    const self = randomSelf('getrandbits', args[0])
    if (kw !== null && kw.size > 0) throw typeError('Random.getrandbits() takes no keyword arguments')
    if (args.length !== 2) throw typeError(`Random.getrandbits() takes exactly one argument (${args.length - 1} given)`)
    const bits = asInt(args[1]) ?? (yield* indexOf(args[1]))
    return fromCore(() => self.core.getrandbits(bits))
  })
}
