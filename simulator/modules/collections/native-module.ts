// _collections: the native half of collections (deque, defaultdict, OrderedDict and namedtuple's helpers).
import { PyModule } from '../../python/runtime/types/module'
import type { Interpreter } from '../../python/vm/interpreter'
import { countElements } from './count-elements'
import { DefaultDictType } from './defaultdict'
import { DequeType } from './deque'
import { callerModule, isIdentifier, makeTupleNew, tupleGetter } from './namedtuple-support'
import { OrderedDictType } from './ordered-dict'

export function createNativeCollections(interp: Interpreter): PyModule {
  const m = new PyModule('_collections')
  m.set('deque', DequeType)
  m.set('defaultdict', DefaultDictType)
  m.set('OrderedDict', OrderedDictType)
  m.set('_count_elements', countElements)
  m.set('_tuplegetter', tupleGetter)
  m.set('_make_tuple_new', makeTupleNew(interp))
  m.set('_caller_module', callerModule)
  m.set('_isidentifier', isIdentifier)
  return m
}
