// mappingproxy: the read-only view of a class's namespace that `C.__dict__` and `vars(C)` return.
import { repr, registerRepr, registerSlowRepr, str } from '../../runtime/abstract/repr'
import { callPy } from '../../runtime/native'
import { builtinType, plainAlloc, PyObject, type PyType, type PyValue } from '../../runtime/object'
import { DictType, PyDict } from '../../runtime/types/dict'
import { resumableMethod } from '../define'

export const MappingProxyType = builtinType('mappingproxy', undefined, plainAlloc)

export class PyMappingProxy extends PyObject {
  constructor(readonly mapping: PyDict) {
    super(MappingProxyType)
  }
}

const proxies = new WeakMap<PyType, PyMappingProxy>()

/** `C.__dict__`: one proxy per class, over a dict sharing the class's namespace map. */
export function classNamespace(t: PyType): PyMappingProxy {
  let proxy = proxies.get(t)
  if (proxy === undefined) {
    proxy = new PyMappingProxy(new PyDict(undefined, t.ns as Map<unknown, PyValue>))
    proxies.set(t, proxy)
  }
  return proxy
}

// Reading goes to the dict's own methods; a proxy has no way to change the mapping.
const readers = ['__getitem__', '__contains__', '__iter__', '__len__', '__reversed__', 'get', 'keys', 'values', 'items']
for (const name of [...readers, 'copy', '__eq__', '__ne__', '__or__', '__ror__']) {
  resumableMethod(MappingProxyType, name, function* (_ts, a, kw) {
    return yield* callPy(DictType.lookup(name)!, [(a[0] as PyMappingProxy).mapping, ...a.slice(1)], kw)
  })
}
resumableMethod(MappingProxyType, '__str__', function* (_ts, a) {
  return yield* str((a[0] as PyMappingProxy).mapping)
})
resumableMethod(MappingProxyType, '__repr__', function* (_ts, a) {
  return `mappingproxy(${yield* repr((a[0] as PyMappingProxy).mapping)})`
})
registerRepr((v, item) => {
  if (!(v instanceof PyMappingProxy)) return undefined
  const inner = item(v.mapping)
  return inner === undefined ? null : `mappingproxy(${inner})`
})
registerSlowRepr(function* (v, item) {
  return v instanceof PyMappingProxy ? `mappingproxy(${yield* item(v.mapping)})` : undefined
})
