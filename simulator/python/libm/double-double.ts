// Double-double arithmetic: a value as an unevaluated sum hi + lo of two doubles (|lo| <= ulp(hi) / 2), good to
// about 106 bits. The building block for results that must round like a correctly rounded libm.

export interface DD {
  readonly hi: number
  readonly lo: number
}

const SPLITTER = 134217729 // 2**27 + 1

export function dd(hi: number, lo = 0): DD {
  return { hi, lo }
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b
  return { hi: s, lo: b - (s - a) }
}

export function twoSum(a: number, b: number): DD {
  const s = a + b
  const bb = s - a
  return { hi: s, lo: a - (s - bb) + (b - bb) }
}

/** The exact product a * b as a double-double (Dekker's split; the engine has no fused multiply-add). */
export function twoProduct(a: number, b: number): DD {
  const p = a * b
  let t = SPLITTER * a
  const ah = t - (t - a)
  const al = a - ah
  t = SPLITTER * b
  const bh = t - (t - b)
  const bl = b - bh
  return { hi: p, lo: ah * bh - p + ah * bl + al * bh + al * bl }
}

export function add(a: DD, b: DD): DD {
  const s = twoSum(a.hi, b.hi)
  const t = twoSum(a.lo, b.lo)
  const u = quickTwoSum(s.hi, s.lo + t.hi)
  return quickTwoSum(u.hi, u.lo + t.lo)
}

export function sub(a: DD, b: DD): DD {
  return add(a, { hi: -b.hi, lo: -b.lo })
}

export function mul(a: DD, b: DD): DD {
  const p = twoProduct(a.hi, b.hi)
  return quickTwoSum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi))
}

export function mulNumber(a: DD, b: number): DD {
  const p = twoProduct(a.hi, b)
  return quickTwoSum(p.hi, p.lo + a.lo * b)
}

export function div(a: DD, b: DD): DD {
  const q1 = a.hi / b.hi
  let r = sub(a, mulNumber(b, q1))
  const q2 = r.hi / b.hi
  r = sub(r, mulNumber(b, q2))
  const q3 = r.hi / b.hi
  return add(quickTwoSum(q1, q2), { hi: q3, lo: 0 })
}

export function divNumber(a: DD, b: number): DD {
  const q1 = a.hi / b
  const p = twoProduct(q1, b)
  const q2 = (a.hi - p.hi - p.lo + a.lo) / b
  return quickTwoSum(q1, q2)
}

/** ln 2 to double-double precision. */
export const LN2: DD = { hi: 0.6931471805599453, lo: 2.3190468138462996e-17 }
