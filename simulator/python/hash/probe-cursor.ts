// The probe sequence of CPython 3.11's set table (Objects/setobject.c). Starting at `hash & mask`, each probe
// inspects a run of consecutive slots — the slot itself plus LINEAR_PROBES more when they fit before the end of the
// table — and then jumps to `(i * 5 + 1 + perturb) & mask`, where `i` is the run's first slot and `perturb` is the
// hash as an unsigned 64-bit value shifted right by PERTURB_SHIFT before every jump.

export const LINEAR_PROBES = 9
export const PERTURB_SHIFT = 5

/** Bits 0..31 of the unsigned 64-bit `hi:lo` shifted right by `shift` (a multiple of PERTURB_SHIFT, never 0). */
function perturbLowBits(hi: number, lo: number, shift: number): number {
  if (shift < 32) return ((lo >>> shift) | (hi << (32 - shift))) >>> 0
  if (shift < 64) return hi >>> (shift - 32)
  return 0
}

/** A position in the probe sequence of one hash; `slot` is the slot to inspect now. */
export class ProbeCursor {
  slot = 0
  hashHi = 0
  hashLo = 0
  private mask = 0
  private runStart = 0
  private runEnd = 0
  private shift = 0

  /** Positions the cursor at the first slot for the hash `hi:lo` in a table of `mask + 1` slots. */
  start(hi: number, lo: number, mask: number): void {
    this.hashHi = hi
    this.hashLo = lo
    this.mask = mask
    this.shift = 0
    this.enterRun(lo & mask)
  }

  advance(): void {
    if (this.slot < this.runEnd) {
      this.slot++
      return
    }
    this.shift += PERTURB_SHIFT
    this.enterRun((this.runStart * 5 + 1 + perturbLowBits(this.hashHi, this.hashLo, this.shift)) & this.mask)
  }

  private enterRun(first: number): void {
    this.runStart = first
    this.slot = first
    this.runEnd = first + LINEAR_PROBES <= this.mask ? first + LINEAR_PROBES : first
  }
}
