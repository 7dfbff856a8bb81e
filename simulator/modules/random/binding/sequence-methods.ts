// `choice`, `choices`, `shuffle` and `sample`: the core picks indices, the population is read (and, for shuffle,
// written) through Python's item protocol, so lists, tuples, strings, ranges and user sequences all work.
import { CompareOp } from '../../../python/compiler/opcodes'
import { special } from '../../../python/runtime/abstract/call'
import { toArray } from '../../../python/runtime/abstract/iter'
import { len } from '../../../python/runtime/abstract/length'
import { asInt } from '../../../python/runtime/abstract/numeric'
import { repr } from '../../../python/runtime/abstract/repr'
import { isException, isInstanceOfType, overflowError, typeError } from '../../../python/runtime/errors'
import type { NativeGen } from '../../../python/runtime/native'
import { None, type PyValue } from '../../../python/runtime/object'
import { typeName } from '../../../python/runtime/type-of'
import { ByteArrayType } from '../../../python/runtime/types/bytearray'
import { BytesType } from '../../../python/runtime/types/bytes'
import { MemoryErrorType, newException, TypeErrorType } from '../../../python/runtime/types/exceptions'
import { PyFloat } from '../../../python/runtime/types/float'
import { ListType, PyList } from '../../../python/runtime/types/list'
import { RangeType } from '../../../python/runtime/types/range'
import { TupleType } from '../../../python/runtime/types/tuple'
import { DequeType } from '../../collections/deque'
import { indexOf, realOf } from '../../common/number-args'
import { accumulate, choiceIndex, choicesIndices, type ChoicesOptions, type PyReal } from '../choice'
import type { PyInt } from '../python-int'
import { sampleIndices, sampleIndicesWithCounts } from '../sample'
import { shuffle } from '../shuffle'
import { definePythonMethod } from './define-method'
import { draw, drawsFromCore } from './draws'
import { add, compare, float, getItem, setItem } from './py-ops'
import { fromCore } from './python-errors'
import { RandomType } from './random-object'

const MAX_SSIZE = (1n << 63n) - 1n

// `isinstance(population, collections.abc.Sequence)` for the sequences the simulator has.
const sequenceTypes = [ListType, TupleType, RangeType, BytesType, ByteArrayType, DequeType]

function isSequence(v: PyValue): boolean {
  return typeof v === 'string' || (typeof v === 'object' && sequenceTypes.some((type) => v.cls.isSubtypeOf(type)))
}

function* itemsAt(population: PyValue, indices: readonly PyInt[]): NativeGen<PyList> {
  const items: PyValue[] = []
  for (const index of indices) items.push(yield* getItem(population, index))
  return new PyList(items)
}

function numericReals(values: readonly PyValue[]): PyReal[] | undefined {
  const reals: PyReal[] = []
  for (const v of values) {
    const int = asInt(v)
    if (int !== undefined) reals.push({ kind: 'int', value: int })
    else if (v instanceof PyFloat) reals.push({ kind: 'float', value: v.value })
    else return undefined
  }
  return reals
}

/** `itertools.accumulate` with Python's `+`, for values that are not all ints and floats. */
function* accumulateInPython(values: readonly PyValue[]): NativeGen<PyValue[]> {
  const sums: PyValue[] = []
  for (const v of values) sums.push(sums.length === 0 ? v : yield* add(sums[sums.length - 1], v))
  return sums
}

// Weights that are not ints or floats: when the core would use them, Python's `total + 0.0` runs first, raising what
// CPython raises for a total that is no number; whatever passes is read as a float. When their number is wrong the
// core rejects them without reading any, so stand-ins do.
function* otherWeights(values: readonly PyValue[], cumulative: readonly PyValue[], n: number): NativeGen<PyReal[]> {
  if (cumulative.length !== n) return values.map(() => ({ kind: 'float', value: 0 }))
  yield* add(cumulative[n - 1], float(0))
  const reals: PyReal[] = []
  for (const v of values) reals.push({ kind: 'float', value: yield* realOf(v) })
  return reals
}

function* weightsOf(weights: PyValue, n: number): NativeGen<PyReal[]> {
  let values: PyValue[]
  let reals: PyReal[] | undefined
  let cumulative: PyValue[] = []
  try {
    values = yield* toArray(weights)
    reals = numericReals(values)
    if (reals === undefined) cumulative = yield* accumulateInPython(values)
  } catch (error) {
    if (isException(error) && isInstanceOfType(error, TypeErrorType) && asInt(weights) !== undefined) {
      throw typeError(`The number of choices must be a keyword argument: k=${yield* repr(weights)}`)
    }
    throw error
  }
  return reals ?? (yield* otherWeights(values, cumulative, n))
}

function* cumulativeWeightsOf(cumWeights: PyValue, n: number): NativeGen<PyReal[]> {
  const values = yield* toArray(cumWeights)
  return numericReals(values) ?? (yield* otherWeights(values, values, n))
}

// Counts that are not all ints and floats: Python's `+` raises what it raises, and a total that is not an int is
// rejected by the core ('Counts must be integers') whatever the stand-in values.
function* countsOf(counts: PyValue): NativeGen<PyReal[]> {
  const values = yield* toArray(counts)
  const reals = numericReals(values)
  if (reals !== undefined) return reals
  yield* accumulateInPython(values)
  return values.map(() => ({ kind: 'float', value: 0 }))
}

// `[None] * k` and the `0 <= k <= n` test for a k that is not an int. Out of range, -1 makes the core raise.
function* sampleSize(k: PyValue, n: PyInt): NativeGen<PyInt> {
  if (!((yield* compare(0, CompareOp.LE, k)) && (yield* compare(k, CompareOp.LE, n)))) return -1
  if (special(k, '__index__') === undefined) {
    throw typeError(`can't multiply sequence by non-int of type '${typeName(k)}'`)
  }
  return yield* indexOf(k)
}

// `itertools.repeat(None, k)`: negative counts repeat nothing.
function* repeatCount(k: PyValue): NativeGen<number> {
  const count = yield* indexOf(k)
  if (typeof count === 'number') return count
  if (count > MAX_SSIZE || count < -MAX_SSIZE - 1n) throw overflowError('Python int too large to convert to C ssize_t')
  if (count < 0n) return 0
  throw newException(MemoryErrorType)
}

export function installSequenceMethods(): void {
  definePythonMethod(RandomType, 'choice', { positional: ['seq'] }, function* (_ts, self, [seq]) {
    const n = yield* len(seq!)
    return yield* getItem(seq!, yield* draw(self, (source) => choiceIndex(source, n)))
  })

  definePythonMethod(
    RandomType,
    'choices',
    { positional: ['population', 'weights'], defaults: 1, keywordOnly: ['cum_weights', 'k'] },
    function* (_ts, self, [population, weights = None, cumWeights = None, k = 1]) {
      const n = yield* len(population!)
      let options: ChoicesOptions = {}
      if (cumWeights === None) {
        if (weights !== None) options = { weights: yield* weightsOf(weights, n) }
      } else if (weights !== None) {
        // The core rejects the pair before reading either.
        options = { weights: [], cumWeights: [] }
      } else {
        options = { cumWeights: yield* cumulativeWeightsOf(cumWeights, n) }
      }
      let count = typeof k === 'number' ? k : undefined
      if (count === undefined) {
        // The weights are checked before k is read.
        yield* draw(self, (source) => choicesIndices(source, n, { ...options, k: 0 }))
        count = yield* repeatCount(k)
      }
      const picks = count
      return yield* itemsAt(
        population!,
        yield* draw(self, (source) => choicesIndices(source, n, { ...options, k: picks })),
      )
    },
  )

  // `x[i], x[j] = x[j], x[i]` for i from the end; a built-in list is shuffled directly when nothing is overridden.
  definePythonMethod(RandomType, 'shuffle', { positional: ['x'] }, function* (_ts, self, [x]) {
    if (x instanceof PyList && x.cls === ListType && drawsFromCore(self)) {
      fromCore(() => shuffle(self.core, x.items))
      return None
    }
    for (let i = (yield* len(x!)) - 1; i > 0; i--) {
      const bound = i + 1
      const j = yield* draw(self, (source) => source.randbelow(bound))
      const atJ = yield* getItem(x!, j)
      const atI = yield* getItem(x!, i)
      yield* setItem(x!, i, atJ)
      yield* setItem(x!, j, atI)
    }
    return None
  })

  definePythonMethod(
    RandomType,
    'sample',
    { positional: ['population', 'k'], keywordOnly: ['counts'] },
    function* (_ts, self, [population, k, counts = None]) {
      if (!isSequence(population!)) {
        throw typeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
      }
      const n = yield* len(population!)
      if (counts === None) {
        const size = asInt(k!) ?? (yield* sampleSize(k!, n))
        return yield* itemsAt(population!, yield* draw(self, (source) => sampleIndices(source, n, size)))
      }
      const reals = yield* countsOf(counts)
      let size = asInt(k!)
      if (size === undefined) {
        // The counts are checked, without drawing, before k is.
        yield* draw(self, (source) => sampleIndicesWithCounts(source, n, reals, 0))
        size = yield* sampleSize(k!, accumulate(reals)[reals.length - 1].value)
      }
      const picks = size
      return yield* itemsAt(
        population!,
        yield* draw(self, (source) => sampleIndicesWithCounts(source, n, reals, picks)),
      )
    },
  )
}
