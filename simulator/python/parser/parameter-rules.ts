// Parameter lists of `def` and `lambda` (`params`, `lambda_params` and their invalid_* rules).

import type * as ast from '../ast/nodes'
import { tokenSpan } from './token-cursor'
import { ParserBase } from './parser-base'
import { nameId } from './parser-base'

interface ParamItem {
  arg: ast.Arg
  defaultValue: ast.Expr | null
}

export abstract class ParameterRules extends ParserBase {
  /** def parameters (until ')') or lambda parameters (until ':'). Null when there are none or they are invalid. */
  protected parameters(isLambda: boolean): ast.Arguments | null {
    const start = this.pos
    const closer = isLambda ? ':' : ')'
    const atEnd = (): boolean => this.isOp(closer)
    const separator = (): boolean => {
      if (this.op(',')) return true
      return atEnd()
    }
    const param = (allowStarAnnotation: boolean): ast.Arg | null => {
      const n = this.name()
      if (!n) return null
      const pStart = this.pos - 1
      let annotation: ast.Expr | null = null
      if (!isLambda && this.isOp(':')) {
        const m = this.pos
        this.next()
        annotation = allowStarAnnotation ? this.starExpression() : this.expression()
        if (!annotation) this.pos = m
      }
      return { kind: 'arg', arg: nameId(n), annotation, type_comment: null, ...this.span(pStart) }
    }
    const defaultValue = (): ast.Expr | null => {
      const m = this.pos
      if (!this.op('=')) return null
      const e = this.expression()
      if (!e) this.pos = m
      return e
    }
    const fail = (): null => {
      this.pos = start
      return null
    }

    let positional: ParamItem[] = []
    let posonly: ParamItem[] = []
    let sawSlash = false
    const kwonly: ParamItem[] = []
    let vararg: ast.Arg | null = null
    let kwarg: ast.Arg | null = null
    let sawStar = false
    /** The positional parameters so far: N (no default), D (default), / (the slash). */
    let shape = ''

    for (;;) {
      if (atEnd()) break
      const t = this.peek()
      if (t.type === 'NAME' && this.isName()) {
        const itemStart = this.pos
        const arg = param(false)
        if (!arg) return fail()
        const dflt = defaultValue()
        if (this.callInvalidRules && kwarg) this.raiseKnown('arguments cannot follow var-keyword argument', arg)
        if (kwarg) return fail()
        if (!separator()) {
          this.pos = itemStart
          break
        }
        const list = sawStar ? kwonly : positional
        if (!sawStar && !dflt && [...posonly, ...positional].some((p) => p.defaultValue)) {
          // invalid_parameters only matches `param_no_default* (slash_with_default | param_with_default+)` here.
          if (this.callInvalidRules && /^N*D+\/?$/.test(shape)) {
            this.raiseKnown('non-default argument follows default argument', arg)
          }
          return fail()
        }
        list.push({ arg, defaultValue: dflt })
        if (!sawStar) shape += dflt ? 'D' : 'N'
        continue
      }
      if (t.type === 'OP' && t.value === '/') {
        if (this.callInvalidRules) {
          if (kwarg) this.raiseKnown('arguments cannot follow var-keyword argument', tokenSpan(t))
          if (!positional.length && !sawSlash && this.isOp(',', 1)) {
            this.raiseKnown('at least one argument must precede /', tokenSpan(t))
          }
          if (sawSlash) this.raiseKnown('/ may appear only once', tokenSpan(t))
          if (sawStar) this.raiseKnown('/ must be ahead of *', tokenSpan(t))
        }
        if (!positional.length || sawSlash || sawStar || kwarg) return fail()
        this.next()
        if (!separator()) return fail()
        sawSlash = true
        shape += '/'
        posonly = positional
        positional = []
        continue
      }
      if (t.type === 'OP' && t.value === '*') {
        if (this.callInvalidRules && kwarg)
          this.raiseKnown('arguments cannot follow var-keyword argument', tokenSpan(t))
        if (this.callInvalidRules && sawStar) this.raiseKnown('* argument may appear only once', tokenSpan(t))
        if (sawStar || kwarg) return fail()
        this.next()
        sawStar = true
        if (this.op(',')) {
          if (this.callInvalidRules && (atEnd() || this.isOp('**')))
            this.raiseKnown('named arguments must follow bare *', tokenSpan(t))
          if (!this.isName()) return fail()
          continue
        }
        if (atEnd()) {
          if (this.callInvalidRules) this.raiseKnown('named arguments must follow bare *', tokenSpan(t))
          return fail()
        }
        vararg = param(true)
        if (!vararg) return fail()
        if (this.isOp('=')) {
          if (this.callInvalidRules)
            this.raiseKnown('var-positional argument cannot have default value', tokenSpan(this.peek()))
          return fail()
        }
        if (!separator()) return fail()
        continue
      }
      if (t.type === 'OP' && t.value === '**') {
        if (this.callInvalidRules && kwarg)
          this.raiseKnown('arguments cannot follow var-keyword argument', tokenSpan(t))
        if (kwarg) return fail()
        this.next()
        kwarg = param(false)
        if (!kwarg) return fail()
        if (this.isOp('=')) {
          if (this.callInvalidRules)
            this.raiseKnown('var-keyword argument cannot have default value', tokenSpan(this.peek()))
          return fail()
        }
        if (!separator()) return fail()
        continue
      }
      break
    }
    if (this.pos === start) return null
    const all = [...posonly, ...positional]
    const firstDefault = all.findIndex((p) => p.defaultValue)
    return {
      kind: 'arguments',
      posonlyargs: posonly.map((p) => p.arg),
      args: positional.map((p) => p.arg),
      vararg,
      kwonlyargs: kwonly.map((p) => p.arg),
      kw_defaults: kwonly.map((p) => p.defaultValue),
      kwarg,
      defaults: firstDefault < 0 ? [] : all.slice(firstDefault).map((p) => p.defaultValue as ast.Expr),
    }
  }
}
