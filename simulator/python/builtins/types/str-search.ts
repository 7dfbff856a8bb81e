// str methods that search: find/rfind/index/rindex, count, startswith/endswith, replace, partition and the
// prefix/suffix removers. Indexes are code points, as in CPython; JS strings are searched in UTF-16 units.
import { typeError, valueError } from '../../runtime/errors'
import type { PyValue } from '../../runtime/object'
import { typeName } from '../../runtime/type-of'
import { pyBool } from '../../runtime/types/bool'
import { codePointIndex, codePoints, hasSurrogates, strLen, unitOffset } from '../../runtime/types/str-index'
import { StrType } from '../../runtime/types/str'
import { strOf } from '../../runtime/types/str-subclass'
import { PyTuple, pyTuple } from '../../runtime/types/tuple'
import { method } from '../define'
import { adjustIndices, intArg, noKeywordArgs, positional, selfStr, sliceIndexArg, strArg } from './str-args'

/** The searched window of `s` as UTF-16 offsets, or null when `start` lies past `end` or the string. */
function window(s: string, startArg: PyValue | undefined, endArg: PyValue | undefined): [number, number] | null {
  const length = strLen(s)
  const [start, end] = adjustIndices(sliceIndexArg(startArg, 0), sliceIndexArg(endArg, length), length)
  if (start > end) return null
  return [unitOffset(s, start), unitOffset(s, end)]
}

export function strFind(s: string, sub: string, start?: PyValue, end?: PyValue, last = false): number {
  const w = window(s, start, end)
  if (w === null || w[1] - w[0] < sub.length) return -1
  const found = last ? s.lastIndexOf(sub, w[1] - sub.length) : s.indexOf(sub, w[0])
  if (found < w[0] || found + sub.length > w[1]) return -1
  return codePointIndex(s, found)
}

export function strCount(s: string, sub: string, start?: PyValue, end?: PyValue): number {
  const w = window(s, start, end)
  if (w === null) return 0
  if (sub === '') return codePointIndex(s, w[1]) - codePointIndex(s, w[0]) + 1
  let n = 0
  for (let i = s.indexOf(sub, w[0]); i >= 0 && i + sub.length <= w[1]; i = s.indexOf(sub, i + sub.length)) n++
  return n
}

export function tailMatch(
  s: string,
  affix: string,
  start: PyValue | undefined,
  end: PyValue | undefined,
  atEnd: boolean,
) {
  const length = strLen(s)
  const [from, to] = adjustIndices(sliceIndexArg(start, 0), sliceIndexArg(end, length), length)
  const affixLength = strLen(affix)
  if (to - affixLength < from) return false
  if (affix === '') return true
  const [u0, u1] = [unitOffset(s, from), unitOffset(s, to)]
  return atEnd ? s.startsWith(affix, u1 - affix.length) : s.startsWith(affix, u0)
}

export function strReplace(s: string, old: string, replacement: string, count: number): string {
  if (count < 0) count = Infinity
  if (old === '') {
    const chars = hasSurrogates(s) ? codePoints(s) : s.split('')
    let out = ''
    let inserted = 0
    for (let i = 0; i <= chars.length; i++) {
      if (inserted < count) {
        out += replacement
        inserted++
      }
      if (i < chars.length) out += chars[i]
    }
    return out
  }
  if (count === Infinity) return s.split(old).join(replacement)
  let out = ''
  let i = 0
  for (let done = 0; done < count; done++) {
    const j = s.indexOf(old, i)
    if (j < 0) break
    out += s.slice(i, j) + replacement
    i = j + old.length
  }
  return out + s.slice(i)
}

function affixes(name: string, v: PyValue): string[] {
  if (typeof v === 'string') return [v]
  if (v instanceof PyTuple) {
    return v.items.map((item) => {
      const s = strOf(item)
      if (s === undefined) throw typeError(`tuple for ${name} must only contain str, not ${typeName(item)}`)
      return s
    })
  }
  const boxed = strOf(v)
  if (boxed !== undefined) return [boxed]
  throw typeError(`${name} first arg must be str or a tuple of str, not ${typeName(v)}`)
}

export function installStrSearch(): void {
  for (const [name, last, raise] of [
    ['find', false, false],
    ['rfind', true, false],
    ['index', false, true],
    ['rindex', true, true],
  ] as const) {
    method(StrType, name, (_ts, a, kw) => {
      const s = selfStr(name, a[0])
      noKeywordArgs(`str.${name}`, kw)
      positional(name, a, 1, 3)
      const i = strFind(s, strArg(a[1]), a[2], a[3], last)
      if (i < 0 && raise) throw valueError('substring not found')
      return i
    })
  }
  method(StrType, 'count', (_ts, a, kw) => {
    const s = selfStr('count', a[0])
    noKeywordArgs('str.count', kw)
    positional('count', a, 1, 3)
    return strCount(s, strArg(a[1]), a[2], a[3])
  })
  for (const [name, atEnd] of [
    ['startswith', false],
    ['endswith', true],
  ] as const) {
    method(StrType, name, (_ts, a, kw) => {
      const s = selfStr(name, a[0])
      noKeywordArgs(`str.${name}`, kw)
      positional(name, a, 1, 3)
      return pyBool(affixes(name, a[1]).some((affix) => tailMatch(s, affix, a[2], a[3], atEnd)))
    })
  }
  method(StrType, 'replace', (_ts, a, kw) => {
    const s = selfStr('replace', a[0])
    noKeywordArgs('str.replace', kw)
    if (a.length < 3) throw typeError(`replace expected at least 2 arguments, got ${a.length - 1}`)
    if (a.length > 4) throw typeError(`replace expected at most 3 arguments, got ${a.length - 1}`)
    const old = strArg(a[1], 'replace() argument 1 must be str')
    const replacement = strArg(a[2], 'replace() argument 2 must be str')
    return strReplace(s, old, replacement, a[3] === undefined ? -1 : intArg(a[3]))
  })
  for (const [name, fromRight] of [
    ['partition', false],
    ['rpartition', true],
  ] as const) {
    method(StrType, name, (_ts, a) => {
      const s = selfStr(name, a[0])
      if (a.length !== 2) throw typeError(`str.${name}() takes exactly one argument (${a.length - 1} given)`)
      const sep = strArg(a[1])
      if (sep === '') throw valueError('empty separator')
      const i = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep)
      if (i < 0) return fromRight ? pyTuple(['', '', s]) : pyTuple([s, '', ''])
      return pyTuple([s.slice(0, i), sep, s.slice(i + sep.length)])
    })
  }
  for (const [name, suffix] of [
    ['removeprefix', false],
    ['removesuffix', true],
  ] as const) {
    method(StrType, name, (_ts, a) => {
      const s = selfStr(name, a[0])
      if (a.length !== 2) throw typeError(`str.${name}() takes exactly one argument (${a.length - 1} given)`)
      const affix = strArg(a[1], `${name}() argument must be str`)
      if (affix === '') return s
      if (suffix) return s.endsWith(affix) ? s.slice(0, s.length - affix.length) : s
      return s.startsWith(affix) ? s.slice(affix.length) : s
    })
  }
}
