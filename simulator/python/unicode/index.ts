// CPython 3.11's Unicode character database (Unicode 14.0) as the simulator's str methods need it, independent of
// the JS engine's own Unicode version.
export { foldFull, lowerFull, titleFull, upperFull } from './case-mapping'
export { lookupCharacterName } from './char-names'
export {
  isAlnum,
  isAlpha,
  isCased,
  isCaseIgnorable,
  isDecimal,
  isDigit,
  isLowercase,
  isNumeric,
  isPrintable,
  isTitlecase,
  isUppercase,
  isWhitespace,
  isXidContinue,
  isXidStart,
} from './char-properties'
export { strCapitalize, strCasefold, strLower, strSwapcase, strTitle, strUpper } from './str-case'
export {
  strIsAlnum,
  strIsAlpha,
  strIsAscii,
  strIsDecimal,
  strIsDigit,
  strIsIdentifier,
  strIsLower,
  strIsNumeric,
  strIsPrintable,
  strIsSpace,
  strIsTitle,
  strIsUpper,
} from './str-predicates'
