import { PythonError } from './python-error'

// Python ints as the simulator holds them: a JS number when the value is a safe integer, else a bigint. Every result
// built here is normalised so that a bigint never holds a safe-integer value.

export type PyInt = number | bigint

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)
const MIN_SAFE = -MAX_SAFE

export function normalizeInt(value: bigint): PyInt {
  return value >= MIN_SAFE && value <= MAX_SAFE ? Number(value) : value
}

export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const sum = a + b
    if (Number.isSafeInteger(sum)) return sum
  }
  return normalizeInt(BigInt(a) + BigInt(b))
}

export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const difference = a - b
    if (Number.isSafeInteger(difference)) return difference
  }
  return normalizeInt(BigInt(a) - BigInt(b))
}

export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const product = a * b + 0 // no -0 among ints
    if (Number.isSafeInteger(product)) return product
  }
  return normalizeInt(BigInt(a) * BigInt(b))
}

// Python's `//`: rounds towards negative infinity. Float division is exact enough for |a| < 2**53, as here.
export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') return Math.floor(a / b) + 0
  const bigA = BigInt(a)
  const bigB = BigInt(b)
  const quotient = bigA / bigB
  const truncated = quotient * bigB !== bigA && bigA < 0n !== bigB < 0n
  return normalizeInt(truncated ? quotient - 1n : quotient)
}

export function intAbs(a: PyInt): PyInt {
  return typeof a === 'number' ? Math.abs(a) : a < 0n ? -a : a
}

// `int.bit_length()` of a non-negative int.
export function bitLength(n: PyInt): number {
  if (typeof n === 'number') {
    if (n < 4294967296) return 32 - Math.clz32(n)
    return 64 - Math.clz32(Math.floor(n / 4294967296))
  }
  return n.toString(2).length
}

// Python's `float(int)`: round-half-even, OverflowError instead of infinity.
export function intToFloat(value: PyInt): number {
  if (typeof value === 'number') return value
  const converted = Number(value)
  if (!Number.isFinite(converted)) throw new PythonError('OverflowError', 'int too large to convert to float')
  return converted
}
