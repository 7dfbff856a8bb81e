import { describe, expect, it } from 'vitest'
import { floatDivide, floatModulo, floatPower, mathAcos, mathCos, mathExp, mathLog, mathSqrt } from './float-ops'
import { expectRaises } from './test-support/raises'

describe('Python float semantics', () => {
  it('division and modulo by zero raise', () => {
    expectRaises(() => floatDivide(1, 0), 'ZeroDivisionError', 'float division by zero')
    expectRaises(() => floatDivide(NaN, -0), 'ZeroDivisionError', 'float division by zero')
    expectRaises(() => floatModulo(1, 0), 'ZeroDivisionError', 'float modulo')
  })

  it('modulo takes the sign of the divisor', () => {
    expect(floatModulo(5.5, -2)).toBe(-0.5)
    expect(floatModulo(-5.5, 2)).toBe(0.5)
    expect(Object.is(floatModulo(0, -2), -0)).toBe(true)
    expect(Object.is(floatModulo(-4, 2), 0)).toBe(true)
  })

  it('power follows float_pow for the special cases', () => {
    expect(floatPower(1, NaN)).toBe(1)
    expect(floatPower(1, Infinity)).toBe(1)
    expect(floatPower(NaN, 0)).toBe(1)
    expect(floatPower(0.5, Infinity)).toBe(0)
    expect(floatPower(2, -Infinity)).toBe(0)
    expect(Object.is(floatPower(-0, 3), -0)).toBe(true)
    expect(Object.is(floatPower(-0, 2.5), 0)).toBe(true)
    expectRaises(() => floatPower(0, -1), 'ZeroDivisionError', '0.0 cannot be raised to a negative power')
    expectRaises(() => floatPower(10, 400), 'OverflowError', "(34, 'Numerical result out of range')")
    expect(floatPower(10, -400)).toBe(0)
  })

  it('math functions raise domain and range errors', () => {
    expectRaises(() => mathLog(0), 'ValueError', 'math domain error')
    expectRaises(() => mathLog(-1), 'ValueError', 'math domain error')
    expect(mathLog(Infinity)).toBe(Infinity)
    expect(mathLog(NaN)).toBeNaN()
    expectRaises(() => mathExp(1000), 'OverflowError', 'math range error')
    expect(mathExp(-1000)).toBe(0)
    expect(mathExp(Infinity)).toBe(Infinity)
    expectRaises(() => mathSqrt(-1), 'ValueError', 'math domain error')
    expect(Object.is(mathSqrt(-0), -0)).toBe(true)
    expectRaises(() => mathCos(Infinity), 'ValueError', 'math domain error')
    expectRaises(() => mathAcos(1.0000000000000002), 'ValueError', 'math domain error')
  })
})
