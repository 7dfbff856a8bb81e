import { describe, expect, it } from 'vitest'
import { bytesToHex } from './test-support/fixtures'
import { expectRaises } from './test-support/raises'
import { encodeUtf8 } from './utf8'

describe('encodeUtf8', () => {
  it('encodes one to four byte sequences', () => {
    expect(bytesToHex(encodeUtf8('aż€😀'))).toBe('61c5bce282acf09f9880')
  })

  it('raises on lone surrogates with positions in code points', () => {
    expectRaises(
      () => encodeUtf8('😀\ud800'),
      'UnicodeEncodeError',
      "'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed",
    )
    expectRaises(
      () => encodeUtf8('a\udfff\ud800b'),
      'UnicodeEncodeError',
      "'utf-8' codec can't encode characters in position 1-2: surrogates not allowed",
    )
  })
})
