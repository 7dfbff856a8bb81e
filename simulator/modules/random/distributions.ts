// The real-valued distributions of CPython 3.11 `Lib/random.py`, same formulas in the same order, so that they draw
// the same `random()` values and reject the same candidates. Arguments are Python floats; the binding converts ints
// with `float(x)` first. See float-ops.ts for how far the transcendental results agree with CPython.

import {
  floatDivide,
  floatModulo,
  floatPower,
  mathAcos,
  mathCos,
  mathExp,
  mathLog,
  mathSin,
  mathSqrt,
} from './float-ops'
import { PythonError } from './python-error'
import type { RandomSource } from './random'

// CPython's module constants, as the doubles it computes them to.
const NV_MAGICCONST = 1.7155277699214135 // 4 * exp(-0.5) / sqrt(2.0)
const LOG4 = 1.3862943611198906 // log(4.0)
const SG_MAGICCONST = 2.504077396776274 // 1.0 + log(4.5)
const TWOPI = 6.283185307179586
const PI = 3.141592653589793
const E = 2.718281828459045

export interface GaussState {
  gaussNext: number | null
}

export function uniform(rng: RandomSource, a: number, b: number): number {
  return a + (b - a) * rng.random()
}

// With `mode` given and high == low, CPython catches the ZeroDivisionError and returns `low` itself (an int stays an
// int) after one random(): the value returned here is that `low`.
export function triangular(rng: RandomSource, low = 0.0, high = 1.0, mode: number | null = null): number {
  let u = rng.random()
  let c = 0.5
  if (mode !== null) {
    if (high - low === 0) return low
    c = (mode - low) / (high - low)
  }
  if (u > c) {
    u = 1.0 - u
    c = 1.0 - c
    const swapped = low
    low = high
    high = swapped
  }
  return low + (high - low) * mathSqrt(u * c)
}

// Kinderman–Monahan ratio of uniforms.
export function normalvariate(rng: RandomSource, mu = 0.0, sigma = 1.0): number {
  let z: number
  for (;;) {
    const u1 = rng.random()
    const u2 = 1.0 - rng.random()
    z = (NV_MAGICCONST * (u1 - 0.5)) / u2
    const zz = (z * z) / 4.0
    if (zz <= -mathLog(u2)) break
  }
  return mu + z * sigma
}

// Box–Muller: one call draws two values and keeps the second in `gaussNext` for the next call.
export function gauss(rng: RandomSource & GaussState, mu = 0.0, sigma = 1.0): number {
  let z = rng.gaussNext
  rng.gaussNext = null
  if (z === null) {
    const x2pi = rng.random() * TWOPI
    const g2rad = mathSqrt(-2.0 * mathLog(1.0 - rng.random()))
    z = mathCos(x2pi) * g2rad
    rng.gaussNext = mathSin(x2pi) * g2rad
  }
  return mu + z * sigma
}

export function lognormvariate(rng: RandomSource, mu: number, sigma: number): number {
  return mathExp(normalvariate(rng, mu, sigma))
}

// 1 - random() keeps log away from zero.
export function expovariate(rng: RandomSource, lambd: number): number {
  return floatDivide(-mathLog(1.0 - rng.random()), lambd)
}

export function vonmisesvariate(rng: RandomSource, mu: number, kappa: number): number {
  if (kappa <= 1e-6) return TWOPI * rng.random()
  const s = 0.5 / kappa
  const r = s + mathSqrt(1.0 + s * s)
  let z: number
  for (;;) {
    const u1 = rng.random()
    z = mathCos(PI * u1)
    const d = floatDivide(z, r + z)
    const u2 = rng.random()
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * mathExp(d)) break
  }
  const q = 1.0 / r
  const f = floatDivide(q + z, 1.0 + q * z)
  const u3 = rng.random()
  return u3 > 0.5 ? floatModulo(mu + mathAcos(f), TWOPI) : floatModulo(mu - mathAcos(f), TWOPI)
}

export function gammavariate(rng: RandomSource, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) throw new PythonError('ValueError', 'gammavariate: alpha and beta must be > 0.0')
  if (alpha > 1.0) {
    // R.C.H. Cheng (1977).
    const ainv = mathSqrt(2.0 * alpha - 1.0)
    const bbb = alpha - LOG4
    const ccc = alpha + ainv
    for (;;) {
      const u1 = rng.random()
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue
      const u2 = 1.0 - rng.random()
      const v = mathLog(u1 / (1.0 - u1)) / ainv
      const x = alpha * mathExp(v)
      const z = u1 * u1 * u2
      const r = bbb + ccc * v - x
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= mathLog(z)) return x * beta
    }
  }
  if (alpha === 1.0) return -mathLog(1.0 - rng.random()) * beta
  // Algorithm GS (Kennedy & Gentle) for 0 < alpha < 1.
  let x: number
  for (;;) {
    const u = rng.random()
    const b = (E + alpha) / E
    const p = b * u
    x = p <= 1.0 ? floatPower(p, 1.0 / alpha) : -mathLog((b - p) / alpha)
    const u1 = rng.random()
    if (p > 1.0) {
      if (u1 <= floatPower(x, alpha - 1.0)) break
    } else if (u1 <= mathExp(-x)) {
      break
    }
  }
  return x * beta
}

// Python's `if y:` is true for NaN as well.
export function betavariate(rng: RandomSource, alpha: number, beta: number): number {
  const y = gammavariate(rng, alpha, 1.0)
  if (y !== 0) return y / (y + gammavariate(rng, beta, 1.0))
  return 0.0
}

export function paretovariate(rng: RandomSource, alpha: number): number {
  const u = 1.0 - rng.random()
  return floatPower(u, floatDivide(-1.0, alpha))
}

export function weibullvariate(rng: RandomSource, alpha: number, beta: number): number {
  const u = 1.0 - rng.random()
  return alpha * floatPower(-mathLog(u), floatDivide(1.0, beta))
}
