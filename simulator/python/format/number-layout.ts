import type { FormatSpec } from './format-spec'
import { codePointLength } from './code-points'

// Lays out a formatted number the way CPython's calc_number_widths/fill_number do:
//   <left pad><sign><prefix><sign pad><grouped digits><rest><right pad>
// `digits` is the integer part (may be empty, as for 'inf' or a 'c' character) and `rest` everything after it
// (decimal point, fraction, exponent, '%'). Zero fill with '=' alignment pads inside the digits, grouped too.
export function layoutNumber(
  negative: boolean,
  prefix: string,
  digits: string,
  rest: string,
  spec: FormatSpec,
): string {
  const sign = negative ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : ''
  const fixedLength = sign.length + prefix.length + codePointLength(rest)
  const minWidth = spec.fill === '0' && spec.align === '=' ? spec.width - fixedLength : 0
  const grouped =
    digits.length === 0
      ? ''
      : groupDigits(digits, minWidth, spec.grouping === null ? 0 : spec.groupSize, spec.grouping ?? '')
  const padding = spec.width - fixedLength - grouped.length
  if (padding <= 0) return sign + prefix + grouped + rest
  const fill = spec.fill
  switch (spec.align) {
    case '<':
      return sign + prefix + grouped + rest + fill.repeat(padding)
    case '^': {
      const left = padding >> 1
      return fill.repeat(left) + sign + prefix + grouped + rest + fill.repeat(padding - left)
    }
    case '=':
      return sign + prefix + fill.repeat(padding) + grouped + rest
    case '>':
      return fill.repeat(padding) + sign + prefix + grouped + rest
  }
}

// Separators every `size` digits from the right (none when size is 0), with leading zeros added until the result
// is at least `minWidth` long; a separator never starts the result (CPython's InsertThousandsGrouping).
export function groupDigits(digits: string, minWidth: number, size: number, separator: string): string {
  let remaining = digits.length
  if (size === 0) {
    const zeros = Math.max(remaining, minWidth, 1) - remaining
    return zeros > 0 ? '0'.repeat(zeros) + digits : digits
  }
  if (minWidth <= 0 && remaining <= size) return digits
  const groups: string[] = []
  let width = Math.max(0, minWidth)
  for (;;) {
    const length = Math.min(size, Math.max(remaining, width, 1))
    const taken = Math.min(remaining, length)
    const group = digits.slice(remaining - taken, remaining)
    groups.push(taken < length ? '0'.repeat(length - taken) + group : group)
    remaining -= taken
    width -= length
    if (remaining <= 0 && width <= 0) break
    width -= separator.length
  }
  return groups.reverse().join(separator)
}
