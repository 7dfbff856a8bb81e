// functools.partial: a callable that calls `func` with some arguments already given.
import { method, resumableMethod } from '../../python/builtins/define'
import { typeError } from '../../python/runtime/errors'
import { callPy, type KwArgs } from '../../python/runtime/native'
import { PyObject, type PyType, type PyValue } from '../../python/runtime/object'
import { PyGetSet } from '../../python/runtime/types/descriptors'
import { dictFromStrMap } from '../../python/runtime/types/dict'
import { pyTuple } from '../../python/runtime/types/tuple'
import { isCallable } from '../common/callable'
import { moduleType } from '../common/module-type'
import { registerNativeRepr } from '../common/native-repr'

export class PyPartial extends PyObject {
  constructor(
    readonly func: PyValue,
    readonly args: PyValue[],
    readonly keywords: KwArgs,
    cls: PyType,
  ) {
    super(cls)
    this.attrs = new Map()
  }
}

export const PartialType = moduleType(
  'functools',
  'partial',
  undefined,
  (cls) => new PyPartial(cls, [], new Map(), cls),
)
const self = (v: PyValue) => v as PyPartial

method(PartialType, '__new__', (_ts, a, kw) => {
  const cls = a[0] as PyType
  if (a.length < 2) throw typeError("type 'partial' takes at least one argument")
  let func = a[1]
  let args = a.slice(2)
  let keywords: KwArgs = new Map(kw ?? [])
  if (!isCallable(func)) throw typeError('the first argument must be callable')
  // A partial of a partial (without attributes of its own) is flattened into one.
  if (func instanceof PyPartial && func.attrs!.size === 0) {
    args = [...func.args, ...args]
    keywords = new Map([...func.keywords, ...keywords])
    func = func.func
  }
  return new PyPartial(func, args, keywords, cls)
})

resumableMethod(PartialType, '__call__', function* (_ts, a, kw) {
  const p = self(a[0])
  const keywords = kw && kw.size ? new Map([...p.keywords, ...kw]) : p.keywords
  return yield* callPy(p.func, [...p.args, ...a.slice(1)], keywords.size ? keywords : null)
})

PartialType.ns.set('func', new PyGetSet('func', (v) => self(v).func))
PartialType.ns.set('args', new PyGetSet('args', (v) => pyTuple(self(v).args)))
PartialType.ns.set('keywords', new PyGetSet('keywords', (v) => dictFromStrMap(self(v).keywords)))

const partialRepr = registerNativeRepr(
  (v): v is PyPartial => v instanceof PyPartial,
  function* (p, item) {
    const parts = [yield* item(p.func)]
    for (const x of p.args) parts.push(yield* item(x))
    for (const [k, v] of p.keywords) parts.push(`${k}=${yield* item(v)}`)
    return `${p.cls.name}(${parts.join(', ')})`
  },
)
resumableMethod(PartialType, '__repr__', (_ts, a) => partialRepr(self(a[0])))
