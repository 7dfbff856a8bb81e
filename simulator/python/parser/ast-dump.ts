// `ast.dump(node)` of CPython 3.11 with default arguments: fields in `_fields` order, `name=value` everywhere,
// optional (`?`) fields left out when None, empty lists kept, no positions.

import type * as ast from '../ast/nodes'
import { FIELDS } from './ast-fields'
import { reprConstant, reprStr } from './python-repr'

/** Fields whose string values are enum members (`Load()`, `Add()`), not identifiers. */
const ENUM_FIELDS = new Set(['ctx', 'op', 'ops'])

export function astDump(node: ast.Node): string {
  return dumpNode(node)
}

function dumpNode(node: ast.Node): string {
  const record = node as unknown as Record<string, unknown>
  const args: string[] = []
  for (const spec of FIELDS[node.kind]) {
    const optional = spec.endsWith('?')
    const name = optional ? spec.slice(0, -1) : spec
    const value = node.kind === 'Constant' && name === 'kind' ? record.kind_ : record[name]
    if (optional && (value === null || value === undefined)) continue
    args.push(`${name}=${dumpField(node, name, value)}`)
  }
  return `${node.kind}(${args.join(', ')})`
}

function dumpField(node: ast.Node, name: string, value: unknown): string {
  if ((node.kind === 'Constant' || node.kind === 'MatchSingleton') && name === 'value') {
    return reprConstant(value as ast.ConstantValue)
  }
  if (Array.isArray(value)) return `[${value.map((v) => dumpField(node, name, v)).join(', ')}]`
  if (value === null || value === undefined) return 'None'
  if (typeof value === 'string') return ENUM_FIELDS.has(name) ? `${value}()` : reprStr(value)
  if (typeof value === 'number') return String(value)
  return dumpNode(value as ast.Node)
}
