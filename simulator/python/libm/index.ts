// The C library functions CPython's number types call, where the engine's Math functions round differently.
export { hypot } from './hypot'
export { correctlyRoundedPow, pow } from './pow'
