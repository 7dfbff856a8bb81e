// operator.itemgetter, attrgetter and methodcaller: callable objects that fetch items, attributes or call methods.
import { method, resumableMethod } from '../../python/builtins/define'
import { getAttr } from '../../python/runtime/abstract/attr'
import { typeError } from '../../python/runtime/errors'
import { callPy, type KwArgs, type NativeGen } from '../../python/runtime/native'
import { plainAlloc, PyObject, type PyType, type PyValue } from '../../python/runtime/object'
import { pyTuple } from '../../python/runtime/types/tuple'
import { subscript } from '../../python/vm/slow-ops'
import { unpackTuple } from '../common/call-args'
import { moduleType } from '../common/module-type'
import { registerNativeRepr, type ItemRepr } from '../common/native-repr'

export const ItemGetterType = moduleType('operator', 'itemgetter', undefined, plainAlloc)
export const AttrGetterType = moduleType('operator', 'attrgetter', undefined, plainAlloc)
export const MethodCallerType = moduleType('operator', 'methodcaller', undefined, plainAlloc)

abstract class Getter extends PyObject {
  abstract call(obj: PyValue): NativeGen
  abstract reprArgs(item: ItemRepr): NativeGen<string[]>
}

class ItemGetter extends Getter {
  constructor(
    readonly items: PyValue[],
    cls: PyType,
  ) {
    super(cls)
  }

  *call(obj: PyValue): NativeGen {
    if (this.items.length === 1) return yield* subscript(obj, this.items[0])
    const out: PyValue[] = []
    for (const item of this.items) out.push(yield* subscript(obj, item))
    return pyTuple(out)
  }

  *reprArgs(item: ItemRepr): NativeGen<string[]> {
    const parts: string[] = []
    for (const x of this.items) parts.push(yield* item(x))
    return parts
  }
}

class AttrGetter extends Getter {
  constructor(
    readonly names: string[],
    cls: PyType,
  ) {
    super(cls)
  }

  *call(obj: PyValue): NativeGen {
    if (this.names.length === 1) return yield* dotted(obj, this.names[0])
    const out: PyValue[] = []
    for (const name of this.names) out.push(yield* dotted(obj, name))
    return pyTuple(out)
  }

  *reprArgs(item: ItemRepr): NativeGen<string[]> {
    const parts: string[] = []
    for (const name of this.names) parts.push(yield* item(name))
    return parts
  }
}

/** `getattr` along a dotted path: attrgetter('a.b')(x) is x.a.b. */
function* dotted(obj: PyValue, path: string): NativeGen {
  let v = obj
  for (const name of path.split('.')) v = yield* getAttr(v, name)
  return v
}

class MethodCaller extends Getter {
  constructor(
    readonly name: string,
    readonly args: PyValue[],
    readonly kw: KwArgs | null,
    cls: PyType,
  ) {
    super(cls)
  }

  *call(obj: PyValue): NativeGen {
    return yield* callPy(yield* getAttr(obj, this.name), this.args, this.kw)
  }

  *reprArgs(item: ItemRepr): NativeGen<string[]> {
    const parts = [yield* item(this.name)]
    for (const a of this.args) parts.push(yield* item(a))
    for (const [k, v] of this.kw ?? []) parts.push(`${k}=${yield* item(v)}`)
    return parts
  }
}

function install(type: PyType, create: (cls: PyType, args: PyValue[], kw: KwArgs | null) => Getter): void {
  method(type, '__new__', (_ts, a, kw) => create(a[0] as PyType, a.slice(1), kw))
  resumableMethod(type, '__call__', function* (_ts, a, kw) {
    if (kw && kw.size) throw typeError(`${type.qualname}() takes no keyword arguments`)
    unpackTuple(type.qualname, a.slice(1), 1, 1)
    return yield* (a[0] as Getter).call(a[1])
  })
  const reprOf = registerNativeRepr(
    (v): v is Getter => v instanceof Getter && v.cls.isSubtypeOf(type),
    function* (v, item) {
      const args = yield* v.reprArgs(item)
      return `${v.cls.name}(${args.join(', ')})`
    },
  )
  resumableMethod(type, '__repr__', (_ts, a) => reprOf(a[0] as Getter))
}

install(ItemGetterType, (cls, args, kw) => {
  if (kw && kw.size) throw typeError('itemgetter() takes no keyword arguments')
  if (args.length === 0) throw typeError('itemgetter expected 1 argument, got 0')
  return new ItemGetter(args, cls)
})

install(AttrGetterType, (cls, args, kw) => {
  if (kw && kw.size) throw typeError('attrgetter() takes no keyword arguments')
  if (args.length === 0) throw typeError('attrgetter expected 1 argument, got 0')
  for (const a of args) if (typeof a !== 'string') throw typeError('attribute name must be a string')
  return new AttrGetter(args as string[], cls)
})

install(MethodCallerType, (cls, args, kw) => {
  if (args.length === 0) throw typeError('methodcaller needs at least one argument, the method name')
  if (typeof args[0] !== 'string') throw typeError('method name must be a string')
  return new MethodCaller(args[0], args.slice(1), kw && kw.size ? new Map(kw) : null, cls)
})
