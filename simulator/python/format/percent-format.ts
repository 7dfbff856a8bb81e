import { FormatError } from './format-error'
import {
  formatPercentNumber,
  padPercentText,
  percentCharacter,
  percentTypeError,
  type ResolvedPercentSpec,
} from './percent-output'
import { parsePercentFormat, type PercentPiece } from './percent-spec'

// What `fmt % args` needs to know about the VM's values.
export type PercentOperand =
  | { kind: 'int'; value: number | bigint }
  | { kind: 'float'; value: number }
  | { kind: 'str'; value: string; typeName: string }
  | { kind: 'other'; typeName: string }

export interface PercentHost<T> {
  // the items when `args` is a tuple, else null
  tupleItems(args: T): readonly T[] | null
  // PyMapping_Check(args) for a non-tuple, non-str value: dict, list, any object with __getitem__
  isMapping(args: T): boolean
  // args[key]; the host raises its own KeyError
  getItem(mapping: T, key: string): T
  // int (bool included), float, str or anything else; a host may map objects with __index__/__float__ to numbers
  operand(value: T): PercentOperand
  str(value: T): string
  repr(value: T): string
  ascii(value: T): string
}

const SSIZE_MAX = 2n ** 63n - 1n
const CACHE_LIMIT = 512
const parsedFormats = new Map<string, PercentPiece[]>()

// Programs format with the same few literals over and over.
function cachedPercentFormat(format: string): PercentPiece[] {
  let pieces = parsedFormats.get(format)
  if (pieces === undefined) {
    pieces = parsePercentFormat(format)
    if (parsedFormats.size >= CACHE_LIMIT) parsedFormats.clear()
    parsedFormats.set(format, pieces)
  }
  return pieces
}
const INT_MIN = -2147483648
const INT_MAX = 2147483647

// `fmt % args` for a str format, fetching arguments in CPython's order so that the first error it would raise is
// the one raised here.
export function formatPercent<T>(format: string | readonly PercentPiece[], args: T, host: PercentHost<T>): string {
  const pieces = typeof format === 'string' ? cachedPercentFormat(format) : format
  let items = host.tupleItems(args)
  const mapping = items === null && host.isMapping(args)
  let current = args
  let count = items === null ? -1 : items.length
  let index = items === null ? -2 : 0
  const nextArgument = (): T => {
    if (index >= count) throw new FormatError('TypeError', 'not enough arguments for format string')
    const at = index++
    return items === null ? current : items[at]
  }
  let out = ''
  for (const piece of pieces) {
    if (piece.kind === 'literal') {
      out += piece.text
      continue
    }
    if (piece.keyed && !mapping) throw new FormatError('TypeError', 'format requires a mapping')
    if (piece.key !== null) {
      current = host.getItem(args, piece.key)
      items = null
      count = -1
      index = -2
    }
    const star = piece.width === '*' ? starWidth(host.operand(nextArgument())) : null
    const precision = piece.precision === '*' ? starPrecision(host.operand(nextArgument())) : piece.precision
    if (piece.error !== null) throw piece.error
    const value = nextArgument()
    const width = star === null ? (piece.width as number) : star.value
    const flags = star !== null && star.leftAdjust ? { ...piece.flags, leftAdjust: true } : piece.flags
    out += convert({ flags, width, precision, conversion: piece.conversion }, piece.index, value, host)
    if (mapping && index < count) {
      throw new FormatError('TypeError', 'not all arguments converted during string formatting')
    }
  }
  if (index < count && !mapping) {
    throw new FormatError('TypeError', 'not all arguments converted during string formatting')
  }
  return out
}

function convert<T>(spec: ResolvedPercentSpec, index: number, value: T, host: PercentHost<T>): string {
  const conversion = spec.conversion
  switch (conversion) {
    case 's':
      return padPercentText(spec, host.str(value))
    case 'r':
      return padPercentText(spec, host.repr(value))
    case 'a':
      return padPercentText(spec, host.ascii(value))
    case 'c': {
      const operand = host.operand(value)
      if (operand.kind === 'str') return padPercentText(spec, percentCharacter(operand.value))
      if (operand.kind !== 'int') throw percentTypeError('c', operand.kind === 'float' ? 'float' : operand.typeName)
      return formatPercentNumber(spec, operand.value, false)
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      const operand = host.operand(value)
      if (operand.kind === 'int') return formatPercentNumber(spec, operand.value, false)
      if (operand.kind === 'float') return formatPercentNumber(spec, operand.value, true)
      throw percentTypeError(conversion, operand.typeName)
    }
  }
  const code = conversion.codePointAt(0)!
  const shown = code >= 31 && code <= 126 ? conversion : '?'
  throw new FormatError(
    'ValueError',
    `unsupported format character '${shown}' (0x${code.toString(16)}) at index ${index}`,
  )
}

// A '*' width: an int, whose sign asks for left adjustment.
function starWidth(operand: PercentOperand): { value: number; leftAdjust: boolean } {
  if (operand.kind !== 'int') throw new FormatError('TypeError', '* wants int')
  const value = operand.value
  if (typeof value === 'bigint' && (value > SSIZE_MAX || value < -SSIZE_MAX - 1n)) {
    throw new FormatError('OverflowError', 'Python int too large to convert to C ssize_t')
  }
  // CPython negates the width in a C ssize_t, where -2**63 stays negative and so pads nothing.
  if (value === -SSIZE_MAX - 1n) return { value: -1, leftAdjust: true }
  const width = Number(value)
  return width < 0 ? { value: -width, leftAdjust: true } : { value: width, leftAdjust: false }
}

// A '*' precision: an int, negative meaning 0.
function starPrecision(operand: PercentOperand): number {
  if (operand.kind !== 'int') throw new FormatError('TypeError', '* wants int')
  const value = operand.value
  if (typeof value === 'bigint' || value < INT_MIN || value > INT_MAX) {
    throw new FormatError('OverflowError', 'Python int too large to convert to C int')
  }
  return value < 0 ? 0 : value
}
