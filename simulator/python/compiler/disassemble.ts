// A `dis`-like listing of a code object: the bytecode view shows it, and it helps compare with CPython.
import type { CodeObject } from '../runtime/code'
import { reprFast } from '../runtime/abstract/repr'
import { binaryOpSymbols, compareOpSymbols, isJump, Op, opNames } from './opcodes'

export interface Instruction {
  index: number
  line: number
  opname: string
  arg: number
  /** A readable argument: the name, constant or jump target it stands for. */
  argText: string
}

export function instructions(code: CodeObject): Instruction[] {
  const out: Instruction[] = []
  for (let i = 0; i < code.code.length; i++) {
    const word = code.code[i]
    const op = (word & 0xff) as Op
    const arg = word >>> 8
    out.push({ index: i, line: code.lineOf(i), opname: opNames[op], arg, argText: argText(code, op, arg) })
  }
  return out
}

function argText(code: CodeObject, op: Op, arg: number): string {
  if (isJump(op)) return `to ${arg}`
  switch (op) {
    case Op.LOAD_CONST:
    case Op.KW_NAMES:
      return reprFast(code.consts[arg]) ?? ''
    case Op.LOAD_NAME:
    case Op.STORE_NAME:
    case Op.DELETE_NAME:
    case Op.STORE_GLOBAL:
    case Op.DELETE_GLOBAL:
    case Op.LOAD_ATTR:
    case Op.STORE_ATTR:
    case Op.DELETE_ATTR:
    case Op.LOAD_METHOD:
    case Op.IMPORT_NAME:
    case Op.IMPORT_FROM:
      return code.names[arg]
    case Op.LOAD_GLOBAL:
      return (arg & 1 ? 'NULL + ' : '') + code.names[arg >> 1]
    case Op.LOAD_FAST:
    case Op.STORE_FAST:
    case Op.DELETE_FAST:
    case Op.LOAD_DEREF:
    case Op.STORE_DEREF:
    case Op.DELETE_DEREF:
    case Op.LOAD_CLOSURE:
    case Op.LOAD_CLASSDEREF:
    case Op.MAKE_CELL:
      return code.localsplus[arg]
    case Op.BINARY_OP:
      return arg >= 13 ? binaryOpSymbols[arg - 13] + '=' : binaryOpSymbols[arg]
    case Op.COMPARE_OP:
      return compareOpSymbols[arg]
    default:
      return ''
  }
}

/** The listing as text, one instruction per line, marking where each source line starts. */
export function disassemble(code: CodeObject): string {
  let lastLine = -1
  return instructions(code)
    .map((ins) => {
      const line = ins.line !== lastLine && ins.line > 0 ? String(ins.line).padStart(4) : '    '
      lastLine = ins.line > 0 ? ins.line : lastLine
      const arg = ins.opname.length && hasArg(ins) ? String(ins.arg).padStart(4) : '    '
      return `${line} ${String(ins.index).padStart(5)} ${ins.opname.padEnd(28)}${arg}${ins.argText ? ` (${ins.argText})` : ''}`
    })
    .join('\n')
}

function hasArg(ins: Instruction): boolean {
  return ins.arg !== 0 || ins.argText !== ''
}
