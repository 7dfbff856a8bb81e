// CPython 3.11's number formatting and parsing for the simulator: repr/format/%-formatting of int, float and str,
// round(), int()/float() of strings, and repr(str).
export { escapeNonAscii } from './ascii-escape'
export { doubleToString, type DoubleCode, type DoubleFlags } from './double-to-string'
export { floatRepr } from './float-repr'
export { floatToIntExact } from './float-to-int'
export { FormatError } from './format-error'
export { formatFloat } from './format-float'
export { formatInt } from './format-int'
export { parseFormatSpec, resolveFormatSpec, type Align, type FormatSpec, type SpecKind } from './format-spec'
export { formatStr } from './format-str'
export { intToFloat } from './int-to-float'
export { intToString, MAX_STR_DIGITS } from './int-to-string'
export { parseFloatLiteral } from './parse-float'
export { parseIntLiteral } from './parse-int'
export { formatPercent, type PercentHost, type PercentOperand } from './percent-format'
export {
  formatPercentNumber,
  padPercentText,
  percentCharacter,
  percentTypeError,
  type ResolvedPercentSpec,
} from './percent-output'
export {
  parsePercentFormat,
  type PercentConversion,
  type PercentFlags,
  type PercentLiteral,
  type PercentPiece,
} from './percent-spec'
export { roundFloat, roundInt } from './round'
export { pyStrRepr } from './str-repr'
export { complexRepr, formatComplex } from './format-complex'
export { parseComplexLiteral } from './parse-complex'
export { floatFromHex, floatToHex } from './float-hex'
export { scaledToDouble } from './scaled-double'
