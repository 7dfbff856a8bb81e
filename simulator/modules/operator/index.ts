// The operator module: Python's operators as functions, plus itemgetter, attrgetter and methodcaller.
import { arity } from '../../python/builtins/define'
import { BinaryOp, CompareOp, Op } from '../../python/compiler/opcodes'
import { callSpecial, special } from '../../python/runtime/abstract/call'
import { equal, richCompare } from '../../python/runtime/abstract/compare'
import { containsSlow } from '../../python/runtime/abstract/contains'
import { iter, next } from '../../python/runtime/abstract/iter'
import { lengthOf } from '../../python/runtime/abstract/length'
import { asInt, numericBinary } from '../../python/runtime/abstract/numeric'
import { truth } from '../../python/runtime/abstract/truth'
import { typeError, valueError } from '../../python/runtime/errors'
import { callPy, type NativeGen } from '../../python/runtime/native'
import { NotImplemented, type PyValue } from '../../python/runtime/object'
import { typeName } from '../../python/runtime/type-of'
import { pyBool } from '../../python/runtime/types/bool'
import { PyDict } from '../../python/runtime/types/dict'
import { resumable, type PyBuiltin } from '../../python/runtime/types/function'
import { PyModule } from '../../python/runtime/types/module'
import { intNeg } from '../../python/runtime/abstract/int-ops'
import { binaryOp, deleteSubscript, storeSubscript, subscript, unary, unaryFast } from '../../python/vm/slow-ops'
import { indexOf } from '../common/number-args'
import { AttrGetterType, ItemGetterType, MethodCallerType } from './getters'

function noKeywords(name: string, kw: Map<string, PyValue> | null): void {
  if (kw && kw.size) throw typeError(`_operator.${name}() takes no keyword arguments`)
}

function unaryFunction(name: string, body: (x: PyValue) => NativeGen): PyBuiltin {
  return resumable(name, function* (_ts, args, kw) {
    noKeywords(name, kw)
    if (args.length !== 1) throw typeError(`_operator.${name}() takes exactly one argument (${args.length} given)`)
    return yield* body(args[0])
  })
}

function binaryFunction(name: string, body: (a: PyValue, b: PyValue) => NativeGen): PyBuiltin {
  return resumable(name, function* (_ts, args, kw) {
    noKeywords(name, kw)
    arity(name, args, 2)
    return yield* body(args[0], args[1])
  })
}

function* arithmetic(a: PyValue, b: PyValue, op: number): NativeGen {
  return (op < BinaryOp.INPLACE ? numericBinary(a, b, op) : undefined) ?? (yield* binaryOp(a, b, op))
}

/** Sequences in PySequence_Check's sense: what `+` concatenates. */
function isSequence(v: PyValue): boolean {
  return typeof v === 'string' || (!(v instanceof PyDict) && special(v, '__getitem__') !== undefined)
}

function* concat(a: PyValue, b: PyValue, inplace: boolean): NativeGen {
  if (!isSequence(a)) throw typeError(`'${typeName(a)}' object can't be concatenated`)
  return yield* binaryOp(a, b, inplace ? BinaryOp.ADD + BinaryOp.INPLACE : BinaryOp.ADD)
}

function* negate(x: PyValue, op: Op.UNARY_NEGATIVE | Op.UNARY_POSITIVE | Op.UNARY_INVERT): NativeGen {
  return unaryFast(x, op) ?? (yield* unary(x, op))
}

function* absolute(x: PyValue): NativeGen {
  const i = asInt(x)
  if (i !== undefined) return i < 0 ? intNeg(i) : i
  const r = yield* callSpecial(x, '__abs__')
  if (r === undefined) throw typeError(`bad operand type for abs(): '${typeName(x)}'`)
  return r
}

/** countOf and indexOf: the positions where an iterable's items equal `value`. */
function* matches(iterable: PyValue, value: PyValue, first: boolean): NativeGen<number> {
  const it = yield* iter(iterable)
  let count = 0
  for (let i = 0; ; i++) {
    const x = yield* next(it)
    if (x === undefined) return first ? -1 : count
    if (x === value || (yield* equal(x, value))) {
      if (first) return i
      count++
    }
  }
}

const arithmeticOps: [string, BinaryOp][] = [
  ['add', BinaryOp.ADD],
  ['and_', BinaryOp.AND],
  ['floordiv', BinaryOp.FLOOR_DIVIDE],
  ['lshift', BinaryOp.LSHIFT],
  ['matmul', BinaryOp.MATRIX_MULTIPLY],
  ['mod', BinaryOp.REMAINDER],
  ['mul', BinaryOp.MULTIPLY],
  ['or_', BinaryOp.OR],
  ['pow', BinaryOp.POWER],
  ['rshift', BinaryOp.RSHIFT],
  ['sub', BinaryOp.SUBTRACT],
  ['truediv', BinaryOp.TRUE_DIVIDE],
  ['xor', BinaryOp.XOR],
]

const comparisons: [string, CompareOp][] = [
  ['lt', CompareOp.LT],
  ['le', CompareOp.LE],
  ['eq', CompareOp.EQ],
  ['ne', CompareOp.NE],
  ['gt', CompareOp.GT],
  ['ge', CompareOp.GE],
]

function functions(): [string, PyBuiltin][] {
  const table: [string, PyBuiltin][] = []
  for (const [name, op] of arithmeticOps) {
    table.push([name, binaryFunction(name, (a, b) => arithmetic(a, b, op))])
    const iname = `i${name.replace(/_$/, '')}`
    table.push([iname, binaryFunction(iname, (a, b) => arithmetic(a, b, op + BinaryOp.INPLACE))])
  }
  for (const [name, op] of comparisons) table.push([name, binaryFunction(name, (a, b) => richCompare(a, b, op))])
  const inverter = unaryFunction('invert', (x) => negate(x, Op.UNARY_INVERT))
  table.push(
    ['neg', unaryFunction('neg', (x) => negate(x, Op.UNARY_NEGATIVE))],
    ['pos', unaryFunction('pos', (x) => negate(x, Op.UNARY_POSITIVE))],
    ['invert', inverter],
    ['inv', inverter],
    ['abs', unaryFunction('abs', absolute)],
    ['index', unaryFunction('index', indexOf)],
    [
      'not_',
      unaryFunction('not_', function* (x) {
        return pyBool(!(yield* truth(x)))
      }),
    ],
    [
      'truth',
      unaryFunction('truth', function* (x) {
        return pyBool(yield* truth(x))
      }),
    ],
    [
      'is_',
      binaryFunction('is_', function* (a, b) {
        return pyBool(a === b)
      }),
    ],
    [
      'is_not',
      binaryFunction('is_not', function* (a, b) {
        return pyBool(a !== b)
      }),
    ],
    ['concat', binaryFunction('concat', (a, b) => concat(a, b, false))],
    ['iconcat', binaryFunction('iconcat', (a, b) => concat(a, b, true))],
    [
      'contains',
      binaryFunction('contains', function* (a, b) {
        return pyBool(yield* containsSlow(b, a))
      }),
    ],
    [
      'countOf',
      binaryFunction('countOf', function* (a, b) {
        return yield* matches(a, b, false)
      }),
    ],
    [
      'indexOf',
      binaryFunction('indexOf', function* (a, b) {
        const i = yield* matches(a, b, true)
        if (i < 0) throw valueError('sequence.index(x): x not in sequence')
        return i
      }),
    ],
    ['getitem', binaryFunction('getitem', subscript)],
    ['delitem', binaryFunction('delitem', deleteSubscript)],
    [
      'setitem',
      resumable('setitem', function* (_ts, args, kw) {
        noKeywords('setitem', kw)
        arity('setitem', args, 3)
        return yield* storeSubscript(args[0], args[1], args[2])
      }),
    ],
    [
      'length_hint',
      resumable('length_hint', function* (_ts, args, kw) {
        noKeywords('length_hint', kw)
        arity('length_hint', args, 1, 2)
        const n = lengthOf(args[0]) ?? (yield* callSpecial(args[0], '__len__'))
        if (n !== undefined) return n
        const hint = yield* callSpecial(args[0], '__length_hint__')
        if (hint === undefined || hint === NotImplemented) return args[1] ?? 0
        if (asInt(hint) === undefined) throw typeError(`__length_hint__ must be an integer, not ${typeName(hint)}`)
        if (asInt(hint)! < 0) throw valueError('__length_hint__() should return >= 0')
        return hint
      }),
    ],
    [
      'call',
      resumable('call', function* (_ts, args, kw) {
        if (args.length === 0) throw typeError("call() missing required argument 'obj' (pos 1)")
        return yield* callPy(args[0], args.slice(1), kw)
      }),
    ],
  )
  return table
}

const table = functions()

/** operator.__add__ is operator.add, and so on, except for these. */
const withoutDunderAlias = new Set(['countOf', 'indexOf', 'length_hint', 'truth', 'is_', 'is_not'])

export function createOperator(): PyModule {
  const m = new PyModule('operator')
  for (const [name, fn] of table) {
    m.set(name, fn)
    if (!withoutDunderAlias.has(name)) m.set(`__${name.replace(/_$/, '')}__`, fn)
  }
  m.set('itemgetter', ItemGetterType)
  m.set('attrgetter', AttrGetterType)
  m.set('methodcaller', MethodCallerType)
  return m
}
