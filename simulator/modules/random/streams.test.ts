import { describe, expect, it } from 'vitest'
import { choiceIndex, choicesIndices, type PyReal } from './choice'
import {
  betavariate,
  expovariate,
  gammavariate,
  gauss,
  lognormvariate,
  normalvariate,
  paretovariate,
  triangular,
  uniform,
  vonmisesvariate,
  weibullvariate,
} from './distributions'
import { randint, randrange } from './integers'
import { PythonError } from './python-error'
import type { PyInt } from './python-int'
import { randbytes } from './randbytes'
import { Random, type RandomState } from './random'
import { sampleIndices, sampleIndicesWithCounts } from './sample'
import { shuffle } from './shuffle'
import { bytesToHex, decodeSeed, type EncodedSeed, hexWords, int, readFixture } from './test-support/fixtures'

type Encoded = string | number | boolean | null | Encoded[] | { [key: string]: Encoded }

interface Step {
  op: string
  args: Encoded[]
  kwargs?: Record<string, Encoded>
  result?: Encoded
  error?: string
  message?: string
}

interface Stream {
  seed: EncodedSeed
  words: string
  steps: Step[]
}

const fixture = readFixture<{ python: string; streams: Stream[] }>('streams.json')

// The distributions that go through log/exp/cos/sin/acos/pow: V8's and glibc's results differ in the last bits.
const LIBM_OPS = new Set([
  'gauss',
  'normalvariate',
  'lognormvariate',
  'expovariate',
  'vonmisesvariate',
  'gammavariate',
  'betavariate',
  'paretovariate',
  'weibullvariate',
])
const LIBM_RELATIVE_TOLERANCE = 1e-13

const ints = (values: Encoded[]): PyInt[] => values.map((value) => int(value as string))
const reals = (values: Encoded[]): PyReal[] =>
  values.map((value) =>
    typeof value === 'string' ? { kind: 'int', value: int(value) } : { kind: 'float', value: value as number },
  )
const show = (values: PyInt[]): string[] => values.map(String)

// What the binding does with the indices: index range(n), raising like a range object.
function indexRange(n: number, indices: number[]): string[] {
  if (indices.some((index) => index >= n)) throw new PythonError('IndexError', 'range object index out of range')
  return indices.map(String)
}

function decodeState(encoded: Record<string, Encoded>): RandomState {
  const internal = [...hexWords(encoded.words as string), int(encoded.index as string)]
  return [int(encoded.version as string), internal, encoded.gaussNext as number | null]
}

function run(rng: Random, step: Step, snapshots: RandomState[]): unknown {
  const args = step.args
  const floats = args as number[]
  switch (step.op) {
    case 'random':
      return rng.random()
    case 'getrandbits':
      return String(rng.getrandbits(int(args[0] as string)))
    case 'randbelow':
      return String(rng.randbelow(int(args[0] as string)))
    case 'randrange': {
      const [start, stop, step_] = ints(args)
      return String(randrange(rng, start, stop, step_))
    }
    case 'randrange_step_only':
      return String(randrange(rng, int(args[0] as string), null, int(args[1] as string)))
    case 'randint':
      return String(randint(rng, int(args[0] as string), int(args[1] as string)))
    case 'choice':
      return String(choiceIndex(rng, Number(args[0])))
    case 'choices': {
      const kwargs = step.kwargs ?? {}
      const n = Number(args[0])
      const indices = choicesIndices(rng, n, {
        k: Number(kwargs.k),
        weights: kwargs.weights ? reals(kwargs.weights as Encoded[]) : null,
        cumWeights: kwargs.cum_weights ? reals(kwargs.cum_weights as Encoded[]) : null,
      })
      return indexRange(n, indices)
    }
    case 'shuffle': {
      const items = Array.from({ length: Number(args[0]) }, (_, i) => i)
      shuffle(rng, items)
      return items.map(String)
    }
    case 'sample': {
      const [n, k] = ints(args)
      return show(sampleIndices(rng, n, k))
    }
    case 'sample_counts': {
      const [n, k] = ints(args)
      return show(sampleIndicesWithCounts(rng, Number(n), reals(step.kwargs?.counts as Encoded[]), k))
    }
    case 'randbytes':
      return bytesToHex(randbytes(rng, int(args[0] as string)))
    case 'getstate': {
      const [version, internal, gaussNext] = rng.getstate()
      snapshots.push(decodeState(step.result as Record<string, Encoded>))
      return { version, internal, gaussNext }
    }
    case 'setstate':
      rng.setstate(snapshots[args[0] as number])
      return null
    case 'reseed': {
      const seed = args[0] as unknown as EncodedSeed
      rng.seed(decodeSeed(seed), seed.version)
      return null
    }
    case 'uniform':
      return uniform(rng, floats[0], floats[1])
    case 'triangular':
      return triangular(rng, ...(floats as [number?, number?, number?]))
    case 'gauss':
      return gauss(rng, ...(floats as [number?, number?]))
    case 'normalvariate':
      return normalvariate(rng, ...(floats as [number?, number?]))
    case 'lognormvariate':
      return lognormvariate(rng, floats[0], floats[1])
    case 'expovariate':
      return expovariate(rng, floats[0])
    case 'vonmisesvariate':
      return vonmisesvariate(rng, floats[0], floats[1])
    case 'gammavariate':
      return gammavariate(rng, floats[0], floats[1])
    case 'betavariate':
      return betavariate(rng, floats[0], floats[1])
    case 'paretovariate':
      return paretovariate(rng, floats[0])
    case 'weibullvariate':
      return weibullvariate(rng, floats[0], floats[1])
  }
  throw new Error(`unknown op ${step.op}`)
}

function expectClose(value: number | null, want: number | null, where: string): void {
  if (value === null || want === null) expect(value, where).toBe(want)
  else expect(Math.abs(value - want), where).toBeLessThanOrEqual(Math.abs(want) * LIBM_RELATIVE_TOLERANCE)
}

function checkOutcome(step: Step, outcome: unknown, where: string): void {
  if (step.error !== undefined) {
    expect(outcome, where).toEqual({ error: step.error, message: step.message })
    return
  }
  const { result } = outcome as { result: unknown }
  if (LIBM_OPS.has(step.op)) {
    expectClose(result as number, step.result as number, where)
  } else if (step.op === 'getstate') {
    // gauss_next comes out of sin(), which is libm's.
    const [version, internal, gaussNext] = decodeState(step.result as Record<string, Encoded>)
    const actual = result as { version: number; internal: number[]; gaussNext: number | null }
    expect({ version: actual.version, internal: actual.internal }, where).toEqual({ version, internal })
    expectClose(actual.gaussNext, gaussNext, where)
  } else {
    expect(result, where).toEqual(step.result)
  }
}

describe(`random streams recorded from CPython ${fixture.python}`, () => {
  fixture.streams.forEach((stream, streamIndex) => {
    const value = JSON.stringify(stream.seed.value)
    const label = `${stream.seed.kind} ${value.length > 40 ? `${value.slice(0, 37)}...` : value} version ${stream.seed.version}`

    it(`${label}: the first ${stream.words.length / 8} words`, () => {
      const rng = new Random(decodeSeed(stream.seed))
      if (stream.seed.version !== 2) rng.seed(decodeSeed(stream.seed), stream.seed.version)
      const words = hexWords(stream.words).map(() => rng.getrandbits(32))
      expect(words).toEqual(hexWords(stream.words))
    })

    it(`${label}: ${stream.steps.length} interleaved calls`, () => {
      const rng = new Random(decodeSeed(stream.seed))
      if (stream.seed.version !== 2) rng.seed(decodeSeed(stream.seed), stream.seed.version)
      const snapshots: RandomState[] = []
      stream.steps.forEach((step, stepIndex) => {
        const where = `stream ${streamIndex} step ${stepIndex}: ${step.op}(${JSON.stringify(step.args)} ${JSON.stringify(step.kwargs ?? {})})`
        let outcome: unknown
        try {
          outcome = { result: run(rng, step, snapshots) }
        } catch (error) {
          if (!(error instanceof PythonError)) throw error
          outcome = { error: error.type, message: error.message }
        }
        checkOutcome(step, outcome, where)
      })
    })
  })
})
