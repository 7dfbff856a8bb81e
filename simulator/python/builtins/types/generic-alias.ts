// `list[int]` (types.GenericAlias) and `int | None` (types.UnionType): what annotations evaluate to, and what
// isinstance()/issubclass() accept as a union of classes.
import { hashToPython } from '../../hash'
import { hash, hashFast, registerHash } from '../../runtime/abstract/hash'
import { getAttr } from '../../runtime/abstract/attr'
import { equal } from '../../runtime/abstract/compare'
import { registerRepr, registerSlowRepr, repr } from '../../runtime/abstract/repr'
import { typeError } from '../../runtime/errors'
import { callPy, type NativeGen } from '../../runtime/native'
import {
  builtinType,
  Ellipsis,
  None,
  NoneType,
  NotImplemented,
  PyObject,
  PyType,
  TypeType,
  type PyValue,
} from '../../runtime/object'
import { pyBool } from '../../runtime/types/bool'
import { PyGetSet } from '../../runtime/types/descriptors'
import { DictType } from '../../runtime/types/dict'
import { ListType } from '../../runtime/types/list'
import { FrozenSetType, SetType } from '../../runtime/types/set'
import { PyTuple, pyTuple, TupleType } from '../../runtime/types/tuple'
import { classMethod, method, resumableMethod } from '../define'

export const GenericAliasType = builtinType('GenericAlias')
GenericAliasType.module = 'types'
export const UnionType = builtinType('UnionType')
UnionType.module = 'types'

export class PyGenericAlias extends PyObject {
  constructor(
    readonly origin: PyValue,
    readonly args: PyTuple,
  ) {
    super(GenericAliasType)
  }
}

export class PyUnion extends PyObject {
  constructor(readonly args: PyTuple) {
    super(UnionType)
  }
}

/** How ga_repr and union_repr show one argument: classes by qualified name, `...`, None, else repr(). */
function* argRepr(v: PyValue): NativeGen<string> {
  if (v === Ellipsis) return '...'
  if (v === NoneType) return 'None'
  if (v instanceof PyType) {
    return v.module === 'builtins' ? v.qualname : `${v.module}.${v.qualname}`
  }
  return yield* repr(v)
}

/** ga_repr (`dict[str, list[int]]`) and union_repr (`int | None`). */
function* reprOf(v: PyObject): NativeGen<string> {
  const parts: string[] = []
  if (v instanceof PyUnion) {
    for (const x of v.args.items) parts.push(yield* argRepr(x))
    return parts.join(' | ')
  }
  const alias = v as PyGenericAlias
  for (const x of alias.args.items) parts.push(yield* argRepr(x))
  return `${yield* argRepr(alias.origin)}[${parts.length ? parts.join(', ') : '()'}]`
}

function combine(values: PyValue[], mix: (a: number, b: number) => number): number | undefined {
  let h = 0
  for (const v of values) {
    const x = hashFast(v)
    if (x === undefined) return undefined
    h = mix(h, Number(BigInt.asIntN(32, BigInt(hashToPython(x)))))
  }
  return h
}

function isUnionable(v: PyValue): boolean {
  return v === None || v instanceof PyType || v instanceof PyGenericAlias || v instanceof PyUnion
}

/** `a | b` for classes, aliases and unions: the flattened, de-duplicated union (one class stays itself). */
function unionOf(a: PyValue, b: PyValue): PyValue {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented
  const args: PyValue[] = []
  for (const v of [a, b]) {
    const parts = v instanceof PyUnion ? v.args.items : [v === None ? NoneType : v]
    for (const p of parts) if (!args.includes(p)) args.push(p)
  }
  return args.length === 1 ? args[0] : new PyUnion(pyTuple(args))
}

/** isinstance()/issubclass() refuse a parameterized generic (`list[int]`), alone or reached inside a union. */
export function checkNotGeneric(cls: PyValue, fn: string): void {
  if (cls instanceof PyGenericAlias) throw typeError(`${fn}() argument 2 cannot be a parameterized generic`)
}

function install(): void {
  // `type | type`: tp_as_number's nb_or on type.
  method(TypeType, '__or__', (_ts, a) => unionOf(a[0], a[1]))
  method(TypeType, '__ror__', (_ts, a) => unionOf(a[1], a[0]))
  method(NoneType, '__or__', (_ts, a) => unionOf(a[0], a[1]))
  method(NoneType, '__ror__', (_ts, a) => unionOf(a[1], a[0]))
  for (const t of [UnionType, GenericAliasType]) {
    method(t, '__or__', (_ts, a) => unionOf(a[0], a[1]))
    method(t, '__ror__', (_ts, a) => unionOf(a[1], a[0]))
  }

  UnionType.ns.set('__args__', new PyGetSet('__args__', (v) => (v as PyUnion).args))
  UnionType.ns.set('__parameters__', new PyGetSet('__parameters__', () => pyTuple([])))
  resumableMethod(UnionType, '__repr__', (_ts, a) => reprOf(a[0] as PyObject))
  resumableMethod(UnionType, '__eq__', function* (_ts, a) {
    const [x, y] = a
    if (!(y instanceof PyUnion)) return NotImplemented
    const xs = (x as PyUnion).args.items
    const ys = y.args.items
    return pyBool(xs.length === ys.length && xs.every((v) => ys.includes(v)))
  })
  resumableMethod(UnionType, '__hash__', function* (_ts, a) {
    let h = 0
    for (const x of (a[0] as PyUnion).args.items) h ^= Number(yield* hash(x))
    return h
  })

  const ga = (v: PyValue) => v as PyGenericAlias
  GenericAliasType.ns.set('__origin__', new PyGetSet('__origin__', (v) => ga(v).origin))
  GenericAliasType.ns.set('__args__', new PyGetSet('__args__', (v) => ga(v).args))
  GenericAliasType.ns.set('__parameters__', new PyGetSet('__parameters__', () => pyTuple([])))
  resumableMethod(GenericAliasType, '__repr__', (_ts, a) => reprOf(a[0] as PyObject))
  registerRepr((v) => (v instanceof PyGenericAlias || v instanceof PyUnion ? null : undefined))
  // Equal unions (any order) and equal aliases hash alike; their members are classes, hashed natively.
  registerHash((v) => {
    if (v instanceof PyUnion) return combine(v.args.items, (a, b) => a ^ b)
    if (v instanceof PyGenericAlias) return combine([v.origin, v.args], (a, b) => a ^ (b * 31))
    return undefined
  })
  registerSlowRepr(function* (v) {
    return v instanceof PyGenericAlias || v instanceof PyUnion ? yield* reprOf(v) : undefined
  })
  resumableMethod(GenericAliasType, '__call__', function* (_ts, a, kw) {
    return yield* callPy(ga(a[0]).origin, a.slice(1), kw)
  })
  resumableMethod(GenericAliasType, '__eq__', function* (_ts, a) {
    const [x, y] = a
    if (!(y instanceof PyGenericAlias)) return NotImplemented
    return pyBool((yield* equal(ga(x).origin, y.origin)) && (yield* equal(ga(x).args, y.args)))
  })
  resumableMethod(GenericAliasType, '__hash__', function* (_ts, a) {
    return Number(yield* hash(ga(a[0]).origin)) ^ Number(yield* hash(ga(a[0]).args))
  })
  method(GenericAliasType, '__mro_entries__', (_ts, a) => pyTuple([ga(a[0]).origin]))
  // Anything else is the origin's (ga_getattro): list[int].append is list.append.
  resumableMethod(GenericAliasType, '__getattr__', function* (_ts, a) {
    return yield* getAttr(ga(a[0]).origin, a[1] as string)
  })

  // `type[int]` too: only type's own MRO holds it, so other classes stay unsubscriptable.
  for (const t of [ListType, DictType, TupleType, SetType, FrozenSetType, TypeType]) {
    classMethod(t, '__class_getitem__', (_ts, a) => genericAlias(a[0], a[1]))
  }
}

/** `origin[args]`: a tuple subscript gives several arguments. */
export function genericAlias(origin: PyValue, args: PyValue): PyGenericAlias {
  return new PyGenericAlias(origin, args instanceof PyTuple ? args : pyTuple([args]))
}

install()
