// CPython 3.11's list sort (listsort.txt): natural runs, binary insertion up to minrun, powersort merge order and
// galloping merges. User `__lt__` methods see exactly the comparisons CPython makes, in the same order, so programs
// that print from `__lt__` or raise part-way leave the same trace and the same partially sorted list.
import type { NativeGen } from '../runtime/native'
import type { PyValue } from '../runtime/object'

/** `a < b` through Python when needed. */
export type LessThan = (a: PyValue, b: PyValue) => NativeGen<boolean>

const MIN_GALLOP = 7

interface Run {
  base: number
  len: number
  power: number
}

/**
 * Sorts `keys` ascending in place and permutes `values` (when given) in step; `reverse` sorts descending while
 * keeping equal keys in their original order. If a comparison raises, the arrays are left as a permutation of the
 * input, as CPython leaves the list.
 */
export function* sortInPlace(
  keys: PyValue[],
  values: PyValue[] | null,
  reverse: boolean,
  lt: LessThan,
): NativeGen<void> {
  if (keys.length < 2) return
  if (reverse) flip(keys, values, 0, keys.length)
  try {
    yield* new MergeState(keys, values, lt).sort()
  } finally {
    if (reverse) flip(keys, values, 0, keys.length)
  }
}

function flip(keys: PyValue[], values: PyValue[] | null, lo: number, hi: number): void {
  for (let i = lo, j = hi - 1; i < j; i++, j--) {
    ;[keys[i], keys[j]] = [keys[j], keys[i]]
    if (values) [values[i], values[j]] = [values[j], values[i]]
  }
}

/** The run length below which runs are extended by binary insertion: in [32, 64] for n >= 64. */
function minRun(n: number): number {
  let r = 0
  while (n >= 64) {
    r |= n & 1
    n >>= 1
  }
  return n + r
}

/** Powersort's node level of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2) in a list of n. */
function powerLoop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0
  let a = 2 * s1 + n1
  let b = a + n1 + n2
  for (;;) {
    result++
    if (a >= n) {
      a -= n
      b -= n
    } else if (b >= n) {
      break
    }
    a *= 2
    b *= 2
  }
  return result
}

class MergeState {
  private minGallop = MIN_GALLOP
  private readonly pending: Run[] = []

  constructor(
    private readonly keys: PyValue[],
    private readonly values: PyValue[] | null,
    private readonly lt: LessThan,
  ) {}

  *sort(): NativeGen<void> {
    const n = this.keys.length
    const minrun = minRun(n)
    let lo = 0
    let remaining = n
    while (remaining > 0) {
      const [runLength, descending] = yield* this.countRun(lo, lo + remaining)
      if (descending) flip(this.keys, this.values, lo, lo + runLength)
      let len = runLength
      if (len < minrun) {
        const force = Math.min(remaining, minrun)
        yield* this.binarySort(lo, lo + force, lo + len)
        len = force
      }
      yield* this.foundNewRun(len)
      this.pending.push({ base: lo, len, power: 0 })
      lo += len
      remaining -= len
    }
    yield* this.forceCollapse()
  }

  private copy(dst: number, src: number): void {
    this.keys[dst] = this.keys[src]
    if (this.values) this.values[dst] = this.values[src]
  }

  /** Length of the run starting at lo, and whether it is strictly descending (3.11's count_run). */
  private *countRun(lo: number, hi: number): NativeGen<[number, boolean]> {
    const k = this.keys
    if (lo + 1 === hi) return [1, false]
    let n = 2
    let p = lo + 2
    if (yield* this.lt(k[lo + 1], k[lo])) {
      for (; p < hi; p++, n++) if (!(yield* this.lt(k[p], k[p - 1]))) break
      return [n, true]
    }
    for (; p < hi; p++, n++) if (yield* this.lt(k[p], k[p - 1])) break
    return [n, false]
  }

  /** Stable binary insertion of [start, hi) into the sorted [lo, start). */
  private *binarySort(lo: number, hi: number, start: number): NativeGen<void> {
    const k = this.keys
    const v = this.values
    if (start === lo) start++
    for (; start < hi; start++) {
      let l = lo
      let r = start
      const pivot = k[r]
      do {
        const p = l + ((r - l) >> 1)
        if (yield* this.lt(pivot, k[p])) r = p
        else l = p + 1
      } while (l < r)
      k.copyWithin(l + 1, l, start)
      k[l] = pivot
      if (v) {
        const vp = v[start]
        v.copyWithin(l + 1, l, start)
        v[l] = vp
      }
    }
  }

  private *foundNewRun(n2: number): NativeGen<void> {
    const p = this.pending
    if (p.length === 0) return
    const last = p[p.length - 1]
    const power = powerLoop(last.base, last.len, n2, this.keys.length)
    while (p.length > 1 && p[p.length - 2].power > power) yield* this.mergeAt(p.length - 2)
    p[p.length - 1].power = power
  }

  private *forceCollapse(): NativeGen<void> {
    const p = this.pending
    while (p.length > 1) {
      let n = p.length - 2
      if (n > 0 && p[n - 1].len < p[n + 1].len) n--
      yield* this.mergeAt(n)
    }
  }

  private *mergeAt(i: number): NativeGen<void> {
    const p = this.pending
    let baseA = p[i].base
    let na = p[i].len
    const baseB = p[i + 1].base
    let nb = p[i + 1].len
    p[i].len = na + nb
    p.splice(i + 1, 1)
    const k = yield* this.gallopRight(this.keys[baseB], this.keys, baseA, na, 0)
    baseA += k
    na -= k
    if (na === 0) return
    nb = yield* this.gallopLeft(this.keys[baseA + na - 1], this.keys, baseB, nb, nb - 1)
    if (nb <= 0) return
    if (na <= nb) yield* this.mergeLo(baseA, na, baseB, nb)
    else yield* this.mergeHi(baseA, na, baseB, nb)
  }

  /** Where `key` belongs in the sorted a[base, base+n): left of any equal elements. */
  private *gallopLeft(key: PyValue, a: PyValue[], base: number, n: number, hint: number): NativeGen<number> {
    let lastofs = 0
    let ofs = 1
    if (yield* this.lt(a[base + hint], key)) {
      const maxofs = n - hint
      while (ofs < maxofs) {
        if (yield* this.lt(a[base + hint + ofs], key)) {
          lastofs = ofs
          ofs = (ofs << 1) + 1
        } else break
      }
      if (ofs > maxofs) ofs = maxofs
      lastofs += hint
      ofs += hint
    } else {
      const maxofs = hint + 1
      while (ofs < maxofs) {
        if (yield* this.lt(a[base + hint - ofs], key)) break
        lastofs = ofs
        ofs = (ofs << 1) + 1
      }
      if (ofs > maxofs) ofs = maxofs
      const t = lastofs
      lastofs = hint - ofs
      ofs = hint - t
    }
    lastofs++
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1)
      if (yield* this.lt(a[base + m], key)) lastofs = m + 1
      else ofs = m
    }
    return ofs
  }

  /** Where `key` belongs in the sorted a[base, base+n): right of any equal elements. */
  private *gallopRight(key: PyValue, a: PyValue[], base: number, n: number, hint: number): NativeGen<number> {
    let lastofs = 0
    let ofs = 1
    if (yield* this.lt(key, a[base + hint])) {
      const maxofs = hint + 1
      while (ofs < maxofs) {
        if (yield* this.lt(key, a[base + hint - ofs])) {
          lastofs = ofs
          ofs = (ofs << 1) + 1
        } else break
      }
      if (ofs > maxofs) ofs = maxofs
      const t = lastofs
      lastofs = hint - ofs
      ofs = hint - t
    } else {
      const maxofs = n - hint
      while (ofs < maxofs) {
        if (yield* this.lt(key, a[base + hint + ofs])) break
        lastofs = ofs
        ofs = (ofs << 1) + 1
      }
      if (ofs > maxofs) ofs = maxofs
      lastofs += hint
      ofs += hint
    }
    lastofs++
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1)
      if (yield* this.lt(key, a[base + m])) ofs = m
      else lastofs = m + 1
    }
    return ofs
  }

  /** Merges run A (copied out, na <= nb) with run B, filling from the left. */
  private *mergeLo(baseA: number, na: number, baseB: number, nb: number): NativeGen<void> {
    const keys = this.keys
    const values = this.values
    const tmpK = keys.slice(baseA, baseA + na)
    const tmpV = values ? values.slice(baseA, baseA + na) : null
    let dest = baseA
    let pa = 0
    let pb = baseB
    const fromA = (count: number) => {
      for (let i = 0; i < count; i++) {
        keys[dest + i] = tmpK[pa + i]
        if (values) values[dest + i] = tmpV![pa + i]
      }
      dest += count
      pa += count
    }
    const fromB = (count: number) => {
      for (let i = 0; i < count; i++) this.copy(dest + i, pb + i)
      dest += count
      pb += count
    }
    try {
      fromB(1)
      nb--
      if (nb === 0) return
      if (na === 1) {
        fromB(nb)
        fromA(1)
        na = 0
        return
      }
      let minGallop = this.minGallop
      for (;;) {
        let acount = 0
        let bcount = 0
        for (;;) {
          if (yield* this.lt(keys[pb], tmpK[pa])) {
            fromB(1)
            bcount++
            acount = 0
            nb--
            if (nb === 0) return
            if (bcount >= minGallop) break
          } else {
            fromA(1)
            acount++
            bcount = 0
            na--
            if (na === 1) {
              fromB(nb)
              fromA(1)
              na = 0
              return
            }
            if (acount >= minGallop) break
          }
        }
        minGallop++
        do {
          minGallop -= minGallop > 1 ? 1 : 0
          this.minGallop = minGallop
          let k = yield* this.gallopRight(keys[pb], tmpK, pa, na, 0)
          acount = k
          if (k) {
            fromA(k)
            na -= k
            if (na === 1) {
              fromB(nb)
              fromA(1)
              na = 0
              return
            }
            if (na === 0) return
          }
          fromB(1)
          nb--
          if (nb === 0) return
          k = yield* this.gallopLeft(tmpK[pa], keys, pb, nb, 0)
          bcount = k
          if (k) {
            fromB(k)
            nb -= k
            if (nb === 0) return
          }
          fromA(1)
          na--
          if (na === 1) {
            fromB(nb)
            fromA(1)
            na = 0
            return
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP)
        minGallop++
        this.minGallop = minGallop
      }
    } finally {
      if (na) fromA(na)
    }
  }

  /** Merges run A with run B (copied out, na >= nb), filling from the right. */
  private *mergeHi(baseA: number, na: number, baseB: number, nb: number): NativeGen<void> {
    const keys = this.keys
    const values = this.values
    const tmpK = keys.slice(baseB, baseB + nb)
    const tmpV = values ? values.slice(baseB, baseB + nb) : null
    let dest = baseB + nb - 1
    let pa = baseA + na - 1
    let pb = nb - 1
    const fromA = (count: number) => {
      for (let i = 0; i < count; i++) this.copy(dest - i, pa - i)
      dest -= count
      pa -= count
    }
    const fromB = (count: number) => {
      for (let i = 0; i < count; i++) {
        keys[dest - i] = tmpK[pb - i]
        if (values) values[dest - i] = tmpV![pb - i]
      }
      dest -= count
      pb -= count
    }
    try {
      fromA(1)
      na--
      if (na === 0) return
      if (nb === 1) {
        fromA(na)
        fromB(1)
        nb = 0
        return
      }
      let minGallop = this.minGallop
      for (;;) {
        let acount = 0
        let bcount = 0
        for (;;) {
          if (yield* this.lt(tmpK[pb], keys[pa])) {
            fromA(1)
            acount++
            bcount = 0
            na--
            if (na === 0) return
            if (acount >= minGallop) break
          } else {
            fromB(1)
            bcount++
            acount = 0
            nb--
            if (nb === 1) {
              fromA(na)
              fromB(1)
              nb = 0
              return
            }
            if (bcount >= minGallop) break
          }
        }
        minGallop++
        do {
          minGallop -= minGallop > 1 ? 1 : 0
          this.minGallop = minGallop
          let k = yield* this.gallopRight(tmpK[pb], keys, baseA, na, na - 1)
          k = na - k
          acount = k
          if (k) {
            fromA(k)
            na -= k
            if (na === 0) return
          }
          fromB(1)
          nb--
          if (nb === 1) {
            fromA(na)
            fromB(1)
            nb = 0
            return
          }
          k = yield* this.gallopLeft(keys[pa], tmpK, 0, nb, nb - 1)
          k = nb - k
          bcount = k
          if (k) {
            fromB(k)
            nb -= k
            if (nb === 1) {
              fromA(na)
              fromB(1)
              nb = 0
              return
            }
            if (nb === 0) return
          }
          fromA(1)
          na--
          if (na === 0) return
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP)
        minGallop++
        this.minGallop = minGallop
      }
    } finally {
      if (nb) fromB(nb)
    }
  }
}
