// _functools: the native half of functools.
import { PyModule } from '../../python/runtime/types/module'
import { cmpToKey } from './cmp-to-key'
import { LruCacheWrapperType } from './lru-cache'
import { PartialType } from './partial'
import { reduce } from './reduce'

export function createNativeFunctools(): PyModule {
  const m = new PyModule('_functools')
  m.set('partial', PartialType)
  m.set('reduce', reduce)
  m.set('cmp_to_key', cmpToKey)
  m.set('_lru_cache_wrapper', LruCacheWrapperType)
  return m
}
