// The abstract syntax tree of CPython 3.11, mirroring `Parser/Python.asdl` class by class and field by field.
// Every node is discriminated by `kind`, which holds the CPython class name. Optional ASDL fields (`expr?`) are
// `T | null`; sequences (`expr*`) are arrays.
//
// Positions: `lineno`/`end_lineno` are 1-based lines as in CPython. `col_offset`/`end_col_offset` are 0-based
// offsets in UTF-16 code units within the line (JavaScript string indices), NOT the UTF-8 byte offsets CPython
// stores. They agree on ASCII lines; convert when comparing against CPython on lines with non-ASCII text.

export interface Position {
  lineno: number
  col_offset: number
  end_lineno: number
  end_col_offset: number
}

// --- mod ---

export interface Module {
  kind: 'Module'
  body: Stmt[]
  type_ignores: TypeIgnore[]
}

export interface Interactive {
  kind: 'Interactive'
  body: Stmt[]
}

export interface Expression {
  kind: 'Expression'
  body: Expr
}

export interface FunctionType {
  kind: 'FunctionType'
  argtypes: Expr[]
  returns: Expr
}

export type Mod = Module | Interactive | Expression | FunctionType

// --- stmt ---

export interface FunctionDef extends Position {
  kind: 'FunctionDef'
  name: string
  args: Arguments
  body: Stmt[]
  decorator_list: Expr[]
  returns: Expr | null
  type_comment: string | null
}

export interface AsyncFunctionDef extends Position {
  kind: 'AsyncFunctionDef'
  name: string
  args: Arguments
  body: Stmt[]
  decorator_list: Expr[]
  returns: Expr | null
  type_comment: string | null
}

export interface ClassDef extends Position {
  kind: 'ClassDef'
  name: string
  bases: Expr[]
  keywords: Keyword[]
  body: Stmt[]
  decorator_list: Expr[]
}

export interface Return extends Position {
  kind: 'Return'
  value: Expr | null
}

export interface Delete extends Position {
  kind: 'Delete'
  targets: Expr[]
}

export interface Assign extends Position {
  kind: 'Assign'
  targets: Expr[]
  value: Expr
  type_comment: string | null
}

export interface AugAssign extends Position {
  kind: 'AugAssign'
  target: Name | Attribute | Subscript
  op: Operator
  value: Expr
}

export interface AnnAssign extends Position {
  kind: 'AnnAssign'
  target: Name | Attribute | Subscript
  annotation: Expr
  value: Expr | null
  /** 1 when the target is a plain name not wrapped in parentheses, else 0 (CPython's int flag). */
  simple: number
}

export interface For extends Position {
  kind: 'For'
  target: Expr
  iter: Expr
  body: Stmt[]
  orelse: Stmt[]
  type_comment: string | null
}

export interface AsyncFor extends Position {
  kind: 'AsyncFor'
  target: Expr
  iter: Expr
  body: Stmt[]
  orelse: Stmt[]
  type_comment: string | null
}

export interface While extends Position {
  kind: 'While'
  test: Expr
  body: Stmt[]
  orelse: Stmt[]
}

export interface If extends Position {
  kind: 'If'
  test: Expr
  body: Stmt[]
  orelse: Stmt[]
}

export interface With extends Position {
  kind: 'With'
  items: WithItem[]
  body: Stmt[]
  type_comment: string | null
}

export interface AsyncWith extends Position {
  kind: 'AsyncWith'
  items: WithItem[]
  body: Stmt[]
  type_comment: string | null
}

export interface Match extends Position {
  kind: 'Match'
  subject: Expr
  cases: MatchCase[]
}

export interface Raise extends Position {
  kind: 'Raise'
  exc: Expr | null
  cause: Expr | null
}

export interface Try extends Position {
  kind: 'Try'
  body: Stmt[]
  handlers: ExceptHandler[]
  orelse: Stmt[]
  finalbody: Stmt[]
}

export interface TryStar extends Position {
  kind: 'TryStar'
  body: Stmt[]
  handlers: ExceptHandler[]
  orelse: Stmt[]
  finalbody: Stmt[]
}

export interface Assert extends Position {
  kind: 'Assert'
  test: Expr
  msg: Expr | null
}

export interface Import extends Position {
  kind: 'Import'
  names: Alias[]
}

export interface ImportFrom extends Position {
  kind: 'ImportFrom'
  module: string | null
  names: Alias[]
  level: number
}

export interface Global extends Position {
  kind: 'Global'
  names: string[]
}

export interface Nonlocal extends Position {
  kind: 'Nonlocal'
  names: string[]
}

export interface ExprStmt extends Position {
  kind: 'Expr'
  value: Expr
}

export interface Pass extends Position {
  kind: 'Pass'
}

export interface Break extends Position {
  kind: 'Break'
}

export interface Continue extends Position {
  kind: 'Continue'
}

export type Stmt =
  | FunctionDef
  | AsyncFunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | AsyncFor
  | While
  | If
  | With
  | AsyncWith
  | Match
  | Raise
  | Try
  | TryStar
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue

// --- expr ---

export interface BoolOp extends Position {
  kind: 'BoolOp'
  op: BoolOperator
  values: Expr[]
}

export interface NamedExpr extends Position {
  kind: 'NamedExpr'
  target: Name
  value: Expr
}

export interface BinOp extends Position {
  kind: 'BinOp'
  left: Expr
  op: Operator
  right: Expr
}

export interface UnaryOp extends Position {
  kind: 'UnaryOp'
  op: UnaryOperator
  operand: Expr
}

export interface Lambda extends Position {
  kind: 'Lambda'
  args: Arguments
  body: Expr
}

export interface IfExp extends Position {
  kind: 'IfExp'
  test: Expr
  body: Expr
  orelse: Expr
}

export interface Dict extends Position {
  kind: 'Dict'
  /** `null` marks a `**mapping` unpacking whose mapping is the matching entry of `values`. */
  keys: (Expr | null)[]
  values: Expr[]
}

export interface Set extends Position {
  kind: 'Set'
  elts: Expr[]
}

export interface ListComp extends Position {
  kind: 'ListComp'
  elt: Expr
  generators: Comprehension[]
}

export interface SetComp extends Position {
  kind: 'SetComp'
  elt: Expr
  generators: Comprehension[]
}

export interface DictComp extends Position {
  kind: 'DictComp'
  key: Expr
  value: Expr
  generators: Comprehension[]
}

export interface GeneratorExp extends Position {
  kind: 'GeneratorExp'
  elt: Expr
  generators: Comprehension[]
}

export interface Await extends Position {
  kind: 'Await'
  value: Expr
}

export interface Yield extends Position {
  kind: 'Yield'
  value: Expr | null
}

export interface YieldFrom extends Position {
  kind: 'YieldFrom'
  value: Expr
}

export interface Compare extends Position {
  kind: 'Compare'
  left: Expr
  ops: CmpOperator[]
  comparators: Expr[]
}

export interface Call extends Position {
  kind: 'Call'
  func: Expr
  args: Expr[]
  keywords: Keyword[]
}

export interface FormattedValue extends Position {
  kind: 'FormattedValue'
  value: Expr
  /** -1 for none, else the code point of `s`, `r` or `a` (115, 114, 97), as CPython stores it. */
  conversion: number
  format_spec: JoinedStr | null
}

export interface JoinedStr extends Position {
  kind: 'JoinedStr'
  values: (Constant | FormattedValue)[]
}

export interface Constant extends Position {
  kind: 'Constant'
  value: ConstantValue
  /** CPython's `kind` field ('u' for a `u'…'` literal), renamed because `kind` is our discriminator. */
  kind_: 'u' | null
}

export interface Attribute extends Position {
  kind: 'Attribute'
  value: Expr
  attr: string
  ctx: ExprContext
}

export interface Subscript extends Position {
  kind: 'Subscript'
  value: Expr
  slice: Expr
  ctx: ExprContext
}

export interface Starred extends Position {
  kind: 'Starred'
  value: Expr
  ctx: ExprContext
}

export interface Name extends Position {
  kind: 'Name'
  id: string
  ctx: ExprContext
}

export interface List extends Position {
  kind: 'List'
  elts: Expr[]
  ctx: ExprContext
}

export interface Tuple extends Position {
  kind: 'Tuple'
  elts: Expr[]
  ctx: ExprContext
}

export interface Slice extends Position {
  kind: 'Slice'
  lower: Expr | null
  upper: Expr | null
  step: Expr | null
}

export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | Set
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Await
  | Yield
  | YieldFrom
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice

// --- constants ---

/**
 * The value of a `Constant`: ints in the safe-integer range are numbers, other ints bigints; floats, imaginary
 * literals (their imaginary part), bytes and `...` are boxed so they never collide with ints or str.
 */
export type ConstantValue =
  | number
  | bigint
  | string
  | boolean
  | null
  | { float: number }
  | { complex: number }
  | { bytes: Uint8Array }
  | { ellipsis: true }

// --- enumerations ---

export type ExprContext = 'Load' | 'Store' | 'Del'

export type BoolOperator = 'And' | 'Or'

export type Operator =
  | 'Add'
  | 'Sub'
  | 'Mult'
  | 'MatMult'
  | 'Div'
  | 'Mod'
  | 'Pow'
  | 'LShift'
  | 'RShift'
  | 'BitOr'
  | 'BitXor'
  | 'BitAnd'
  | 'FloorDiv'

export type UnaryOperator = 'Invert' | 'Not' | 'UAdd' | 'USub'

export type CmpOperator = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn'

// --- product types and small sums ---

export interface Comprehension {
  kind: 'comprehension'
  target: Expr
  iter: Expr
  ifs: Expr[]
  /** 1 for `async for`, else 0 (CPython's int flag). */
  is_async: number
}

export interface ExceptHandler extends Position {
  kind: 'ExceptHandler'
  type: Expr | null
  name: string | null
  body: Stmt[]
}

export interface Arguments {
  kind: 'arguments'
  posonlyargs: Arg[]
  args: Arg[]
  vararg: Arg | null
  kwonlyargs: Arg[]
  /** One entry per `kwonlyargs` entry; `null` where that argument has no default. */
  kw_defaults: (Expr | null)[]
  kwarg: Arg | null
  /** Defaults of the last `defaults.length` entries of `posonlyargs` + `args`. */
  defaults: Expr[]
}

export interface Arg extends Position {
  kind: 'arg'
  arg: string
  annotation: Expr | null
  type_comment: string | null
}

export interface Keyword extends Position {
  kind: 'keyword'
  /** `null` for `**mapping`. */
  arg: string | null
  value: Expr
}

export interface Alias extends Position {
  kind: 'alias'
  name: string
  asname: string | null
}

export interface WithItem {
  kind: 'withitem'
  context_expr: Expr
  optional_vars: Expr | null
}

export interface MatchCase {
  kind: 'match_case'
  pattern: Pattern
  guard: Expr | null
  body: Stmt[]
}

// --- pattern ---

export interface MatchValue extends Position {
  kind: 'MatchValue'
  value: Expr
}

export interface MatchSingleton extends Position {
  kind: 'MatchSingleton'
  value: boolean | null
}

export interface MatchSequence extends Position {
  kind: 'MatchSequence'
  patterns: Pattern[]
}

export interface MatchMapping extends Position {
  kind: 'MatchMapping'
  keys: Expr[]
  patterns: Pattern[]
  rest: string | null
}

export interface MatchClass extends Position {
  kind: 'MatchClass'
  cls: Expr
  patterns: Pattern[]
  kwd_attrs: string[]
  kwd_patterns: Pattern[]
}

export interface MatchStar extends Position {
  kind: 'MatchStar'
  name: string | null
}

export interface MatchAs extends Position {
  kind: 'MatchAs'
  pattern: Pattern | null
  name: string | null
}

export interface MatchOr extends Position {
  kind: 'MatchOr'
  patterns: Pattern[]
}

export type Pattern =
  MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr

export interface TypeIgnore {
  kind: 'TypeIgnore'
  lineno: number
  tag: string
}

export type Node =
  | Mod
  | Stmt
  | Expr
  | Comprehension
  | ExceptHandler
  | Arguments
  | Arg
  | Keyword
  | Alias
  | WithItem
  | MatchCase
  | Pattern
  | TypeIgnore
