// A deterministic source of test inputs (a 32-bit xorshift), so property-style tests are reproducible.

export class SeededRandom {
  constructor(private state: number) {}

  nextUint32(): number {
    let x = this.state
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    this.state = x
    return x >>> 0
  }

  /** A 64-bit pattern as a signed bigint, biased towards edge values now and then. */
  nextInt64(): bigint {
    // BigInt.asIntN is applied once, after the branches: Node 20's optimizer crashes on a phi of its results.
    const pick = this.nextUint32() % 8
    let bits: bigint
    if (pick === 0) bits = BigInt(this.nextUint32() % 5) - 2n
    else if (pick === 1) bits = (1n << BigInt(this.nextUint32() % 64)) + BigInt(this.nextUint32() % 3) - 1n
    else bits = (BigInt(this.nextUint32()) << 32n) | BigInt(this.nextUint32())
    return BigInt.asIntN(64, bits)
  }
}
