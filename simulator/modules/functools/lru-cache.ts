// functools' `_lru_cache_wrapper`: the memoizing callable behind lru_cache and cache. Like CPython's C wrapper it
// adds no Python frame to a call; recency is the order of the cache dict's entries (oldest first).
import { method, resumableMethod } from '../../python/builtins/define'
import { dictSet, findSlot } from '../../python/runtime/abstract/dict-ops'
import { asInt } from '../../python/runtime/abstract/numeric'
import { typeError } from '../../python/runtime/errors'
import { callPy, type KwArgs, type NativeGen } from '../../python/runtime/native'
import { None, ObjectType, PyObject, PyType, TypeType, type PyValue } from '../../python/runtime/object'
import { typeOf } from '../../python/runtime/type-of'
import { PyDict } from '../../python/runtime/types/dict'
import { PyBoundMethod } from '../../python/runtime/types/function'
import { pyTuple } from '../../python/runtime/types/tuple'
import { truth } from '../../python/runtime/abstract/truth'
import { unpackTuple } from '../common/call-args'

/**
 * Not a built-in type in the VM's sense: a type whose instances bind as methods through their `__get__`
 * (the VM runs `__get__` only for such types), as the C wrapper does.
 */
export const LruCacheWrapperType = new PyType(TypeType, '_lru_cache_wrapper', [ObjectType], false, (cls) => {
  const obj = new PyObject(cls)
  obj.attrs = new Map()
  return obj
})
LruCacheWrapperType.mro = [LruCacheWrapperType, ObjectType]
LruCacheWrapperType.module = 'functools'

/** Separates positional from keyword arguments in a key. */
const keywordMark = new PyObject(ObjectType)

class LruCacheWrapper extends PyObject {
  readonly cache = new PyDict()
  hits = 0
  misses = 0
  constructor(
    readonly func: PyValue,
    /** null when unbounded. */
    readonly maxsize: number | null,
    readonly typed: boolean,
    readonly cacheInfoType: PyValue,
  ) {
    super(LruCacheWrapperType)
    this.attrs = new Map()
  }
}

/** The cache key of a call: a lone int or str argument stands for itself, else a tuple of everything. */
function makeKey(args: PyValue[], kw: KwArgs | null, typed: boolean): PyValue {
  if (!typed && !kw?.size) {
    const only = args[0]
    if (args.length === 1 && (typeof only === 'number' || typeof only === 'bigint' || typeof only === 'string')) {
      return only
    }
    return pyTuple(args)
  }
  const items = [...args]
  if (kw?.size) {
    items.push(keywordMark)
    for (const [k, v] of kw) items.push(k, v)
  }
  if (typed) {
    for (const a of args) items.push(typeOf(a))
    for (const v of kw?.values() ?? []) items.push(typeOf(v))
  }
  return pyTuple(items)
}

function* cachedCall(w: LruCacheWrapper, args: PyValue[], kw: KwArgs | null): NativeGen {
  if (w.maxsize === 0) {
    w.misses++
    return yield* callPy(w.func, args, kw)
  }
  const cache = w.cache
  const key = makeKey(args, kw, w.typed)
  const slot = yield* findSlot(cache, key, false)
  if (slot !== undefined && cache.map.has(slot)) {
    const hit = cache.map.get(slot)!
    if (w.maxsize !== null) {
      // Most recently used goes last.
      cache.map.delete(slot)
      cache.map.set(slot, hit)
    }
    w.hits++
    return hit
  }
  w.misses++
  const result = yield* callPy(w.func, args, kw)
  if (w.maxsize !== null) {
    // A recursive call may have cached this key meanwhile; the newer entry stays.
    const again = yield* findSlot(cache, key, false)
    if (again !== undefined && cache.map.has(again)) return result
    if (cache.size >= w.maxsize) cache.deleteCanonical(cache.canonicalKeys().next().value)
  }
  yield* dictSet(cache, key, result)
  return result
}

const self = (v: PyValue) => v as LruCacheWrapper

resumableMethod(LruCacheWrapperType, '__new__', (_ts, a) => newWrapper(a.slice(1)))
resumableMethod(LruCacheWrapperType, '__call__', (_ts, a, kw) => cachedCall(self(a[0]), a.slice(1), kw))
method(LruCacheWrapperType, '__get__', (_ts, a) =>
  a[1] === None || a[1] === undefined ? a[0] : new PyBoundMethod(a[0], a[1]),
)
resumableMethod(LruCacheWrapperType, 'cache_info', function* (_ts, a) {
  const w = self(a[0])
  return yield* callPy(w.cacheInfoType, [w.hits, w.misses, w.maxsize ?? None, w.cache.size])
})
method(LruCacheWrapperType, 'cache_clear', (_ts, a) => {
  const w = self(a[0])
  w.cache.clear()
  w.hits = 0
  w.misses = 0
  return None
})
for (const name of ['__copy__', '__deepcopy__']) method(LruCacheWrapperType, name, (_ts, a) => a[0])

/** `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`. */
function* newWrapper(args: PyValue[]): NativeGen {
  unpackTuple('_lru_cache_wrapper', args, 4, 4)
  const [func, maxsize, typed, cacheInfoType] = args
  let bound: number | null = null
  if (maxsize !== None) {
    const n = asInt(maxsize)
    if (n === undefined) throw typeError('maxsize should be integer or None')
    bound = Math.max(0, Number(n))
  }
  return new LruCacheWrapper(func, bound, yield* truth(typed), cacheInfoType)
}
