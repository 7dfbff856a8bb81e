import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { opNames } from '../compiler/opcodes'

/** The members of `const enum <name> { … }` in a TypeScript source, in declaration order. */
function enumMembers(source: string, name = 'Op'): string[] {
  const body = new RegExp(`\\bconst enum ${name} \\{\\n([\\s\\S]*?)\\n\\}`).exec(source)
  if (body === null) return []
  return body[1]
    .split('\n')
    .map((line) => line.trim().replace(/,$/, ''))
    .filter((line) => line !== '' && !line.startsWith('//'))
}

describe("the evaluation loop's copies of the compiler's enums", () => {
  it('numbers every opcode as the compiler does', () => {
    const local = enumMembers(readFileSync(join(import.meta.dirname, 'eval.ts'), 'utf8'))
    const compiler = enumMembers(readFileSync(join(import.meta.dirname, '../compiler/opcodes.ts'), 'utf8'))
    expect(local).toEqual(compiler)
    expect(local).toEqual(opNames)
  })

  it("numbers BINARY_OP's operators as the compiler does", () => {
    const local = enumMembers(readFileSync(join(import.meta.dirname, 'eval.ts'), 'utf8'), 'BinaryOp')
    const compiler = enumMembers(readFileSync(join(import.meta.dirname, '../compiler/opcodes.ts'), 'utf8'), 'BinaryOp')
    expect(local).toContain('INPLACE = 13')
    expect(local).toEqual(compiler)
  })
})
