import { doubleToString } from './double-to-string'

// repr(float) and str(float): shortest round-trip digits, positional for 1e-4 <= |x| < 1e16, else scientific.
export function floatRepr(x: number): string {
  const magnitude = x < 0 ? -x : x
  // In this range the engine's shortest text is already positional and has the same digits as CPython's.
  if (magnitude >= 1e-4 && magnitude < 1e16) {
    const text = String(x)
    return text.includes('.') ? text : text + '.0'
  }
  return doubleToString(x, 'r', 0, { addDot0: true })
}
