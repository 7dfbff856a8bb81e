// A mutable unsigned 64-bit register kept as two int32 halves, for the wrapping arithmetic of CPython's hash
// functions (`Py_uhash_t`, `uint64_t`) without bigint allocations. Operations update the register in place and
// return it, so hashing code can hold a few module-level registers and stay allocation-free.

export class Uint64 {
  hi = 0
  lo = 0

  set(hi: number, lo: number): this {
    this.hi = hi | 0
    this.lo = lo | 0
    return this
  }

  add(hi: number, lo: number): this {
    const low = (this.lo >>> 0) + (lo >>> 0)
    this.hi = (this.hi + hi + (low > 0xffffffff ? 1 : 0)) | 0
    this.lo = low | 0
    return this
  }

  xor(hi: number, lo: number): this {
    this.hi ^= hi
    this.lo ^= lo
    return this
  }

  /** Multiplies by `hi:lo`, keeping the low 64 bits of the product. */
  mul(hi: number, lo: number): this {
    const a = this.lo
    // The high word of the 32x32-bit product of the low halves, from 16-bit limbs so every partial is exact.
    const a0 = a & 0xffff
    const a1 = a >>> 16
    const b0 = lo & 0xffff
    const b1 = lo >>> 16
    const p00 = a0 * b0
    const p01 = a0 * b1
    const p10 = a1 * b0
    const middle = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff)
    const carry = a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (middle >>> 16)
    this.hi = (carry + Math.imul(this.hi, lo) + Math.imul(a, hi)) | 0
    this.lo = Math.imul(a, lo)
    return this
  }

  /** Rotates left by 0 < n < 64 bits. */
  rotl(n: number): this {
    let hi = this.hi
    let lo = this.lo
    if (n >= 32) {
      const t = hi
      hi = lo
      lo = t
      n -= 32
    }
    if (n > 0) {
      const t = (hi << n) | (lo >>> (32 - n))
      lo = (lo << n) | (hi >>> (32 - n))
      hi = t
    }
    this.hi = hi
    this.lo = lo
    return this
  }

  /** Shifts left by 0 <= n < 64 bits. */
  shl(n: number): this {
    if (n >= 32) {
      this.hi = this.lo << (n - 32)
      this.lo = 0
    } else if (n > 0) {
      this.hi = (this.hi << n) | (this.lo >>> (32 - n))
      this.lo <<= n
    }
    return this
  }

  /** Shifts right (logically) by 0 <= n < 64 bits. */
  shr(n: number): this {
    if (n >= 32) {
      this.lo = (this.hi >>> (n - 32)) | 0
      this.hi = 0
    } else if (n > 0) {
      this.lo = (this.lo >>> n) | (this.hi << (32 - n))
      this.hi >>>= n
    }
    return this
  }

  /** Two's-complement negation. */
  negate(): this {
    this.hi = ~this.hi
    this.lo = ~this.lo
    return this.add(0, 1)
  }

  isAllOnes(): boolean {
    return (this.hi & this.lo) === -1
  }
}
