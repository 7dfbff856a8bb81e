// What collections.namedtuple needs from native code: a `__new__` with the fields as its parameters (compiled,
// as CPython compiles it with eval), read-only field descriptors, and the calling module's name.
import { attributeError, indexError, typeError } from '../../python/runtime/errors'
import { RequestKind } from '../../python/runtime/native'
import type { PyValue } from '../../python/runtime/object'
import { pyBool } from '../../python/runtime/types/bool'
import { PyGetSet } from '../../python/runtime/types/descriptors'
import { PyDict } from '../../python/runtime/types/dict'
import { PyBaseException } from '../../python/runtime/types/exceptions'
import { native, PyFunction, resumable } from '../../python/runtime/types/function'
import { PyTuple, TupleType } from '../../python/runtime/types/tuple'
import type { Interpreter } from '../../python/vm/interpreter'
import { unpackTuple } from '../common/call-args'

/** `_make_tuple_new(typename, 'x, y')`: `lambda _cls, x, y: tuple.__new__(_cls, (x, y))`. */
export function makeTupleNew(interp: Interpreter) {
  return resumable('_make_tuple_new', function* (_ts, args) {
    unpackTuple('_make_tuple_new', args, 2, 2)
    const [typename, argList] = args
    if (typeof typename !== 'string' || typeof argList !== 'string') throw typeError('expected str arguments')
    const code = interp.compile(`_new = lambda _cls, ${argList}: _tuple_new(_cls, (${argList}))\n`, '<string>')
    if (code instanceof PyBaseException) throw code
    const namespace = new PyDict()
    namespace.setStr('__name__', `namedtuple_${typename}`)
    namespace.setStr('_tuple_new', TupleType.ns.get('__new__')!)
    const body = new PyFunction(code, namespace, [], null, null)
    yield { kind: RequestKind.CALL, callable: body, args: [], kw: null, locals: namespace }
    return namespace.getStr('_new')!
  })
}

/** `_tuplegetter(index, doc)`: the read-only descriptor of field `index`. */
export const tupleGetter = native('_tuplegetter', (_ts, args) => {
  unpackTuple('_tuplegetter', args, 2, 2)
  const index = args[0] as number
  return new PyGetSet(
    '',
    (obj) => {
      if (!(obj instanceof PyTuple))
        throw typeError(`descriptor for index '${index}' for tuple subclasses doesn't apply`)
      const v = obj.items[index]
      if (v === undefined) throw indexError('tuple index out of range')
      return v
    },
    (obj, v) => {
      throw attributeError(obj, '', v === undefined ? "can't delete attribute" : "can't set attribute")
    },
  )
})

/** `_caller_module()`: the `__name__` of the module whose code called the function calling this. */
export const callerModule = native('_caller_module', (ts) => {
  let frame = ts.frame
  let pythonFrames = 0
  while (frame !== null) {
    if (frame.kind === 'python' && ++pythonFrames === 2) break
    frame = frame.back
  }
  const name: PyValue | undefined = frame?.kind === 'python' ? frame.globals.getStr('__name__') : undefined
  return name ?? '__main__'
})

/** str.isidentifier: a Unicode identifier as the language defines it. */
export const isIdentifier = native('_isidentifier', (_ts, args) => {
  unpackTuple('_isidentifier', args, 1, 1)
  const s = args[0]
  return pyBool(typeof s === 'string' && /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(s))
})
