export { parse, type ParseResult } from './parse'
export { formatSyntaxError } from './format-syntax-error'
export { astDump } from './ast-dump'
export type { SyntaxErrorInfo, SyntaxErrorType } from './syntax-error'
