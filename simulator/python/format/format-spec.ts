import { FormatError } from './format-error'
import { decimalValue } from './unicode-chars'

// The standard format-spec mini-language, as parsed by CPython 3.11's formatter_unicode.c:
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]

export type SpecKind = 'int' | 'float' | 'str'
export type Align = '<' | '>' | '=' | '^'

export interface FormatSpec {
  readonly fill: string
  readonly align: Align
  readonly sign: '+' | '-' | ' ' | null
  readonly noNegativeZero: boolean
  readonly alternate: boolean
  // -1 when absent
  readonly width: number
  readonly grouping: ',' | '_' | null
  // digits between separators: 3, or 4 for '_' with b o x X
  readonly groupSize: number
  // -1 when absent
  readonly precision: number
  // one character; '' is float's "no type"
  readonly type: string
}

const DEFAULTS: Record<SpecKind, { type: string; align: Align }> = {
  int: { type: 'd', align: '>' },
  float: { type: '', align: '>' },
  str: { type: 's', align: '<' },
}

const GROUPED_BY_THREE = new Set(['d', 'e', 'f', 'g', 'E', 'G', '%', 'F', ''])
const GROUPED_BY_FOUR = new Set(['b', 'o', 'x', 'X'])
const SSIZE_MAX = 2n ** 63n - 1n
const CACHE_LIMIT = 512
const caches: Record<SpecKind, Map<string, FormatSpec>> = { int: new Map(), float: new Map(), str: new Map() }

// A spec given as text or already parsed (for the same kind); exact types reuse recent parses, since the same few
// specs recur in hot loops.
export function resolveFormatSpec(spec: string | FormatSpec, kind: SpecKind, typeName: string): FormatSpec {
  if (typeof spec !== 'string') return spec
  return typeName === kind ? cachedFormatSpec(spec, kind) : parseFormatSpec(spec, kind, typeName)
}

function cachedFormatSpec(spec: string, kind: SpecKind): FormatSpec {
  const cache = caches[kind]
  let parsed = cache.get(spec)
  if (parsed === undefined) {
    parsed = parseFormatSpec(spec, kind)
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(spec, parsed)
  }
  return parsed
}

// `typeName` appears in CPython's "Invalid format specifier" message (e.g. 'bool' for True).
export function parseFormatSpec(spec: string, kind: SpecKind, typeName: string = kind): FormatSpec {
  const chars = Array.from(spec)
  const end = chars.length
  const defaults = DEFAULTS[kind]
  let pos = 0
  let fill = ' '
  let align = defaults.align
  let fillSpecified = false
  let alignSpecified = false
  if (end >= 2 && isAlign(chars[1])) {
    fill = chars[0]
    align = chars[1] as Align
    fillSpecified = alignSpecified = true
    pos = 2
  } else if (end >= 1 && isAlign(chars[0])) {
    align = chars[0] as Align
    alignSpecified = true
    pos = 1
  }
  let sign: FormatSpec['sign'] = null
  if (pos < end && (chars[pos] === '+' || chars[pos] === '-' || chars[pos] === ' ')) {
    sign = chars[pos++] as FormatSpec['sign']
  }
  const noNegativeZero = pos < end && chars[pos] === 'z'
  if (noNegativeZero) pos++
  const alternate = pos < end && chars[pos] === '#'
  if (alternate) pos++
  if (!fillSpecified && pos < end && chars[pos] === '0') {
    fill = '0'
    if (!alignSpecified && defaults.align === '>') align = '='
    pos++
  }
  const width = readInteger(chars, pos)
  pos = width.end
  let grouping: FormatSpec['grouping'] = null
  if (pos < end && chars[pos] === ',') {
    grouping = ','
    pos++
  }
  if (pos < end && chars[pos] === '_') {
    if (grouping !== null) throw bothSeparators()
    grouping = '_'
    pos++
  }
  if (pos < end && chars[pos] === ',' && grouping === '_') throw bothSeparators()
  let precision = -1
  if (pos < end && chars[pos] === '.') {
    const parsed = readInteger(chars, pos + 1)
    if (parsed.value < 0) throw new FormatError('ValueError', 'Format specifier missing precision')
    precision = parsed.value
    pos = parsed.end
  }
  if (end - pos > 1) {
    throw new FormatError('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`)
  }
  const type = end - pos === 1 ? chars[pos] : defaults.type
  let groupSize = 3
  if (grouping !== null) {
    if (grouping === '_' && GROUPED_BY_FOUR.has(type)) groupSize = 4
    else if (!GROUPED_BY_THREE.has(type)) {
      throw new FormatError('ValueError', `Cannot specify '${grouping}' with ${describeCode(type)}.`)
    }
  }
  return { fill, align, sign, noNegativeZero, alternate, width: width.value, grouping, groupSize, precision, type }
}

function isAlign(char: string): boolean {
  return char === '<' || char === '>' || char === '=' || char === '^'
}

function bothSeparators(): FormatError {
  return new FormatError('ValueError', "Cannot specify both ',' and '_'.")
}

// Any Unicode decimal digits, as CPython's get_integer reads them; value -1 when there are none.
function readInteger(chars: string[], start: number): { value: number; end: number } {
  let pos = start
  let text = ''
  while (pos < chars.length) {
    const digit = decimalValue(chars[pos].codePointAt(0)!)
    if (digit < 0) break
    text += digit
    pos++
  }
  if (text.length > 18 && BigInt(text) > SSIZE_MAX) {
    throw new FormatError('ValueError', 'Too many decimal digits in format string')
  }
  return { value: pos === start ? -1 : Number(text), end: pos }
}

// A type code as CPython quotes it in error messages: 'x', or '\x1f' outside printable ASCII.
export function describeCode(type: string): string {
  const code = type.codePointAt(0)!
  return code > 32 && code < 128 ? `'${type}'` : `'\\x${code.toString(16)}'`
}

export function unknownFormatCode(type: string, typeName: string): FormatError {
  return new FormatError('ValueError', `Unknown format code ${describeCode(type)} for object of type '${typeName}'`)
}
