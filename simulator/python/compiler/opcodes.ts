// Our instruction set: CPython 3.11's opcodes where they correspond, so that the bytecode view teaches the same
// lesson (`counter += 1` is LOAD, BINARY_OP, STORE). Jump arguments are absolute instruction indices; the
// assembler names a jump FORWARD or BACKWARD by its direction, as 3.11 does.
// An instruction is one int32: the opcode in the low 8 bits, the argument in the upper 24.

export const enum Op {
  NOP,
  POP_TOP,
  PUSH_NULL,
  COPY,
  SWAP,
  UNARY_POSITIVE,
  UNARY_NEGATIVE,
  UNARY_NOT,
  UNARY_INVERT,
  BINARY_OP,
  BINARY_SUBSCR,
  STORE_SUBSCR,
  DELETE_SUBSCR,
  BUILD_SLICE,
  COMPARE_OP,
  IS_OP,
  CONTAINS_OP,
  LOAD_CONST,
  LOAD_FAST,
  STORE_FAST,
  DELETE_FAST,
  LOAD_NAME,
  STORE_NAME,
  DELETE_NAME,
  LOAD_GLOBAL,
  STORE_GLOBAL,
  DELETE_GLOBAL,
  LOAD_DEREF,
  STORE_DEREF,
  DELETE_DEREF,
  LOAD_CLOSURE,
  LOAD_CLASSDEREF,
  MAKE_CELL,
  COPY_FREE_VARS,
  LOAD_ATTR,
  STORE_ATTR,
  DELETE_ATTR,
  LOAD_METHOD,
  BUILD_TUPLE,
  BUILD_LIST,
  BUILD_SET,
  BUILD_MAP,
  BUILD_CONST_KEY_MAP,
  BUILD_STRING,
  LIST_APPEND,
  SET_ADD,
  MAP_ADD,
  LIST_EXTEND,
  SET_UPDATE,
  DICT_UPDATE,
  DICT_MERGE,
  LIST_TO_TUPLE,
  UNPACK_SEQUENCE,
  UNPACK_EX,
  FORMAT_VALUE,
  JUMP_FORWARD,
  JUMP_BACKWARD,
  JUMP_BACKWARD_NO_INTERRUPT,
  POP_JUMP_FORWARD_IF_FALSE,
  POP_JUMP_FORWARD_IF_TRUE,
  POP_JUMP_BACKWARD_IF_FALSE,
  POP_JUMP_BACKWARD_IF_TRUE,
  POP_JUMP_FORWARD_IF_NONE,
  POP_JUMP_FORWARD_IF_NOT_NONE,
  POP_JUMP_BACKWARD_IF_NONE,
  POP_JUMP_BACKWARD_IF_NOT_NONE,
  JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP,
  GET_ITER,
  FOR_ITER,
  GET_YIELD_FROM_ITER,
  SEND,
  YIELD_VALUE,
  RETURN_VALUE,
  RETURN_GENERATOR,
  RESUME,
  CALL,
  KW_NAMES,
  CALL_FUNCTION_EX,
  MAKE_FUNCTION,
  LOAD_BUILD_CLASS,
  IMPORT_NAME,
  IMPORT_FROM,
  IMPORT_STAR,
  RAISE_VARARGS,
  RERAISE,
  PUSH_EXC_INFO,
  POP_EXCEPT,
  CHECK_EXC_MATCH,
  WITH_EXCEPT_START,
  BEFORE_WITH,
  BEFORE_ASYNC_WITH,
  LOAD_ASSERTION_ERROR,
  GET_AWAITABLE,
  GET_AITER,
  GET_ANEXT,
  END_ASYNC_FOR,
  ASYNC_GEN_WRAP,
  SETUP_ANNOTATIONS,
  CLEANUP_THROW,
}

export const opNames: readonly string[] = [
  'NOP',
  'POP_TOP',
  'PUSH_NULL',
  'COPY',
  'SWAP',
  'UNARY_POSITIVE',
  'UNARY_NEGATIVE',
  'UNARY_NOT',
  'UNARY_INVERT',
  'BINARY_OP',
  'BINARY_SUBSCR',
  'STORE_SUBSCR',
  'DELETE_SUBSCR',
  'BUILD_SLICE',
  'COMPARE_OP',
  'IS_OP',
  'CONTAINS_OP',
  'LOAD_CONST',
  'LOAD_FAST',
  'STORE_FAST',
  'DELETE_FAST',
  'LOAD_NAME',
  'STORE_NAME',
  'DELETE_NAME',
  'LOAD_GLOBAL',
  'STORE_GLOBAL',
  'DELETE_GLOBAL',
  'LOAD_DEREF',
  'STORE_DEREF',
  'DELETE_DEREF',
  'LOAD_CLOSURE',
  'LOAD_CLASSDEREF',
  'MAKE_CELL',
  'COPY_FREE_VARS',
  'LOAD_ATTR',
  'STORE_ATTR',
  'DELETE_ATTR',
  'LOAD_METHOD',
  'BUILD_TUPLE',
  'BUILD_LIST',
  'BUILD_SET',
  'BUILD_MAP',
  'BUILD_CONST_KEY_MAP',
  'BUILD_STRING',
  'LIST_APPEND',
  'SET_ADD',
  'MAP_ADD',
  'LIST_EXTEND',
  'SET_UPDATE',
  'DICT_UPDATE',
  'DICT_MERGE',
  'LIST_TO_TUPLE',
  'UNPACK_SEQUENCE',
  'UNPACK_EX',
  'FORMAT_VALUE',
  'JUMP_FORWARD',
  'JUMP_BACKWARD',
  'JUMP_BACKWARD_NO_INTERRUPT',
  'POP_JUMP_FORWARD_IF_FALSE',
  'POP_JUMP_FORWARD_IF_TRUE',
  'POP_JUMP_BACKWARD_IF_FALSE',
  'POP_JUMP_BACKWARD_IF_TRUE',
  'POP_JUMP_FORWARD_IF_NONE',
  'POP_JUMP_FORWARD_IF_NOT_NONE',
  'POP_JUMP_BACKWARD_IF_NONE',
  'POP_JUMP_BACKWARD_IF_NOT_NONE',
  'JUMP_IF_FALSE_OR_POP',
  'JUMP_IF_TRUE_OR_POP',
  'GET_ITER',
  'FOR_ITER',
  'GET_YIELD_FROM_ITER',
  'SEND',
  'YIELD_VALUE',
  'RETURN_VALUE',
  'RETURN_GENERATOR',
  'RESUME',
  'CALL',
  'KW_NAMES',
  'CALL_FUNCTION_EX',
  'MAKE_FUNCTION',
  'LOAD_BUILD_CLASS',
  'IMPORT_NAME',
  'IMPORT_FROM',
  'IMPORT_STAR',
  'RAISE_VARARGS',
  'RERAISE',
  'PUSH_EXC_INFO',
  'POP_EXCEPT',
  'CHECK_EXC_MATCH',
  'WITH_EXCEPT_START',
  'BEFORE_WITH',
  'BEFORE_ASYNC_WITH',
  'LOAD_ASSERTION_ERROR',
  'GET_AWAITABLE',
  'GET_AITER',
  'GET_ANEXT',
  'END_ASYNC_FOR',
  'ASYNC_GEN_WRAP',
  'SETUP_ANNOTATIONS',
  'CLEANUP_THROW',
]

/** BINARY_OP's argument, numbered as CPython's NB_* constants; in-place forms add 13. */
export const enum BinaryOp {
  ADD,
  AND,
  FLOOR_DIVIDE,
  LSHIFT,
  MATRIX_MULTIPLY,
  MULTIPLY,
  REMAINDER,
  OR,
  POWER,
  RSHIFT,
  SUBTRACT,
  TRUE_DIVIDE,
  XOR,
  INPLACE = 13,
}

export const binaryOpSymbols = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^']

/** COMPARE_OP's argument, in CPython's Py_LT.. order. */
export const enum CompareOp {
  LT,
  LE,
  EQ,
  NE,
  GT,
  GE,
}

export const compareOpSymbols = ['<', '<=', '==', '!=', '>', '>=']

/** MAKE_FUNCTION's flags. */
export const enum MakeFunctionFlag {
  DEFAULTS = 1,
  KWDEFAULTS = 2,
  ANNOTATIONS = 4,
  CLOSURE = 8,
}

/** FORMAT_VALUE's argument: the conversion in the low 2 bits (masked by formatConversionMask), a spec when bit 2 is set. */
export const formatConversionMask = 3

export const enum FormatFlag {
  STR = 1,
  REPR = 2,
  ASCII = 3,
  HAS_SPEC = 4,
}

/** RESUME's argument, telling where execution resumes (function start, after yield, after await). */
/** GET_AWAITABLE's argument: where the awaited value came from, for the error when it cannot be awaited. */
export const enum AwaitSource {
  AWAIT = 0,
  AENTER = 1,
  AEXIT = 2,
}

export const enum ResumeKind {
  START,
  AFTER_YIELD,
  AFTER_YIELD_FROM,
  AFTER_AWAIT,
}

export const opArgBits = 8
export const maxOpArg = (1 << 23) - 1

export function encode(op: Op, arg: number): number {
  return op | (arg << opArgBits)
}

export function isJump(op: Op): boolean {
  return (op >= Op.JUMP_FORWARD && op <= Op.JUMP_IF_TRUE_OR_POP) || op === Op.FOR_ITER || op === Op.SEND
}

/** The backward twin of a forward jump, chosen by the assembler when the target lies behind. */
export function backwardJump(op: Op): Op {
  switch (op) {
    case Op.JUMP_FORWARD:
      return Op.JUMP_BACKWARD
    case Op.POP_JUMP_FORWARD_IF_FALSE:
      return Op.POP_JUMP_BACKWARD_IF_FALSE
    case Op.POP_JUMP_FORWARD_IF_TRUE:
      return Op.POP_JUMP_BACKWARD_IF_TRUE
    case Op.POP_JUMP_FORWARD_IF_NONE:
      return Op.POP_JUMP_BACKWARD_IF_NONE
    case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
      return Op.POP_JUMP_BACKWARD_IF_NOT_NONE
    default:
      return op
  }
}
