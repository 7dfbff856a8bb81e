// hypot(x, y) as glibc (2.35+) computes it, which is what CPython's abs(complex) calls on Linux: the rounded
// sqrt(x*x + y*y) corrected by one Newton-like step that recovers the squares' rounding errors (C. F. Borges,
// "An Improved Algorithm for hypot(a, b)", 2019, without fused multiply-add), with scaling away from overflow and
// underflow. It is not always correctly rounded, and the engine's Math.hypot rounds differently still.

const SCALE = 2 ** -600
const LARGE = 2 ** 511
const TINY = 2 ** -459
const EPSILON = 2 ** -54

/** For ax >= ay >= 0 whose squares neither overflow nor underflow. */
function kernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay)
  let t1: number
  let t2: number
  if (h <= 2 * ay) {
    const delta = h - ay
    t1 = ax * (2 * delta - ax)
    t2 = (delta - 2 * (ax - ay)) * delta
  } else {
    const delta = h - ax
    t1 = 2 * delta * (ax - 2 * ay)
    t2 = (4 * delta - ay) * ay + delta * delta
  }
  h -= (t1 + t2) / (2 * h)
  return h
}

export function hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    return Math.abs(x) === Infinity || Math.abs(y) === Infinity ? Infinity : NaN
  }
  const ax = Math.max(Math.abs(x), Math.abs(y))
  const ay = Math.min(Math.abs(x), Math.abs(y))
  if (ax > LARGE) {
    if (ay <= ax * EPSILON) return ax + ay
    return kernel(ax * SCALE, ay * SCALE) / SCALE
  }
  if (ay < TINY) {
    if (ax >= ay / EPSILON) return ax + ay
    return kernel(ax / SCALE, ay / SCALE) * SCALE
  }
  if (ay <= ax * EPSILON) return ax + ay
  return kernel(ax, ay)
}
