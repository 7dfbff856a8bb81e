import { describe, expect, it } from 'vitest'
import { programOutput, raised, type ProgramCase } from '../test-support/run-python'
import { frexp, ldexp, nextafter, ulp } from './float-bits'
import { ExactSum } from './fsum'
import { comb, factorial, gcd, isqrt, lcm, perm } from './integer-functions'
import { vectorNorm } from './vector-norm'

// Expected values are CPython 3.11's.
describe('float bits', () => {
  it('splits and scales like frexp and ldexp', () => {
    expect(frexp(2 ** -1074)).toEqual([0.5, -1073])
    expect(frexp(0.1)).toEqual([0.8, -3])
    expect(ldexp(1.5, 1023)).toBe(1.348269851146737e308)
    expect(ldexp(1, -1075)).toBe(0)
    expect(ldexp(3, -1075)).toBe(1e-323)
    expect(ldexp(1, 1024)).toBe(Infinity)
  })

  it('steps to neighbouring doubles', () => {
    expect(nextafter(1, 0)).toBe(0.9999999999999999)
    expect(ulp(1e308)).toBe(1.99584030953472e292)
  })
})

describe('fsum', () => {
  const total = (values: number[]) => {
    const sum = new ExactSum()
    for (const v of values) sum.add(v)
    return sum.total()
  }

  it('is exact, then correctly rounded', () => {
    expect(total(Array(10).fill(0.1))).toBe(1)
    expect(total([1e100, 1, -1e100])).toBe(1)
    expect(total([1e-16, 1, 1e16])).toBe(1.0000000000000002e16)
    expect(total([1, 1e-16, 1e-16])).toBe(1.0000000000000002)
  })

  it('reports overflow and opposite infinities', () => {
    expect(raised(() => total([1e308, 1e308]))).toBe('OverflowError: intermediate overflow in fsum')
    expect(raised(() => total([Infinity, -Infinity]))).toBe('ValueError: -inf + inf in fsum')
    expect(total([NaN, 1])).toBeNaN()
  })
})

describe('vector norm', () => {
  it('matches hypot to the last bit', () => {
    expect(vectorNorm([1.5, 2.5], 2.5, false)).toBe(2.9154759474226504)
    expect(vectorNorm([0.1, 0.2], 0.2, false)).toBe(0.223606797749979)
    expect(vectorNorm([3e-310, 4e-310], 4e-310, false)).toBe(5e-310)
    expect(vectorNorm([1e300, 1e300], 1e300, false)).toBe(1.4142135623730952e300)
  })
})

describe('integer functions', () => {
  it('computes exact results', () => {
    expect(isqrt(2n ** 106n - 1n)).toBe(9007199254740991)
    expect(isqrt(10n ** 50n)).toBe(10n ** 25n)
    expect(isqrt(99)).toBe(9)
    expect(comb(60, 30)).toBe(118264581564861424n)
    expect(perm(20, 20)).toBe(2432902008176640000n)
    expect(factorial(25)).toBe(15511210043330985984000000n)
    expect(lcm(21, 6)).toBe(42)
    expect(gcd(2n ** 80n, 2n ** 70n * 3n)).toBe(1180591620717411303424n)
  })
})

const programs: ProgramCase[] = [
  {
    name: 'conversions through __index__ and __float__',
    source: `import math
class I:
    def __index__(self): return 7
class F:
    def __float__(self): return 2.25
print(math.factorial(I()), math.isqrt(I()), math.sqrt(F()), math.floor(F()), math.gcd(I(), 21))
class R:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
print(math.floor(R()), math.ceil(R()), math.trunc(R()))
`,
    output: `5040 2 1.5 2 7
floor! ceil! trunc!
`,
  },
  {
    name: 'exact sums and big integers',
    source: `import math
print(math.fsum([1e-16, 1, 1e16]), math.fsum([0.1] * 100), math.fsum([1e308, 1e308, -1e308]) if False else math.fsum([2**-1074, 1.0, -1.0]))
print(math.fsum(range(10)), math.fsum([]), math.fsum([math.inf, 1.0]), math.fsum([math.nan, math.inf]))
print(math.comb(100, 50), math.perm(30, 10), math.factorial(30), math.isqrt(2**200 + 12345))
print(math.lcm(2**70, 3**40, 10), math.gcd(2**100 * 3, 6**40), math.gcd(-12, -18), math.prod(range(1, 21)))
print(math.log(10**500), math.log2(2**3000), math.log10(10**700), math.log(2**1100, 2))
`,
    output: `1.0000000000000002e+16 10.0 5e-324
45.0 0.0 inf nan
100891344545564193334812497256 109027350432000 265252859812191058636308480000000 1267650600228229401496703205376
71766189842240549344861111084718877573120 3298534883328 6 2432902008176640000
1151.2925464970226 3000.0 700.0 1100.0
`,
  },
  {
    name: 'hypot and dist accuracy',
    source: `import math
print(math.hypot(1.5, 2.5, 3.5), math.hypot(*[0.1] * 10), math.hypot(1e-320, 1e-321), math.hypot(-3))
print(math.dist([1.1, 2.2], [3.3, -4.4]), math.dist((1, 2, 3), [4, 5, 6]), math.hypot(math.inf, math.nan))
`,
    output: `4.55521678957215 0.31622776601683794 1.005e-320 3.0
6.957010852370435 5.196152422706632 inf
`,
  },
  {
    name: 'float helpers',
    source: `import math
print(math.frexp(1e-310), math.ldexp(0.5, -1073), math.ldexp(-3.0, 2), math.modf(-2.5), math.copysign(0.0, -1))
print(math.fmod(-10, 3), math.fmod(7.5, -2), math.nextafter(0.0, -1.0), math.ulp(2.0**60), math.isclose(1e-10, 0))
print(math.pow(-2, 3), math.pow(2, -1074), math.pow(math.inf, -2), math.pow(1, math.nan), math.pow(-1, math.inf))
print(math.atan2(-0.0, -1.0), math.degrees(1), math.radians(45), math.exp(1e-10), math.expm1(1e-10))
`,
    output: `(0.5752618031559393, -1029) 5e-324 -12.0 (-0.5, -2.0) -0.0
-1.0 1.5 -5e-324 256.0 False
-8.0 5e-324 0.0 1.0 1.0
-3.141592653589793 57.29577951308232 0.7853981633974483 1.0000000001 1.00000000005e-10
`,
  },
  {
    name: 'argument errors',
    source: `import math
for f in [lambda: math.sqrt(), lambda: math.pow(1), lambda: math.log(), lambda: math.perm(1, 2, 3),
          lambda: math.isclose(1), lambda: math.prod(), lambda: math.sqrt(x=1), lambda: math.ldexp(1, 1.5),
          lambda: math.dist([1], [1, 2]), lambda: math.factorial(-1), lambda: math.perm(-1),
          lambda: math.comb(1, 'a'), lambda: math.isclose(1, 1, abs_tol=-1), lambda: math.sqrt(10**400),
          lambda: math.exp(800), lambda: math.log(-0.5), lambda: math.trunc([]), lambda: math.fsum([1e308, 1e308])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
`,
    output: `TypeError math.sqrt() takes exactly one argument (0 given)
TypeError pow expected 2 arguments, got 1
TypeError math.log requires 1 to 2 arguments
TypeError perm expected at most 2 arguments, got 3
TypeError isclose() missing required argument 'b' (pos 2)
TypeError prod() takes exactly 1 positional argument (0 given)
TypeError math.sqrt() takes no keyword arguments
TypeError Expected an int as second argument to ldexp.
ValueError both points must have the same number of dimensions
ValueError factorial() not defined for negative values
ValueError factorial() not defined for negative values
TypeError 'str' object cannot be interpreted as an integer
ValueError tolerances must be non-negative
OverflowError int too large to convert to float
OverflowError math range error
ValueError math domain error
TypeError type list doesn't define __trunc__ method
OverflowError intermediate overflow in fsum
`,
  },
]

describe('math programs', () => {
  it.each(programs)('$name', ({ source, output }) => {
    expect(programOutput(source)).toBe(output)
  })
})
