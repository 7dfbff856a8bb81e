// Assignment, deletion and `for` targets (`star_targets`, `single_target`, `del_targets`, `t_primary`).

import type * as ast from '../ast/nodes'
import { tokenSpan } from './token-cursor'
import { ArgumentRules } from './argument-rules'
import { nameId } from './parser-base'

export abstract class TargetRules extends ArgumentRules {
  protected starTargets(): ast.Expr | null {
    const start = this.pos
    const first = this.starTarget()
    if (!first) return null
    if (!this.isOp(',')) return first
    const elts = [first]
    while (this.op(',')) {
      const t = this.starTarget()
      if (!t) break
      elts.push(t)
    }
    return { kind: 'Tuple', elts, ctx: 'Store', ...this.span(start) }
  }

  protected starTargetsSeq(close: string, requireComma: boolean): ast.Expr[] | null {
    const elts: ast.Expr[] = []
    let sawComma = false
    for (;;) {
      const t = this.starTarget()
      if (!t) break
      elts.push(t)
      if (!this.isOp(',')) break
      this.next()
      sawComma = true
    }
    if (!elts.length || (requireComma && !sawComma) || !this.isOp(close)) return null
    return elts
  }

  protected starTarget(): ast.Expr | null {
    return this.memo('star_target', () => {
      const start = this.pos
      if (this.op('*')) {
        if (this.isOp('*')) return null
        const value = this.starTarget()
        if (!value) return null
        return { kind: 'Starred', value, ctx: 'Store', ...this.span(start) }
      }
      return this.targetWithStarAtom()
    })
  }

  protected targetWithStarAtom(): ast.Expr | null {
    return this.memo('target_with_star_atom', () => this.subscriptAttributeTarget('Store') ?? this.starAtom())
  }

  /** `t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead` with the given context. */
  protected subscriptAttributeTarget(ctx: ast.ExprContext): ast.Expr | null {
    return this.attempt(() => {
      const start = this.pos
      const value = this.tPrimary()
      if (!value) return null
      const m = this.pos
      if (this.op('.')) {
        const n = this.name()
        if (n && !this.tLookahead()) return { kind: 'Attribute', value, attr: nameId(n), ctx, ...this.span(start) }
      }
      this.pos = m
      if (this.op('[')) {
        const slice = this.slices()
        if (slice && this.op(']') && !this.tLookahead())
          return { kind: 'Subscript', value, slice, ctx, ...this.span(start) }
      }
      return null
    })
  }

  protected tLookahead(): boolean {
    return this.isOp('(') || this.isOp('[') || this.isOp('.')
  }

  protected tPrimary(): ast.Expr | null {
    return this.memo('t_primary', () => {
      const start = this.pos
      let value = this.atom()
      if (!value || !this.tLookahead()) return null
      for (;;) {
        const m = this.pos
        const next = this.trailer(value, start, 'Load')
        if (!next) break
        if (!this.tLookahead()) {
          this.pos = m
          break
        }
        value = next
      }
      return value
    })
  }

  protected starAtom(): ast.Expr | null {
    const start = this.pos
    const t = this.peek()
    if (this.isName()) {
      this.next()
      return { kind: 'Name', id: nameId(t), ctx: 'Store', ...tokenSpan(t) }
    }
    if (this.isOp('(')) {
      const inner = this.attempt(() => {
        this.next()
        const a = this.targetWithStarAtom()
        return a && this.op(')') ? a : null
      })
      if (inner) return inner
      return this.attempt(() => {
        this.next()
        const elts = this.isOp(')') ? [] : this.starTargetsSeq(')', true)
        if (!elts || !this.op(')')) return null
        return { kind: 'Tuple', elts, ctx: 'Store', ...this.span(start) }
      })
    }
    if (this.isOp('[')) {
      return this.attempt(() => {
        this.next()
        const elts = this.isOp(']') ? [] : this.starTargetsSeq(']', false)
        if (!elts || !this.op(']')) return null
        return { kind: 'List', elts, ctx: 'Store', ...this.span(start) }
      })
    }
    return null
  }

  protected singleTarget(): ast.Name | ast.Attribute | ast.Subscript | null {
    const sa = this.singleSubscriptAttributeTarget()
    if (sa) return sa
    const t = this.peek()
    if (this.isName()) {
      this.next()
      return { kind: 'Name', id: nameId(t), ctx: 'Store', ...tokenSpan(t) }
    }
    return this.attempt(() => {
      if (!this.op('(')) return null
      const inner = this.singleTarget()
      return inner && this.op(')') ? inner : null
    })
  }

  protected singleSubscriptAttributeTarget(): ast.Attribute | ast.Subscript | null {
    return this.subscriptAttributeTarget('Store') as ast.Attribute | ast.Subscript | null
  }

  protected delTargets(): ast.Expr[] | null {
    const out: ast.Expr[] = []
    for (;;) {
      const t = this.delTarget()
      if (!t) break
      out.push(t)
      if (!this.isOp(',')) break
      this.next()
    }
    return out.length ? out : null
  }

  protected delTarget(): ast.Expr | null {
    return this.memo('del_target', () => {
      const sa = this.subscriptAttributeTarget('Del')
      if (sa) return sa
      const start = this.pos
      const t = this.peek()
      if (this.isName()) {
        this.next()
        return { kind: 'Name', id: nameId(t), ctx: 'Del', ...tokenSpan(t) }
      }
      if (this.isOp('(')) {
        const inner = this.attempt(() => {
          this.next()
          const a = this.delTarget()
          return a && this.op(')') ? a : null
        })
        if (inner) return inner
        return this.attempt(() => {
          this.next()
          const elts = this.delTargets() ?? []
          if (!this.op(')')) return null
          return { kind: 'Tuple', elts, ctx: 'Del', ...this.span(start) }
        })
      }
      if (this.isOp('[')) {
        return this.attempt(() => {
          this.next()
          const elts = this.delTargets() ?? []
          if (!this.op(']')) return null
          return { kind: 'List', elts, ctx: 'Del', ...this.span(start) }
        })
      }
      return null
    })
  }
}
