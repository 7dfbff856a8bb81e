import { unknownEncoding } from './codec-error'

// Encoding names as codecs.lookup() resolves them (Lib/encodings/__init__.py and aliases.py), for the codecs the
// simulator implements.

export type Codec =
  'utf-8' | 'ascii' | 'latin-1' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be'

const aliases = new Map<string, Codec>()
const groups: [Codec, string][] = [
  ['utf-8', 'utf_8 utf8 u8 utf cp65001 utf8_ucs2 utf8_ucs4'],
  [
    'ascii',
    'ascii 646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii',
  ],
  [
    'latin-1',
    'latin_1 8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1',
  ],
  ['utf-16', 'utf_16 u16 utf16'],
  ['utf-16-le', 'utf_16_le utf_16le unicodelittleunmarked'],
  ['utf-16-be', 'utf_16_be utf_16be unicodebigunmarked'],
  ['utf-32', 'utf_32 u32 utf32'],
  ['utf-32-le', 'utf_32_le utf_32le'],
  ['utf-32-be', 'utf_32_be utf_32be'],
]
for (const [codec, names] of groups) for (const name of names.split(' ')) aliases.set(name, codec)

/** The codec an encoding name selects; a LookupError CodecError when there is none. */
export function lookupCodec(name: string): Codec {
  // normalize_encoding: runs of characters other than letters, digits and '.' become one '_'.
  const normal = name
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '_')
    .replace(/^_|_$/g, '')
  const codec = aliases.get(normal) ?? aliases.get(normal.replace(/\./g, '_'))
  if (codec === undefined) throw unknownEncoding(name)
  return codec
}

/**
 * Whether str.encode/bytes.decode call the codec directly (PyUnicode_AsEncodedString's fast paths) rather than
 * through the codec registry, which rewords LookupErrors raised inside the codec.
 */
export function isFastPath(name: string): boolean {
  const lower = name.toLowerCase().replace(/[-\s]/g, '_')
  return /^(utf_?(8|16|32)|ascii|us_ascii|latin_?1|iso_?8859_1)$/.test(lower)
}
