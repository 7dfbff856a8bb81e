// str methods that map characters (case conversion), classify them (is*) or pad the string.
import { typeError } from '../../runtime/errors'
import type { PyValue } from '../../runtime/object'
import { typeName } from '../../runtime/type-of'
import { pyBool } from '../../runtime/types/bool'
import { StrType } from '../../runtime/types/str'
import { strLen } from '../../runtime/types/str-index'
import { strOf } from '../../runtime/types/str-subclass'
import * as U from '../../unicode'
import { method } from '../define'
import { clinicArgs, intArg, selfStr } from './str-args'

const conversions: [string, (s: string) => string][] = [
  ['lower', U.strLower],
  ['upper', U.strUpper],
  ['title', U.strTitle],
  ['capitalize', U.strCapitalize],
  ['swapcase', U.strSwapcase],
  ['casefold', U.strCasefold],
]

const predicates: [string, (s: string) => boolean][] = [
  ['isalpha', U.strIsAlpha],
  ['isalnum', U.strIsAlnum],
  ['isdecimal', U.strIsDecimal],
  ['isdigit', U.strIsDigit],
  ['isnumeric', U.strIsNumeric],
  ['isspace', U.strIsSpace],
  ['isupper', U.strIsUpper],
  ['islower', U.strIsLower],
  ['istitle', U.strIsTitle],
  ['isidentifier', U.strIsIdentifier],
  ['isprintable', U.strIsPrintable],
  ['isascii', U.strIsAscii],
]

function noArguments(name: string, a: PyValue[]): void {
  if (a.length > 1) throw typeError(`str.${name}() takes no arguments (${a.length - 1} given)`)
}

function fillChar(v: PyValue | undefined): string {
  if (v === undefined) return ' '
  const fill = strOf(v)
  if (fill === undefined) throw typeError(`The fill character must be a unicode character, not ${typeName(v)}`)
  if (strLen(fill) !== 1) throw typeError('The fill character must be exactly one character long')
  return fill
}

/** center/ljust/rjust: CPython puts the odd padding character on the left only when the width is odd. */
export function pad(s: string, width: number, fill: string, where: 'left' | 'right' | 'center'): string {
  const total = width - strLen(s)
  if (total <= 0) return s
  if (where === 'left') return s + fill.repeat(total)
  if (where === 'right') return fill.repeat(total) + s
  const left = Math.floor(total / 2) + (total & width & 1)
  return fill.repeat(left) + s + fill.repeat(total - left)
}

export function zfill(s: string, width: number): string {
  const total = width - strLen(s)
  if (total <= 0) return s
  const sign = s[0] === '+' || s[0] === '-' ? s[0] : ''
  return sign + '0'.repeat(total) + s.slice(sign.length)
}

export function expandTabs(s: string, tabsize: number): string {
  let column = 0
  let out = ''
  for (const c of s) {
    if (c === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (column % tabsize)
        out += ' '.repeat(n)
        column += n
      }
    } else {
      out += c
      column = c === '\n' || c === '\r' ? 0 : column + 1
    }
  }
  return out
}

export function installStrCaseMethods(): void {
  for (const [name, convert] of conversions) {
    method(StrType, name, (_ts, a) => {
      const s = selfStr(name, a[0])
      noArguments(name, a)
      return convert(s)
    })
  }
  for (const [name, test] of predicates) {
    method(StrType, name, (_ts, a) => {
      const s = selfStr(name, a[0])
      noArguments(name, a)
      return pyBool(test(s))
    })
  }
  for (const [name, where] of [
    ['center', 'center'],
    ['ljust', 'left'],
    ['rjust', 'right'],
  ] as const) {
    method(StrType, name, (_ts, a) => {
      const s = selfStr(name, a[0])
      if (a.length < 2) throw typeError(`${name} expected at least 1 argument, got ${a.length - 1}`)
      if (a.length > 3) throw typeError(`${name} expected at most 2 arguments, got ${a.length - 1}`)
      return pad(s, intArg(a[1]), fillChar(a[2]), where)
    })
  }
  method(StrType, 'zfill', (_ts, a) => {
    const s = selfStr('zfill', a[0])
    if (a.length !== 2) throw typeError(`str.zfill() takes exactly one argument (${a.length - 1} given)`)
    return zfill(s, intArg(a[1]))
  })
  method(StrType, 'expandtabs', (_ts, a, kw) => {
    const s = selfStr('expandtabs', a[0])
    const [tabsize] = clinicArgs('expandtabs', a, kw, ['tabsize'])
    return expandTabs(s, tabsize === undefined ? 8 : intArg(tabsize))
  })
}
