// How CPython names an expression in its error messages (`_PyPegen_get_expr_name`) and which sub-expression makes
// an assignment or deletion target invalid (`_PyPegen_get_invalid_target`).

import type * as ast from '../ast/nodes'

export function expressionName(e: ast.Expr): string {
  switch (e.kind) {
    case 'Attribute':
      return 'attribute'
    case 'Subscript':
      return 'subscript'
    case 'Starred':
      return 'starred'
    case 'Name':
      return 'name'
    case 'List':
      return 'list'
    case 'Tuple':
      return 'tuple'
    case 'Lambda':
      return 'lambda'
    case 'Call':
      return 'function call'
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression'
    case 'GeneratorExp':
      return 'generator expression'
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression'
    case 'Await':
      return 'await expression'
    case 'ListComp':
      return 'list comprehension'
    case 'SetComp':
      return 'set comprehension'
    case 'DictComp':
      return 'dict comprehension'
    case 'Dict':
      return 'dict literal'
    case 'Set':
      return 'set display'
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression'
    case 'Constant': {
      const v = e.value
      if (v === null) return 'None'
      if (v === true) return 'True'
      if (v === false) return 'False'
      if (typeof v === 'object' && 'ellipsis' in v) return 'ellipsis'
      return 'literal'
    }
    case 'Compare':
      return 'comparison'
    case 'IfExp':
      return 'conditional expression'
    case 'NamedExpr':
      return 'named expression'
    case 'Slice':
      return 'slice'
  }
}

export type TargetsType = 'star' | 'del' | 'for'

export function invalidTarget(e: ast.Expr, type: TargetsType): ast.Expr | null {
  switch (e.kind) {
    case 'List':
    case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, type)
        if (bad) return bad
      }
      return null
    case 'Starred':
      return type === 'del' ? e : invalidTarget(e.value, type)
    case 'Compare':
      // `for a in b` reaches here parsed as a comparison: only its left side is the target.
      if (type === 'for') return e.ops[0] === 'In' ? invalidTarget(e.left, type) : null
      return e
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null
    default:
      return e
  }
}
