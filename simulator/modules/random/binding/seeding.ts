// `Random.seed(a, version)`: the Python value `a` as the core's SeedValue. `seed(None)` reads os.urandom in CPython;
// here it is derived from the interpreter's run seed and how many None-seedings the run made before (the module's
// own `_inst = Random()` is the first), so a run replays exactly and different run seeds give different streams.
import { CompareOp } from '../../../python/compiler/opcodes'
import { hashToPython } from '../../../python/hash'
import { hash } from '../../../python/runtime/abstract/hash'
import { asInt } from '../../../python/runtime/abstract/numeric'
import { typeError } from '../../../python/runtime/errors'
import type { NativeGen } from '../../../python/runtime/native'
import { None, type PyValue } from '../../../python/runtime/object'
import { PyByteArray } from '../../../python/runtime/types/bytearray'
import { PyBytes } from '../../../python/runtime/types/bytes'
import { FloatType, PyFloat } from '../../../python/runtime/types/float'
import type { Interpreter } from '../../../python/vm/interpreter'
import { noneSeedEntropy, type SeedValue } from '../seed'
import { compare } from './py-ops'

const noneSeedings = new WeakMap<Interpreter, number>()

export function noneSeed(interp: Interpreter): SeedValue {
  const draw = noneSeedings.get(interp) ?? 0
  noneSeedings.set(interp, draw + 1)
  return { kind: 'none', entropy: noneSeedEntropy(interp.seed, draw) }
}

/** `version == 1` / `version == 2` as Lib/random.py tests it; any other version seeds str and bytes by hash. */
export function* seedVersion(version: PyValue): NativeGen<number> {
  if (yield* compare(version, CompareOp.EQ, 1)) return 1
  if (yield* compare(version, CompareOp.EQ, 2)) return 2
  return 0
}

// Subclasses of int, str and bytes seed as their base values, as CPython's seed reads them.
export function* seedValue(interp: Interpreter, a: PyValue, version: number): NativeGen<SeedValue> {
  if (a === None) return noneSeed(interp)
  const int = asInt(a)
  if (int !== undefined) return { kind: 'int', value: int }
  if (typeof a === 'string') return version === 0 ? yield* hashSeed(a) : { kind: 'str', value: a }
  if (a instanceof PyBytes) return version === 0 ? yield* hashSeed(a) : { kind: 'bytes', value: a.bytes }
  if (a instanceof PyByteArray) return { kind: 'bytearray', value: a.bytes }
  // A NaN hashes by identity, a float subclass by its own __hash__: the interpreter's hash() knows both.
  if (a instanceof PyFloat) {
    return a.cls === FloatType && !Number.isNaN(a.value) ? { kind: 'float', value: a.value } : yield* hashSeed(a)
  }
  throw typeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.')
}

function* hashSeed(a: PyValue): NativeGen<SeedValue> {
  return { kind: 'hash', hash: hashToPython(yield* hash(a)) }
}
