// functools.cmp_to_key: wraps values so that comparing the wrappers calls an old-style cmp function.
import { resumableMethod } from '../../python/builtins/define'
import { CompareOp } from '../../python/compiler/opcodes'
import { richCompare } from '../../python/runtime/abstract/compare'
import { typeError } from '../../python/runtime/errors'
import { callPy } from '../../python/runtime/native'
import { None, plainAlloc, PyObject, type PyValue } from '../../python/runtime/object'
import { PyGetSet } from '../../python/runtime/types/descriptors'
import { native } from '../../python/runtime/types/function'
import { bindArguments } from '../common/call-args'
import { moduleType } from '../common/module-type'

const KeyWrapperType = moduleType('functools', 'KeyWrapper', undefined, plainAlloc)

class KeyWrapper extends PyObject {
  constructor(
    readonly cmp: PyValue,
    /** The wrapped value; undefined for the callable that cmp_to_key returns. */
    readonly value: PyValue | undefined,
  ) {
    super(KeyWrapperType)
  }
}

resumableMethod(KeyWrapperType, '__call__', function* (_ts, a, kw) {
  const [obj] = bindArguments({ name: 'K', positional: ['obj'], required: 1 }, a.slice(1), kw)
  return new KeyWrapper((a[0] as KeyWrapper).cmp, obj)
})
KeyWrapperType.ns.set('obj', new PyGetSet('obj', (v) => (v as KeyWrapper).value ?? None))
KeyWrapperType.ns.set('__hash__', None)

const comparisons: [string, CompareOp][] = [
  ['__lt__', CompareOp.LT],
  ['__le__', CompareOp.LE],
  ['__eq__', CompareOp.EQ],
  ['__ne__', CompareOp.NE],
  ['__gt__', CompareOp.GT],
  ['__ge__', CompareOp.GE],
]
for (const [name, op] of comparisons) {
  resumableMethod(KeyWrapperType, name, function* (_ts, a) {
    const [x, y] = a
    if (!(y instanceof KeyWrapper)) throw typeError('other argument must be K instance')
    const own = x as KeyWrapper
    const r = yield* callPy(own.cmp, [own.value ?? None, y.value ?? None])
    return yield* richCompare(r, 0, op)
  })
}

export const cmpToKey = native('cmp_to_key', (_ts, a, kw) => {
  const [mycmp] = bindArguments({ name: 'cmp_to_key', positional: ['mycmp'], required: 1 }, a, kw)
  return new KeyWrapper(mycmp!, undefined)
})
