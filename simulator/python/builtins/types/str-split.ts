// str methods that cut a string into pieces or trim it: split/rsplit, splitlines, strip/lstrip/rstrip, join.
import { toArray } from '../../runtime/abstract/iter'
import { special } from '../../runtime/abstract/call'
import { typeError, valueError } from '../../runtime/errors'
import { None, type PyValue } from '../../runtime/object'
import { typeName } from '../../runtime/type-of'
import { PyList } from '../../runtime/types/list'
import { StrType } from '../../runtime/types/str'
import { strOf } from '../../runtime/types/str-subclass'
import { isWhitespace } from '../../unicode'
import { method, resumableMethod } from '../define'
import { clinicArgs, intArg, selfStr } from './str-args'

/** A whitespace test on UTF-16 units: every str.isspace() character is in the BMP. */
type SpaceTest = (unit: number) => boolean

export function splitWhitespace(s: string, maxsplit: number, isSpace: SpaceTest = isWhitespace): string[] {
  const isSpaceUnit = (text: string, i: number) => isSpace(text.charCodeAt(i))
  const out: string[] = []
  let i = 0
  const n = s.length
  while (i < n) {
    while (i < n && isSpaceUnit(s, i)) i++
    if (i === n) break
    if (out.length === maxsplit) {
      out.push(s.slice(i))
      break
    }
    let j = i
    while (j < n && !isSpaceUnit(s, j)) j++
    out.push(s.slice(i, j))
    i = j
  }
  return out
}

export function rsplitWhitespace(s: string, maxsplit: number, isSpace: SpaceTest = isWhitespace): string[] {
  const isSpaceUnit = (text: string, i: number) => isSpace(text.charCodeAt(i))
  const out: string[] = []
  let j = s.length
  while (j > 0) {
    while (j > 0 && isSpaceUnit(s, j - 1)) j--
    if (j === 0) break
    if (out.length === maxsplit) {
      out.push(s.slice(0, j))
      break
    }
    let i = j
    while (i > 0 && !isSpaceUnit(s, i - 1)) i--
    out.push(s.slice(i, j))
    j = i
  }
  return out.reverse()
}

export function splitOn(s: string, sep: string, maxsplit: number): string[] {
  const parts = s.split(sep)
  if (maxsplit < 0 || parts.length <= maxsplit + 1) return parts
  return [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)]
}

export function rsplitOn(s: string, sep: string, maxsplit: number): string[] {
  const parts = s.split(sep)
  if (maxsplit < 0 || parts.length <= maxsplit + 1) return parts
  const keep = parts.length - maxsplit
  return [parts.slice(0, keep).join(sep), ...parts.slice(keep)]
}

/** str.splitlines() breaks at \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, U+2028 and U+2029 (all BMP units). */
export function isLineBreak(unit: number): boolean {
  return (
    (unit >= 0x0a && unit <= 0x0d) ||
    (unit >= 0x1c && unit <= 0x1e) ||
    unit === 0x85 ||
    unit === 0x2028 ||
    unit === 0x2029
  )
}

export function splitLines(s: string, keepends: boolean, isBreak: (unit: number) => boolean = isLineBreak): string[] {
  const out: string[] = []
  let start = 0
  let i = 0
  while (i < s.length) {
    const unit = s.charCodeAt(i)
    if (!isBreak(unit)) {
      i++
      continue
    }
    const end = unit === 0x0d && s.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1
    out.push(s.slice(start, keepends ? end : i))
    start = i = end
  }
  if (start < s.length) out.push(s.slice(start))
  return out
}

export function stripChars(s: string, chars: string | null, left: boolean, right: boolean): string {
  const strip = chars === null ? (c: string) => isWhitespace(c.codePointAt(0)!) : (c: string) => chars.includes(c)
  const cps = Array.from(s)
  let start = 0
  let end = cps.length
  if (left) while (start < end && strip(cps[start])) start++
  if (right) while (end > start && strip(cps[end - 1])) end--
  return start === 0 && end === cps.length ? s : cps.slice(start, end).join('')
}

function splitArgs(name: string, a: PyValue[], kw: Map<string, PyValue> | null): [string | null, number] {
  const [sepArg, maxsplit] = clinicArgs(name, a, kw, ['sep', 'maxsplit'])
  const sep = sepArg === undefined || sepArg === None ? null : strOf(sepArg)
  if (sep === undefined) throw typeError(`must be str or None, not ${typeName(sepArg!)}`)
  if (sep === '') throw valueError('empty separator')
  return [sep, maxsplit === undefined ? -1 : intArg(maxsplit)]
}

export function installStrSplit(): void {
  method(StrType, 'split', (_ts, a, kw) => {
    const s = selfStr('split', a[0])
    const [sep, maxsplit] = splitArgs('split', a, kw)
    return new PyList(sep === null ? splitWhitespace(s, maxsplit) : splitOn(s, sep, maxsplit))
  })
  method(StrType, 'rsplit', (_ts, a, kw) => {
    const s = selfStr('rsplit', a[0])
    const [sep, maxsplit] = splitArgs('rsplit', a, kw)
    return new PyList(sep === null ? rsplitWhitespace(s, maxsplit) : rsplitOn(s, sep, maxsplit))
  })
  method(StrType, 'splitlines', (_ts, a, kw) => {
    const s = selfStr('splitlines', a[0])
    const [keepends] = clinicArgs('splitlines', a, kw, ['keepends'])
    return new PyList(splitLines(s, keepends !== undefined && intArg(keepends) !== 0))
  })
  for (const [name, left, right] of [
    ['strip', true, true],
    ['lstrip', true, false],
    ['rstrip', false, true],
  ] as const) {
    method(StrType, name, (_ts, a) => {
      const s = selfStr(name, a[0])
      if (a.length > 2) throw typeError(`${name} expected at most 1 argument, got ${a.length - 1}`)
      const chars = a[1] === undefined || a[1] === None ? null : strOf(a[1])
      if (chars === undefined) throw typeError(`${name} arg must be None or str`)
      return stripChars(s, chars, left, right)
    })
  }
  resumableMethod(StrType, 'join', function* (_ts, a) {
    const sep = selfStr('join', a[0])
    if (a.length !== 2) throw typeError(`str.join() takes exactly one argument (${a.length - 1} given)`)
    const iterable = a[1]
    if (typeof iterable !== 'string' && special(iterable, '__iter__') === undefined) {
      if (special(iterable, '__getitem__') === undefined) throw typeError('can only join an iterable')
    }
    const items = yield* toArray(iterable)
    // copied only when a str subclass instance needs unboxing: `items` may be the list's own array
    let parts = items
    items.forEach((x, i) => {
      if (typeof x === 'string') return
      const part = strOf(x)
      if (part === undefined) throw typeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`)
      if (parts === items) parts = items.slice()
      parts[i] = part
    })
    return parts.join(sep)
  })
}
