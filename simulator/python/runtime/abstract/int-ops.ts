// Arbitrary-precision int arithmetic on our representation: a JS number while the value is a safe integer,
// else a bigint. Every result is normalised, so a bigint never holds a safe-integer value.
import { scaledToDouble } from '../../format/scaled-double'
import { overflowError, valueError, zeroDivisionError } from '../errors'

export type PyInt = number | bigint

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER)
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)

export function normInt(b: bigint): PyInt {
  return b >= MIN_SAFE && b <= MAX_SAFE ? Number(b) : b
}

export function big(a: PyInt): bigint {
  return typeof a === 'bigint' ? a : BigInt(a)
}

export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b
    if (Number.isSafeInteger(r)) return r
  }
  return normInt(big(a) + big(b))
}

export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b
    if (Number.isSafeInteger(r)) return r
  }
  return normInt(big(a) - big(b))
}

export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r
  }
  return normInt(big(a) * big(b))
}

/** Below 2**52 in magnitude, a quotient guessed by float division is off by at most one and `q * b` is exact. */
const EXACT_QUOTIENT = 2 ** 52

function exactQuotient(a: number, b: number): boolean {
  return a < EXACT_QUOTIENT && a > -EXACT_QUOTIENT && b < EXACT_QUOTIENT && b > -EXACT_QUOTIENT
}

/** Python's modulo of two safe integers, b nonzero: the result takes the divisor's sign. */
function numberMod(a: number, b: number): number {
  let r: number
  if (exactQuotient(a, b)) {
    // JS `%` on numbers beyond 31 bits is a call to C fmod, many times slower than this.
    r = a - Math.floor(a / b) * b
    if (b > 0 ? r < 0 : r > 0) r += b
  } else {
    r = a % b
    if (r !== 0 && r < 0 !== b < 0) r += b
  }
  return r === 0 ? 0 : r
}

/** Python's modulo: the result takes the divisor's sign. */
export function intMod(a: PyInt, b: PyInt): PyInt {
  if (b === 0) throw zeroDivisionError('integer modulo by zero')
  if (typeof a === 'number' && typeof b === 'number') return numberMod(a, b)
  const bb = big(b)
  let r = big(a) % bb
  if (r !== 0n && r < 0n !== bb < 0n) r += bb
  return normInt(r)
}

export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  if (b === 0) throw zeroDivisionError('integer division or modulo by zero')
  // Beyond the shortcut's range `a - r` may not be a safe integer: bigints then.
  if (typeof a === 'number' && typeof b === 'number' && exactQuotient(a, b)) {
    const q = (a - numberMod(a, b)) / b
    return q === 0 ? 0 : q
  }
  const ab = big(a)
  const bb = big(b)
  let q = ab / bb
  if (ab % bb !== 0n && ab < 0n !== bb < 0n) q -= 1n
  return normInt(q)
}

export function intNeg(a: PyInt): PyInt {
  if (typeof a === 'number') return a === 0 ? 0 : -a
  return normInt(-a)
}

export function intAbs(a: PyInt): PyInt {
  if (typeof a === 'number') return Math.abs(a)
  return a < 0n ? normInt(-a) : a
}

export function intInvert(a: PyInt): PyInt {
  return intSub(intNeg(a), 1)
}

/** Non-negative exponent only; negative exponents produce floats and are the caller's business. */
export function intPow(a: PyInt, b: PyInt): PyInt {
  if (typeof b === 'bigint') {
    if (a === 0 || a === 1) return a
    if (a === -1) return big(b) % 2n === 0n ? 1 : -1
    throw overflowError('exponent too large')
  }
  if (typeof a === 'number') {
    let result = 1
    let base = a
    let e = b
    while (e > 0) {
      if (e & 1) {
        const r = result * base
        if (!Number.isSafeInteger(r)) return normInt(big(a) ** BigInt(b))
        result = r
      }
      e = Math.floor(e / 2)
      if (e > 0) {
        const sq = base * base
        if (!Number.isSafeInteger(sq)) return normInt(big(a) ** BigInt(b))
        base = sq
      }
    }
    return result
  }
  return normInt(a ** BigInt(b))
}

export function intPowMod(a: PyInt, b: PyInt, m: PyInt): PyInt {
  if (m === 0) throw valueError('pow() 3rd argument cannot be 0')
  let base = big(a)
  let e = big(b)
  const mod = big(m)
  const absMod = mod < 0n ? -mod : mod
  if (e < 0n) {
    base = modInverse(base, absMod)
    e = -e
  }
  let result = 1n % absMod
  base = ((base % absMod) + absMod) % absMod
  while (e > 0n) {
    if (e & 1n) result = (result * base) % absMod
    base = (base * base) % absMod
    e >>= 1n
  }
  if (mod < 0n && result !== 0n) result += mod
  return normInt(result)
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m]
  let [oldS, s] = [1n, 0n]
  while (r !== 0n) {
    const q = oldR / r
    ;[oldR, r] = [r, oldR - q * r]
    ;[oldS, s] = [s, oldS - q * s]
  }
  if (oldR !== 1n) throw valueError('base is not invertible for the given modulus')
  return ((oldS % m) + m) % m
}

export function intLShift(a: PyInt, b: PyInt): PyInt {
  if (b < 0) throw valueError('negative shift count')
  if (typeof a === 'number' && typeof b === 'number' && b < 53) {
    const r = a * 2 ** b
    if (Number.isSafeInteger(r)) return r
  }
  if (typeof b === 'bigint') {
    if (a === 0) return 0
    throw overflowError('too many digits in integer')
  }
  return normInt(big(a) << BigInt(b))
}

export function intRShift(a: PyInt, b: PyInt): PyInt {
  if (b < 0) throw valueError('negative shift count')
  if (typeof b === 'bigint') return a < 0 ? -1 : 0
  if (typeof a === 'number') {
    if (b >= 64) return a < 0 ? -1 : 0
    const r = Math.floor(a / 2 ** b)
    return r === 0 ? 0 : r
  }
  return normInt(a >> BigInt(b))
}

function isInt32(a: PyInt): a is number {
  return typeof a === 'number' && (a | 0) === a
}

export function intAnd(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a & b
  return normInt(big(a) & big(b))
}

export function intOr(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a | b
  return normInt(big(a) | big(b))
}

export function intXor(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a ^ b
  return normInt(big(a) ^ big(b))
}

export function intToFloat(a: PyInt): number {
  if (typeof a === 'number') return a
  const f = Number(a)
  if (!Number.isFinite(f)) throw overflowError('int too large to convert to float')
  return f
}

/** int / int, correctly rounded (exact for safe integers because both convert exactly). */
export function intTrueDiv(a: PyInt, b: PyInt): number {
  if (b === 0) throw zeroDivisionError('division by zero')
  if (typeof a === 'number' && typeof b === 'number') return a / b
  const fa = Number(a)
  const fb = Number(b)
  if (Number.isFinite(fa) && Number.isFinite(fb) && Math.abs(fa) < 2 ** 53 && Math.abs(fb) < 2 ** 53) return fa / fb
  return bigTrueDiv(big(a), big(b))
}

/** Division of big ints rounded once to the nearest double: a quotient of at least 55 bits plus a sticky remainder. */
function bigTrueDiv(a: bigint, b: bigint): number {
  const negative = a < 0n !== b < 0n
  let n = a < 0n ? -a : a
  let d = b < 0n ? -b : b
  const shift = d.toString(2).length - n.toString(2).length + 55
  if (shift > 0) n <<= BigInt(shift)
  else d <<= BigInt(-shift)
  const result = scaledToDouble(n / d, -shift, n % d !== 0n)
  if (result === Infinity) throw overflowError('integer division result too large for a float')
  return negative ? -result : result
}

export function intBitLength(a: PyInt): number {
  const b = big(a)
  return b === 0n ? 0 : (b < 0n ? -b : b).toString(2).length
}
