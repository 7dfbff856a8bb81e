import { expect } from 'vitest'
import { PythonError } from '../python-error'

// Asserts that `call` raises the Python exception `type` with exactly `message`.
export function expectRaises(call: () => unknown, type: string, message: string): void {
  let raised: unknown = null
  try {
    call()
  } catch (error) {
    raised = error
  }
  expect(raised).toBeInstanceOf(PythonError)
  const { type: actualType, message: actualMessage } = raised as PythonError
  expect({ type: actualType, message: actualMessage }).toEqual({ type, message })
}
