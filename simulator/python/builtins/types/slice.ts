// slice objects: construction, indices() and comparisons (Objects/sliceobject.c).
import { CompareOp } from '../../compiler/opcodes'
import { asIndex } from '../../runtime/abstract/as-index'
import { richCompare } from '../../runtime/abstract/compare'
import { registerHash } from '../../runtime/abstract/hash'
import { longSliceIndices } from '../../runtime/abstract/range-ops'
import { valueError } from '../../runtime/errors'
import { None, NotImplemented, type PyValue } from '../../runtime/object'
import { PyGetSet } from '../../runtime/types/descriptors'
import { normalizeInt } from '../../runtime/types/range'
import { PySlice, SliceType } from '../../runtime/types/slice'
import { PyTuple } from '../../runtime/types/tuple'
import { arity, method, noKeywords, resumableMethod } from '../define'

const compareNames: [string, CompareOp][] = [
  ['__lt__', CompareOp.LT],
  ['__le__', CompareOp.LE],
  ['__eq__', CompareOp.EQ],
  ['__ne__', CompareOp.NE],
  ['__gt__', CompareOp.GT],
  ['__ge__', CompareOp.GE],
]

function parts(s: PySlice): PyTuple {
  return new PyTuple([s.start, s.stop, s.step])
}

export function installSlice(): void {
  const self = (v: PyValue) => v as PySlice
  method(SliceType, '__new__', (_ts, a, kw) => {
    noKeywords('slice', kw)
    arity('slice', a, 1, 3, 1)
    if (a.length === 2) return new PySlice(None, a[1], None)
    return new PySlice(a[1], a[2], a[3] ?? None)
  })
  for (const name of ['start', 'stop', 'step'] as const) {
    SliceType.ns.set(name, new PyGetSet(name, (v) => self(v)[name]))
  }
  resumableMethod(SliceType, 'indices', function* (_ts, a) {
    arity('slice.indices', a, 1, 1, 1)
    const length = yield* asIndex(a[1])
    if (length < 0) throw valueError('length should not be negative')
    return new PyTuple(longSliceIndices(self(a[0]), length).map(normalizeInt))
  })
  // Slices compare as (start, stop, step) tuples would.
  for (const [name, op] of compareNames) {
    resumableMethod(SliceType, name, function* (_ts, a) {
      if (!(a[1] instanceof PySlice)) return NotImplemented
      return yield* richCompare(parts(self(a[0])), parts(a[1]), op)
    })
  }
  SliceType.ns.set('__hash__', None)
  registerHash((v) => (v instanceof PySlice ? null : undefined))
}
