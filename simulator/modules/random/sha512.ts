// SHA-512 (FIPS 180-4) in plain TypeScript: `random.seed(str | bytes)` hashes its argument and the simulator has no
// access to a host crypto library. 64-bit words are kept as (high, low) pairs of unsigned 32-bit halves.

const ROUNDS = 80
const FIRST_PRIMES = firstPrimes(ROUNDS)

// The constants are defined as the first 64 fractional bits of square and cube roots of primes; deriving them keeps
// 88 hand-copied hex literals out of the code.
const INITIAL_HASH = splitWords(FIRST_PRIMES.slice(0, 8).map((p) => integerRoot(p << 128n, 2n)))
const ROUND_CONSTANTS = splitWords(FIRST_PRIMES.map((p) => integerRoot(p << 192n, 3n)))

export function sha512(message: Uint8Array): Uint8Array {
  const hash = INITIAL_HASH.slice()
  const schedule = new Uint32Array(2 * ROUNDS)
  const padded = pad(message)
  for (let offset = 0; offset < padded.length; offset += 128) compress(hash, schedule, padded, offset)
  const digest = new Uint8Array(64)
  for (let i = 0; i < 16; i++) {
    const word = hash[i]
    digest[4 * i] = word >>> 24
    digest[4 * i + 1] = word >>> 16
    digest[4 * i + 2] = word >>> 8
    digest[4 * i + 3] = word
  }
  return digest
}

function pad(message: Uint8Array): Uint8Array {
  const length = message.length
  const paddedLength = Math.ceil((length + 17) / 128) * 128
  const padded = new Uint8Array(paddedLength)
  padded.set(message)
  padded[length] = 0x80
  let bitLength = BigInt(length) * 8n
  for (let i = paddedLength - 1; bitLength > 0n; i--) {
    padded[i] = Number(bitLength & 0xffn)
    bitLength >>= 8n
  }
  return padded
}

// `hash` and `schedule` hold words as [high, low, high, low, ...].
function compress(hash: Uint32Array, schedule: Uint32Array, block: Uint8Array, offset: number): void {
  for (let i = 0; i < 32; i++) {
    const at = offset + 4 * i
    schedule[i] = (block[at] << 24) | (block[at + 1] << 16) | (block[at + 2] << 8) | block[at + 3]
  }
  for (let t = 16; t < ROUNDS; t++) {
    const [s0High, s0Low] = smallSigma0(schedule[2 * (t - 15)], schedule[2 * (t - 15) + 1])
    const [s1High, s1Low] = smallSigma1(schedule[2 * (t - 2)], schedule[2 * (t - 2) + 1])
    const low = s1Low + schedule[2 * (t - 7) + 1] + s0Low + schedule[2 * (t - 16) + 1]
    schedule[2 * t + 1] = low
    schedule[2 * t] = s1High + schedule[2 * (t - 7)] + s0High + schedule[2 * (t - 16)] + carry(low)
  }

  let [aH, aL, bH, bL, cH, cL, dH, dL, eH, eL, fH, fL, gH, gL, hH, hL] = hash
  for (let t = 0; t < ROUNDS; t++) {
    const [bigSigma1High, bigSigma1Low] = bigSigma1(eH, eL)
    const chooseHigh = (eH & fH) ^ (~eH & gH)
    const chooseLow = (eL & fL) ^ (~eL & gL)
    const t1LowSum = hL + bigSigma1Low + (chooseLow >>> 0) + ROUND_CONSTANTS[2 * t + 1] + schedule[2 * t + 1]
    const t1Low = t1LowSum >>> 0
    const t1High = (hH + bigSigma1High + chooseHigh + ROUND_CONSTANTS[2 * t] + schedule[2 * t] + carry(t1LowSum)) >>> 0

    const [bigSigma0High, bigSigma0Low] = bigSigma0(aH, aL)
    const majorityHigh = (aH & bH) ^ (aH & cH) ^ (bH & cH)
    const majorityLow = ((aL & bL) ^ (aL & cL) ^ (bL & cL)) >>> 0
    const t2LowSum = bigSigma0Low + majorityLow
    const t2Low = t2LowSum >>> 0
    const t2High = (bigSigma0High + majorityHigh + carry(t2LowSum)) >>> 0

    hH = gH
    hL = gL
    gH = fH
    gL = fL
    fH = eH
    fL = eL
    const eLowSum = dL + t1Low
    eL = eLowSum >>> 0
    eH = (dH + t1High + carry(eLowSum)) >>> 0
    dH = cH
    dL = cL
    cH = bH
    cL = bL
    bH = aH
    bL = aL
    const aLowSum = t1Low + t2Low
    aL = aLowSum >>> 0
    aH = (t1High + t2High + carry(aLowSum)) >>> 0
  }

  const working = [aH, aL, bH, bL, cH, cL, dH, dL, eH, eL, fH, fL, gH, gL, hH, hL]
  for (let i = 0; i < 16; i += 2) {
    const lowSum = hash[i + 1] + working[i + 1]
    hash[i + 1] = lowSum
    hash[i] = hash[i] + working[i] + carry(lowSum)
  }
}

// Sums of a few unsigned 32-bit halves stay exact in a double; what overflows 32 bits moves to the high half.
function carry(lowSum: number): number {
  return Math.floor(lowSum / 4294967296)
}

// Rotate right by n (0 < n < 32) of the pair, returned as [high, low] unsigned.
function rotr(high: number, low: number, n: number): [number, number] {
  return [((high >>> n) | (low << (32 - n))) >>> 0, ((low >>> n) | (high << (32 - n))) >>> 0]
}

function bigSigma0(high: number, low: number): [number, number] {
  const [h28, l28] = rotr(high, low, 28)
  const [h34, l34] = rotr(low, high, 2)
  const [h39, l39] = rotr(low, high, 7)
  return [(h28 ^ h34 ^ h39) >>> 0, (l28 ^ l34 ^ l39) >>> 0]
}

function bigSigma1(high: number, low: number): [number, number] {
  const [h14, l14] = rotr(high, low, 14)
  const [h18, l18] = rotr(high, low, 18)
  const [h41, l41] = rotr(low, high, 9)
  return [(h14 ^ h18 ^ h41) >>> 0, (l14 ^ l18 ^ l41) >>> 0]
}

function smallSigma0(high: number, low: number): [number, number] {
  const [h1, l1] = rotr(high, low, 1)
  const [h8, l8] = rotr(high, low, 8)
  return [(h1 ^ h8 ^ (high >>> 7)) >>> 0, (l1 ^ l8 ^ ((low >>> 7) | (high << 25))) >>> 0]
}

function smallSigma1(high: number, low: number): [number, number] {
  const [h19, l19] = rotr(high, low, 19)
  const [h61, l61] = rotr(low, high, 29)
  return [(h19 ^ h61 ^ (high >>> 6)) >>> 0, (l19 ^ l61 ^ ((low >>> 6) | (high << 26))) >>> 0]
}

function firstPrimes(count: number): bigint[] {
  const primes: bigint[] = []
  for (let candidate = 2n; primes.length < count; candidate++) {
    if (primes.every((p) => candidate % p !== 0n)) primes.push(candidate)
  }
  return primes
}

// floor(value ** (1/degree)) by Newton's method on integers, taken modulo 2**64.
function integerRoot(value: bigint, degree: bigint): bigint {
  let root = 1n << BigInt(Math.ceil(value.toString(2).length / Number(degree)))
  for (;;) {
    const next = ((degree - 1n) * root + value / root ** (degree - 1n)) / degree
    if (next >= root) return root & 0xffffffffffffffffn
    root = next
  }
}

function splitWords(words: bigint[]): Uint32Array {
  const halves = new Uint32Array(2 * words.length)
  words.forEach((word, i) => {
    halves[2 * i] = Number(word >> 32n)
    halves[2 * i + 1] = Number(word & 0xffffffffn)
  })
  return halves
}
