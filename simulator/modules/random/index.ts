// The core of CPython 3.11's `random` module over the simulator's JS values; the Python-visible module is bound on top.

export { choiceIndex, choicesIndices, accumulate, bisectRight, type ChoicesOptions, type PyReal } from './choice'
export {
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
  type GaussState,
} from './distributions'
export { hashFloat } from './float-hash'
export {
  INTEGRAL_FLOAT_WARNING,
  NON_INTEGER_FLOAT_WARNING,
  integralFloatArgument,
  randint,
  randrange,
  type RandrangeArgument,
} from './integers'
export { MersenneTwister } from './mt19937'
export { PythonError, type PythonErrorType } from './python-error'
export type { PyInt } from './python-int'
export { randbytes } from './randbytes'
export { Random, type RandomSource, type RandomState } from './random'
export { sampleIndices, sampleIndicesWithCounts } from './sample'
export { noneSeedEntropy, seedTwister, type SeedValue } from './seed'
export { sha512 } from './sha512'
export { shuffle, shuffleSwaps } from './shuffle'
