// The itertools module: lazy iterators that work on infinite sources.
import { PyModule } from '../../python/runtime/types/module'
import { CombinationsType, CombinationsWithReplacementType, PermutationsType, ProductType } from './combinatorics'
import { AccumulateType, ChainType, PairwiseType, StarMapType, ZipLongestType } from './combining'
import { CompressType, DropWhileType, FilterFalseType, ISliceType, TakeWhileType } from './filtering'
import { GroupByType } from './groupby'
import { CountType, CycleType, RepeatType } from './infinite'
import { tee, TeeType } from './tee'

const types = [
  AccumulateType,
  ChainType,
  CombinationsType,
  CombinationsWithReplacementType,
  CompressType,
  CountType,
  CycleType,
  DropWhileType,
  FilterFalseType,
  GroupByType,
  ISliceType,
  PairwiseType,
  PermutationsType,
  ProductType,
  RepeatType,
  StarMapType,
  TakeWhileType,
  ZipLongestType,
]

export function createItertools(): PyModule {
  const m = new PyModule('itertools')
  for (const t of types) m.set(t.qualname, t)
  m.set('tee', tee)
  m.set('_tee', TeeType)
  return m
}
