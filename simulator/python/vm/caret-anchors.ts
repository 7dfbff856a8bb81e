// Where 3.11's traceback printer (Python/traceback.c, extract_anchors_from_line) puts `^` inside a `~~~` marker:
// under the operator of a binary operation, or under the brackets of a subscript. The segment is the source text
// of the failing instruction on one line; it is parsed on its own, and only a lone expression statement counts.
import { parse } from '../parser'

export interface Anchors {
  /** Code point offsets in the segment: the secondary character from `left` up to `right`, the primary elsewhere. */
  left: number
  right: number
  primary: string
  secondary: string
}

const isWhitespace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\f'

export function caretAnchors(segment: string): Anchors | null {
  const parsed = parse(segment, '<segment>')
  if (!parsed.ok || parsed.module.body.length !== 1) return null
  const statement = parsed.module.body[0]
  if (statement.kind !== 'Expr') return null
  const expr = statement.value
  if (expr.kind === 'BinOp') {
    // The first operator character after the left operand, past closing parentheses.
    const end = expr.right.col_offset!
    let left = -1
    let right = -1
    let primary = '^'
    let secondary = '^'
    for (let i = expr.left.end_col_offset!; i < end; i++) {
      if (isWhitespace(segment[i])) continue
      left = i
      right = i + 1
      if (i + 1 < end && !isWhitespace(segment[i + 1])) right++
      if (i + 1 < end && segment[i] === ')') continue
      primary = '~'
      secondary = '^'
      break
    }
    if (left < 0) return null
    return { left: codePoints(segment, left), right: codePoints(segment, right), primary, secondary }
  }
  if (expr.kind === 'Subscript') {
    let left = expr.value.end_col_offset!
    let right = expr.slice.end_col_offset! + 1
    while (left < segment.length && segment[left] !== '[') left++
    while (right < segment.length && segment[right] !== ']') right++
    if (right < segment.length) right++
    return { left: codePoints(segment, left), right: codePoints(segment, right), primary: '~', secondary: '^' }
  }
  return null
}

/** The number of code points in the first `units` UTF-16 units of `text`. */
export function codePoints(text: string, units: number): number {
  return Array.from(text.slice(0, units)).length
}
