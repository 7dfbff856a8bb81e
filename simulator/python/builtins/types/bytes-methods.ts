// The methods bytes and bytearray share (Objects/bytes_methods.c): searching, splitting, ASCII case mapping and
// classification, padding. They work on binary strings (see bytes-text.ts) and return the receiver's type.
import { toArray } from '../../runtime/abstract/iter'
import { typeError, valueError } from '../../runtime/errors'
import { None, type PyObject, type PyType, type PyValue } from '../../runtime/object'
import { typeName } from '../../runtime/type-of'
import { pyBool } from '../../runtime/types/bool'
import { PyByteArray } from '../../runtime/types/bytearray'
import { PyBytes } from '../../runtime/types/bytes'
import { PyList } from '../../runtime/types/list'
import { PyTuple, pyTuple } from '../../runtime/types/tuple'
import { method, resumableMethod } from '../define'
import { ASCII_WHITESPACE, binary, bytesArg, bytesOf, fromBinary, needleArg } from './bytes-text'
import { clinicArgs, intArg, noKeywordArgs, positional } from './str-args'
import { expandTabs, pad, zfill } from './str-case-methods'
import { strCount, strFind, strReplace, tailMatch } from './str-search'
import { rsplitOn, rsplitWhitespace, splitLines, splitOn, splitWhitespace, stripChars } from './str-split'

/** Builds a result of the receiver's type. */
export type ByteMaker = (bytes: Uint8Array) => PyObject

export function makerFor(type: PyType): ByteMaker {
  return type.name === 'bytearray' ? (b) => new PyByteArray(b) : (b) => new PyBytes(b)
}

export function selfBytes(type: PyType, name: string, v: PyValue | undefined): Uint8Array {
  const b = v === undefined ? undefined : bytesOf(v)
  if (b !== undefined && typeof v === 'object' && v.cls.isSubtypeOf(type)) return b
  if (v === undefined) throw typeError(`unbound method ${type.name}.${name}() needs an argument`)
  throw typeError(`descriptor '${name}' for '${type.name}' objects doesn't apply to a '${typeName(v)}' object`)
}

const isAsciiSpace = (unit: number) => unit === 0x20 || (unit >= 0x09 && unit <= 0x0d)
const isByteLineBreak = (unit: number) => unit === 0x0a || unit === 0x0d

function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase())
}

function asciiUpper(s: string): string {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase())
}

function asciiTitle(s: string): string {
  let previousIsCased = false
  let out = ''
  for (const c of s) {
    const letter = /[A-Za-z]/.test(c)
    out += previousIsCased ? asciiLower(c) : asciiUpper(c)
    previousIsCased = letter
  }
  return out
}

function asciiIsTitle(s: string): boolean {
  let cased = false
  let previousIsCased = false
  for (const c of s) {
    if (/[A-Z]/.test(c)) {
      if (previousIsCased) return false
      previousIsCased = cased = true
    } else if (/[a-z]/.test(c)) {
      if (!previousIsCased) return false
      previousIsCased = cased = true
    } else previousIsCased = false
  }
  return cased
}

const conversions: [string, (s: string) => string][] = [
  ['lower', asciiLower],
  ['upper', asciiUpper],
  ['swapcase', (s) => s.replace(/[A-Za-z]/g, (c) => (c <= 'Z' ? c.toLowerCase() : c.toUpperCase()))],
  ['capitalize', (s) => asciiUpper(s.slice(0, 1)) + asciiLower(s.slice(1))],
  ['title', asciiTitle],
]

const predicates: [string, (s: string) => boolean][] = [
  ['isalnum', (s) => /^[A-Za-z0-9]+$/.test(s)],
  ['isalpha', (s) => /^[A-Za-z]+$/.test(s)],
  ['isdigit', (s) => /^[0-9]+$/.test(s)],
  ['isspace', (s) => /^[ \t\n\r\v\f]+$/.test(s)],
  ['isascii', (s) => /^[^\u0080-\uffff]*$/.test(s)],
  ['islower', (s) => /[a-z]/.test(s) && !/[A-Z]/.test(s)],
  ['isupper', (s) => /[A-Z]/.test(s) && !/[a-z]/.test(s)],
  ['istitle', asciiIsTitle],
]

function affixes(name: string, v: PyValue): string[] {
  const b = bytesOf(v)
  if (b !== undefined) return [binary(b)]
  if (v instanceof PyTuple) {
    return v.items.map((item) => {
      const ib = bytesOf(item)
      if (ib === undefined) throw typeError(`a bytes-like object is required, not '${typeName(item)}'`)
      return binary(ib)
    })
  }
  throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(v)}`)
}

function fillByte(name: string, v: PyValue | undefined): string {
  if (v === undefined) return ' '
  const b = bytesOf(v)
  if (b === undefined || b.length !== 1) {
    throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${typeName(v)}`)
  }
  return binary(b)
}

function splitArgs(name: string, a: PyValue[], kw: Map<string, PyValue> | null): [string | null, number] {
  const [sep, maxsplit] = clinicArgs(name, a, kw, ['sep', 'maxsplit'])
  const separator = sep === undefined || sep === None ? null : binary(bytesArg(sep))
  if (separator === '') throw valueError('empty separator')
  return [separator, maxsplit === undefined ? -1 : intArg(maxsplit)]
}

function installSearch(type: PyType, make: ByteMaker): void {
  const self = (name: string, v: PyValue | undefined) => binary(selfBytes(type, name, v))
  for (const [name, last, raise] of [
    ['find', false, false],
    ['rfind', true, false],
    ['index', false, true],
    ['rindex', true, true],
  ] as const) {
    method(type, name, (_ts, a, kw) => {
      const s = self(name, a[0])
      noKeywordArgs(`${type.name}.${name}`, kw)
      positional(name, a, 1, 3)
      const i = strFind(s, needleArg(a[1]), a[2], a[3], last)
      if (i < 0 && raise) throw valueError('subsection not found')
      return i
    })
  }
  method(type, 'count', (_ts, a, kw) => {
    const s = self('count', a[0])
    noKeywordArgs(`${type.name}.count`, kw)
    positional('count', a, 1, 3)
    return strCount(s, needleArg(a[1]), a[2], a[3])
  })
  for (const [name, atEnd] of [
    ['startswith', false],
    ['endswith', true],
  ] as const) {
    method(type, name, (_ts, a, kw) => {
      const s = self(name, a[0])
      noKeywordArgs(`${type.name}.${name}`, kw)
      positional(name, a, 1, 3)
      return pyBool(affixes(name, a[1]).some((affix) => tailMatch(s, affix, a[2], a[3], atEnd)))
    })
  }
  method(type, 'replace', (_ts, a) => {
    const s = self('replace', a[0])
    if (a.length < 3) throw typeError(`replace expected at least 2 arguments, got ${a.length - 1}`)
    if (a.length > 4) throw typeError(`replace expected at most 3 arguments, got ${a.length - 1}`)
    const count = a[3] === undefined ? -1 : intArg(a[3])
    return make(fromBinary(strReplace(s, binary(bytesArg(a[1])), binary(bytesArg(a[2])), count)))
  })
  for (const [name, fromRight] of [
    ['partition', false],
    ['rpartition', true],
  ] as const) {
    method(type, name, (_ts, a) => {
      const s = self(name, a[0])
      if (a.length !== 2) throw typeError(`${type.name}.${name}() takes exactly one argument (${a.length - 1} given)`)
      const sep = binary(bytesArg(a[1]))
      if (sep === '') throw valueError('empty separator')
      const i = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep)
      const parts = i < 0 ? (fromRight ? ['', '', s] : [s, '', '']) : [s.slice(0, i), sep, s.slice(i + sep.length)]
      return pyTuple(parts.map((p) => make(fromBinary(p))))
    })
  }
  for (const [name, suffix] of [
    ['removeprefix', false],
    ['removesuffix', true],
  ] as const) {
    method(type, name, (_ts, a) => {
      const s = self(name, a[0])
      const affix = binary(bytesArg(a[1]))
      const kept =
        affix === ''
          ? s
          : suffix
            ? s.endsWith(affix)
              ? s.slice(0, s.length - affix.length)
              : s
            : s.startsWith(affix)
              ? s.slice(affix.length)
              : s
      return make(fromBinary(kept))
    })
  }
}

function installSplitting(type: PyType, make: ByteMaker): void {
  const self = (name: string, v: PyValue | undefined) => binary(selfBytes(type, name, v))
  const list = (parts: string[]) => new PyList(parts.map((p) => make(fromBinary(p))))
  method(type, 'split', (_ts, a, kw) => {
    const s = self('split', a[0])
    const [sep, maxsplit] = splitArgs('split', a, kw)
    return list(sep === null ? splitWhitespace(s, maxsplit, isAsciiSpace) : splitOn(s, sep, maxsplit))
  })
  method(type, 'rsplit', (_ts, a, kw) => {
    const s = self('rsplit', a[0])
    const [sep, maxsplit] = splitArgs('rsplit', a, kw)
    return list(sep === null ? rsplitWhitespace(s, maxsplit, isAsciiSpace) : rsplitOn(s, sep, maxsplit))
  })
  method(type, 'splitlines', (_ts, a, kw) => {
    const s = self('splitlines', a[0])
    const [keepends] = clinicArgs('splitlines', a, kw, ['keepends'])
    return list(splitLines(s, keepends !== undefined && intArg(keepends) !== 0, isByteLineBreak))
  })
  for (const [name, left, right] of [
    ['strip', true, true],
    ['lstrip', true, false],
    ['rstrip', false, true],
  ] as const) {
    method(type, name, (_ts, a) => {
      const s = self(name, a[0])
      if (a.length > 2) throw typeError(`${name} expected at most 1 argument, got ${a.length - 1}`)
      const chars = a[1] === undefined || a[1] === None ? ASCII_WHITESPACE : binary(bytesArg(a[1]))
      return make(fromBinary(stripChars(s, chars, left, right)))
    })
  }
  resumableMethod(type, 'join', function* (_ts, a) {
    const sep = self('join', a[0])
    if (a.length !== 2) throw typeError(`${type.name}.join() takes exactly one argument (${a.length - 1} given)`)
    const items = yield* toArray(a[1])
    const parts = items.map((x, i) => {
      const b = bytesOf(x)
      if (b === undefined) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(x)} found`)
      return binary(b)
    })
    return make(fromBinary(parts.join(sep)))
  })
}

function installCase(type: PyType, make: ByteMaker): void {
  const self = (name: string, v: PyValue | undefined) => binary(selfBytes(type, name, v))
  for (const [name, convert] of conversions) {
    method(type, name, (_ts, a) => make(fromBinary(convert(self(name, a[0])))))
  }
  for (const [name, test] of predicates) {
    method(type, name, (_ts, a) => pyBool(test(self(name, a[0]))))
  }
  for (const [name, where] of [
    ['center', 'center'],
    ['ljust', 'left'],
    ['rjust', 'right'],
  ] as const) {
    method(type, name, (_ts, a) => {
      const s = self(name, a[0])
      if (a.length < 2) throw typeError(`${name} expected at least 1 argument, got ${a.length - 1}`)
      if (a.length > 3) throw typeError(`${name} expected at most 2 arguments, got ${a.length - 1}`)
      return make(fromBinary(pad(s, intArg(a[1]), fillByte(name, a[2]), where)))
    })
  }
  method(type, 'zfill', (_ts, a) => make(fromBinary(zfill(self('zfill', a[0]), intArg(a[1])))))
  method(type, 'expandtabs', (_ts, a, kw) => {
    const s = self('expandtabs', a[0])
    const [tabsize] = clinicArgs('expandtabs', a, kw, ['tabsize'])
    return make(fromBinary(expandTabs(s, tabsize === undefined ? 8 : intArg(tabsize))))
  })
  method(type, 'translate', (_ts, a, kw) => {
    const s = self('translate', a[0])
    const [table, remove] = clinicArgs('translate', a, kw, ['table', 'delete'], 1)
    const map = table === None ? null : binary(bytesArg(table!))
    if (map !== null && map.length !== 256) throw valueError('translation table must be 256 characters long')
    const deleted = remove === undefined ? '' : binary(bytesArg(remove))
    let out = ''
    for (const c of s) if (!deleted.includes(c)) out += map === null ? c : map[c.charCodeAt(0)]
    return make(fromBinary(out))
  })
}

export function installByteMethods(type: PyType): void {
  const make = makerFor(type)
  installSearch(type, make)
  installSplitting(type, make)
  installCase(type, make)
}
