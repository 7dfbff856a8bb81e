import { describe, expect, it } from 'vitest'
import { sha512 } from './sha512'
import { bytesToHex, readFixture } from './test-support/fixtures'

const ascii = (text: string) => Uint8Array.from(text, (character) => character.charCodeAt(0))

describe('sha512', () => {
  // FIPS 180-4 example vectors (NIST CSRC "SHA-512" examples).
  it.each([
    [
      '',
      'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
    ],
    [
      'abc',
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    ],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c33596fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445',
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      '8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909',
    ],
  ])('hashes %j', (message, digest) => {
    expect(bytesToHex(sha512(ascii(message)))).toBe(digest)
  })

  it('hashes a million "a"', () => {
    expect(bytesToHex(sha512(new Uint8Array(1_000_000).fill(0x61)))).toBe(
      'e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b',
    )
  })

  it("matches Python's hashlib.sha512 for every length across the padding boundaries", () => {
    for (const [length, digest] of readFixture<[number, string][]>('sha512.json')) {
      const message = Uint8Array.from({ length }, (_, i) => (7 * i + length) % 256)
      expect(bytesToHex(sha512(message)), `length ${length}`).toBe(digest)
    }
  })
})
