// The math module: CPython 3.11's functions, constants and error messages over JavaScript doubles and bigints.
import { BinaryOp } from '../../python/compiler/opcodes'
import { arity } from '../../python/builtins/define'
import { callSpecial, special } from '../../python/runtime/abstract/call'
import { intToFloat, type PyInt } from '../../python/runtime/abstract/int-ops'
import { iter, next, toArray } from '../../python/runtime/abstract/iter'
import { asInt, numericBinary } from '../../python/runtime/abstract/numeric'
import { overflowError, typeError, valueError, zeroDivisionError } from '../../python/runtime/errors'
import type { KwArgs, NativeGen } from '../../python/runtime/native'
import { None, type PyValue } from '../../python/runtime/object'
import { typeName } from '../../python/runtime/type-of'
import { pyBool } from '../../python/runtime/types/bool'
import { PyFloat } from '../../python/runtime/types/float'
import { resumable, type PyBuiltin } from '../../python/runtime/types/function'
import { PyModule } from '../../python/runtime/types/module'
import { PyTuple, pyTuple } from '../../python/runtime/types/tuple'
import { binaryOp } from '../../python/vm/slow-ops'
import { floatToIntExact } from '../../python/format'
import { bindArguments } from '../common/call-args'
import { indexOf, realOf } from '../common/number-args'
import { copysign, frexp, nextafter, ulp } from './float-bits'
import { ExactSum } from './fsum'
import { comb, factorial, gcd, intFrexp, isqrt, lcm, perm } from './integer-functions'
import { domainError, fmod, isclose, ldexpChecked, libm1, libm2, modf, pow, unaryFunctions } from './real-functions'
import { vectorNorm } from './vector-norm'

const LONG_MAX = 9223372036854775807n

function noKeywords(name: string, kw: KwArgs | null): void {
  if (kw && kw.size) throw typeError(`math.${name}() takes no keyword arguments`)
}

/** A METH_O function: `math.name() takes exactly one argument (n given)`. */
function unary(name: string, body: (x: PyValue) => NativeGen): PyBuiltin {
  return resumable(name, function* (_ts, args, kw) {
    noKeywords(name, kw)
    if (args.length !== 1) throw typeError(`math.${name}() takes exactly one argument (${args.length} given)`)
    return yield* body(args[0])
  })
}

/** A positional-only function checked like `name expected 2 arguments, got 1`. */
function positional(name: string, min: number, max: number, body: (args: PyValue[]) => NativeGen): PyBuiltin {
  return resumable(name, function* (_ts, args, kw) {
    noKeywords(name, kw)
    arity(name, args, min, max)
    return yield* body(args)
  })
}

function variadic(name: string, body: (args: PyValue[]) => NativeGen): PyBuiltin {
  return resumable(name, function* (_ts, args, kw) {
    noKeywords(name, kw)
    return yield* body(args)
  })
}

const float = (x: number) => new PyFloat(x)

/** floor/ceil: exact floats directly, else the type's `__floor__`/`__ceil__`, else the value as a float. */
function rounding(name: 'floor' | 'ceil', round: (x: number) => number): PyBuiltin {
  return unary(name, function* (x) {
    if (!(x instanceof PyFloat && x.cls.builtin)) {
      const r = yield* callSpecial(x, `__${name}__`)
      if (r !== undefined) return r
    }
    return floatToIntExact(round(yield* realOf(x)))
  })
}

/** log, log2 and log10: ints of any size by their binary exponent, other values as floats. */
function* logOf(x: PyValue, f: (x: number) => number): NativeGen<number> {
  const i = asInt(x)
  if (i === undefined) return libm1(f, yield* realOf(x), false)
  if (i <= 0) throw domainError()
  if (typeof i === 'number' || Number.isFinite(Number(i))) return f(intToFloat(i))
  const [m, e] = intFrexp(i)
  return f(m) + f(2) * e
}

function* fsum(iterable: PyValue): NativeGen {
  const it = yield* iter(iterable)
  const sum = new ExactSum()
  for (;;) {
    const v = yield* next(it)
    if (v === undefined) return float(sum.total())
    sum.add(yield* realOf(v))
  }
}

function* multiply(a: PyValue, b: PyValue): NativeGen {
  return numericBinary(a, b, BinaryOp.MULTIPLY) ?? (yield* binaryOp(a, b, BinaryOp.MULTIPLY))
}

const prod = resumable('prod', function* (_ts, args, kw) {
  let start: PyValue = 1
  for (const [k, v] of kw ?? []) {
    if (k !== 'start') throw typeError(`'${k}' is an invalid keyword argument for prod()`)
    start = v
  }
  if (args.length !== 1) throw typeError(`prod() takes exactly 1 positional argument (${args.length} given)`)
  const it = yield* iter(args[0])
  let result = start
  for (;;) {
    const v = yield* next(it)
    if (v === undefined) return result
    result = yield* multiply(result, v)
  }
})

const isCloseFn = resumable('isclose', function* (_ts, args, kw) {
  const [a, b, relTol, absTol] = bindArguments(
    { name: 'isclose', positional: ['a', 'b'], required: 2, keywordOnly: ['rel_tol', 'abs_tol'] },
    args,
    kw,
  )
  const x = yield* realOf(a!)
  const y = yield* realOf(b!)
  const rel = relTol === undefined ? 1e-9 : yield* realOf(relTol)
  const abs = absTol === undefined ? 0 : yield* realOf(absTol)
  return pyBool(isclose(x, y, rel, abs))
})

/** Non-negative ints for comb and perm, with their shared messages. */
function* naturals(n: PyValue, k: PyValue): NativeGen<[PyInt, PyInt]> {
  const ni = yield* indexOf(n)
  const ki = yield* indexOf(k)
  if (ni < 0) throw valueError('n must be a non-negative integer')
  if (ki < 0) throw valueError('k must be a non-negative integer')
  return [ni, ki]
}

function* factorialOf(x: PyValue): NativeGen {
  const n = yield* indexOf(x)
  if (n > LONG_MAX) throw overflowError(`factorial() argument should not exceed ${LONG_MAX}`)
  if (n < 0) throw valueError('factorial() not defined for negative values')
  return factorial(Number(n))
}

/** The Euclidean norm of absolute values. */
function norm(values: number[]): number {
  const max = values.reduce((a, b) => (b > a ? b : a), 0)
  return vectorNorm(values, max, values.some(Number.isNaN))
}

function* pointOf(v: PyValue): NativeGen<PyValue[]> {
  return v instanceof PyTuple ? v.items : yield* toArray(v)
}

function functions(): [string, PyValue][] {
  const table: [string, PyValue][] = unaryFunctions.map(([name, f, canOverflow]) => [
    name,
    unary(name, function* (x) {
      return float(libm1(f, yield* realOf(x), canOverflow))
    }),
  ])
  const realToReal = (name: string, f: (x: number) => number) =>
    table.push([
      name,
      unary(name, function* (x) {
        return float(f(yield* realOf(x)))
      }),
    ])
  const realTest = (name: string, test: (x: number) => boolean) =>
    table.push([
      name,
      unary(name, function* (x) {
        return pyBool(test(yield* realOf(x)))
      }),
    ])
  realToReal('degrees', (x) => x * (180 / Math.PI))
  realToReal('radians', (x) => x * (Math.PI / 180))
  realToReal('ulp', ulp)
  realTest('isfinite', Number.isFinite)
  realTest('isinf', (x) => Math.abs(x) === Infinity)
  realTest('isnan', Number.isNaN)
  table.push(
    ['floor', rounding('floor', Math.floor)],
    ['ceil', rounding('ceil', Math.ceil)],
    [
      'trunc',
      unary('trunc', function* (x) {
        if (x instanceof PyFloat && x.cls.builtin) return floatToIntExact(x.value)
        if (special(x, '__trunc__') === undefined)
          throw typeError(`type ${typeName(x)} doesn't define __trunc__ method`)
        return (yield* callSpecial(x, '__trunc__'))!
      }),
    ],
    [
      'frexp',
      unary('frexp', function* (x) {
        const [m, e] = frexp(yield* realOf(x))
        return pyTuple([float(m), e])
      }),
    ],
    [
      'modf',
      unary('modf', function* (x) {
        return pyTuple(modf(yield* realOf(x)).map(float))
      }),
    ],
    ['factorial', unary('factorial', factorialOf)],
    [
      'isqrt',
      unary('isqrt', function* (x) {
        const n = yield* indexOf(x)
        if (n < 0) throw valueError('isqrt() argument must be nonnegative')
        return isqrt(n)
      }),
    ],
    ['fsum', unary('fsum', fsum)],
    [
      'log',
      resumable('log', function* (_ts, args, kw) {
        noKeywords('log', kw)
        if (args.length < 1 || args.length > 2) throw typeError('math.log requires 1 to 2 arguments')
        const num = yield* logOf(args[0], Math.log)
        if (args.length === 1) return float(num)
        const den = yield* logOf(args[1], Math.log)
        if (den === 0) throw zeroDivisionError('float division by zero')
        return float(num / den)
      }),
    ],
    [
      'log2',
      unary('log2', function* (x) {
        return float(yield* logOf(x, Math.log2))
      }),
    ],
    [
      'log10',
      unary('log10', function* (x) {
        return float(yield* logOf(x, Math.log10))
      }),
    ],
    ['atan2', twoReals('atan2', (y, x) => libm2(Math.atan2, y, x))],
    ['copysign', twoReals('copysign', (x, y) => libm2(copysign, x, y))],
    ['fmod', twoReals('fmod', fmod)],
    ['pow', twoReals('pow', pow)],
    ['nextafter', twoReals('nextafter', nextafter)],
    [
      'ldexp',
      positional('ldexp', 2, 2, function* ([x, i]) {
        const v = yield* realOf(x)
        const e = asInt(i)
        if (e === undefined) throw typeError('Expected an int as second argument to ldexp.')
        return float(ldexpChecked(v, Math.max(-1e6, Math.min(1e6, Number(e)))))
      }),
    ],
    [
      'gcd',
      variadic('gcd', function* (args) {
        let r: PyInt = 0
        for (const a of args) r = gcd(r, yield* indexOf(a))
        return r
      }),
    ],
    [
      'lcm',
      variadic('lcm', function* (args) {
        let r: PyInt = 1
        for (const a of args) r = lcm(r, yield* indexOf(a))
        return r
      }),
    ],
    [
      'comb',
      positional('comb', 2, 2, function* ([n, k]) {
        const [ni, ki] = yield* naturals(n, k)
        return ki > ni ? 0 : comb(ni, ki)
      }),
    ],
    [
      'perm',
      positional('perm', 1, 2, function* ([n, k]) {
        if (k === undefined || k === None) return yield* factorialOf(n)
        const [ni, ki] = yield* naturals(n, k)
        return ki > ni ? 0 : perm(ni, ki)
      }),
    ],
    ['prod', prod],
    ['isclose', isCloseFn],
    [
      'hypot',
      variadic('hypot', function* (args) {
        const values: number[] = []
        for (const a of args) values.push(Math.abs(yield* realOf(a)))
        return float(norm(values))
      }),
    ],
    [
      'dist',
      positional('dist', 2, 2, function* ([p, q]) {
        const ps = yield* pointOf(p)
        const qs = yield* pointOf(q)
        if (ps.length !== qs.length) throw valueError('both points must have the same number of dimensions')
        const diffs: number[] = []
        for (let i = 0; i < ps.length; i++) diffs.push(Math.abs((yield* realOf(ps[i])) - (yield* realOf(qs[i]))))
        return float(norm(diffs))
      }),
    ],
  )
  return table
}

function twoReals(name: string, f: (x: number, y: number) => number): PyBuiltin {
  return positional(name, 2, 2, function* ([x, y]) {
    const a = yield* realOf(x)
    const b = yield* realOf(y)
    return float(f(a, b))
  })
}

const table = functions()

export function createMath(): PyModule {
  const m = new PyModule('math')
  for (const [name, value] of table) m.set(name, value)
  m.set('pi', float(Math.PI))
  m.set('e', float(Math.E))
  m.set('tau', float(2 * Math.PI))
  m.set('inf', float(Infinity))
  m.set('nan', float(NaN))
  return m
}
