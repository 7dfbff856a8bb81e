// str: construction, the protocol dunders and format/encode; the other methods live in the str-*.ts modules.
import { BinaryOp, CompareOp } from '../../compiler/opcodes'
import { formatStr, pyStrRepr } from '../../format'
import { hashToPython } from '../../hash'
import { asIndex } from '../../runtime/abstract/as-index'
import { special } from '../../runtime/abstract/call'
import { compareFast } from '../../runtime/abstract/compare'
import { hashFast } from '../../runtime/abstract/hash'
import { percentFormat } from '../../runtime/abstract/percent'
import { str } from '../../runtime/abstract/repr'
import { formatString, formatStringMap } from '../../runtime/abstract/str-format'
import { subscriptSlow } from '../../runtime/abstract/subscript'
import { typeError } from '../../runtime/errors'
import type { NativeGen } from '../../runtime/native'
import { NotImplemented, PyType, type PyValue } from '../../runtime/object'
import { typeName } from '../../runtime/type-of'
import { pyBool } from '../../runtime/types/bool'
import { PyBytes } from '../../runtime/types/bytes'
import { StrIterator } from '../../runtime/types/iterators'
import { pyTuple } from '../../runtime/types/tuple'
import { StrType } from '../../runtime/types/str'
import { strLen } from '../../runtime/types/str-index'
import { boxStr, strOf } from '../../runtime/types/str-subclass'
import { binaryBuiltin } from '../../vm/slow-ops'
import { method, resumableMethod } from '../define'
import { codecArgs, decodeToStr, encodeStr } from './codec-calls'
import { clinicArgs, noKeywordArgs, selfStr } from './str-args'
import { installStrCaseMethods } from './str-case-methods'
import { installStrSearch } from './str-search'
import { installStrSplit } from './str-split'
import { installStrTranslate } from './str-translate'

const comparisons: [string, CompareOp][] = [
  ['__lt__', CompareOp.LT],
  ['__le__', CompareOp.LE],
  ['__eq__', CompareOp.EQ],
  ['__ne__', CompareOp.NE],
  ['__gt__', CompareOp.GT],
  ['__ge__', CompareOp.GE],
]

/**
 * str.__new__(cls, object='', encoding='utf-8', errors='strict'): decoding when an encoding or errors is given. A
 * subclass's instance holds the str it is (see runtime/types/str-subclass).
 */
function* strNew(a: PyValue[], kw: Map<string, PyValue> | null): NativeGen<PyValue> {
  const cls = a[0]
  if (cls === undefined) throw typeError('str.__new__(): not enough arguments')
  if (!(cls instanceof PyType)) throw typeError(`str.__new__(X): X is not a type object (${typeName(cls)})`)
  if (!cls.isSubtypeOf(StrType)) {
    throw typeError(`str.__new__(${cls.name}): ${cls.name} is not a subtype of str`)
  }
  const value = yield* strValue(a, kw)
  return cls === StrType ? value : boxStr(cls, value)
}

function* strValue(a: PyValue[], kw: Map<string, PyValue> | null): NativeGen<string> {
  if (a.length > 4) throw typeError(`str() takes at most 3 arguments (${a.length - 1} given)`)
  const [obj, encoding, errors] = clinicArgs('str', a, kw, ['object', 'encoding', 'errors'])
  if (obj === undefined) return ''
  if (encoding === undefined && errors === undefined) return yield* str(obj)
  if (!(obj instanceof PyBytes)) throw typeError(`decoding to str: need a bytes-like object, ${typeName(obj)} found`)
  return decodeToStr(obj.bytes, ...codecArgs('str', encoding, errors))
}

function installStrProtocol(): void {
  resumableMethod(StrType, '__new__', function* (_ts, a, kw) {
    return yield* strNew(a, kw)
  })
  method(StrType, '__repr__', (_ts, a) => pyStrRepr(selfStr('__repr__', a[0])))
  method(StrType, '__str__', (_ts, a) => selfStr('__str__', a[0]))
  method(StrType, '__len__', (_ts, a) => strLen(selfStr('__len__', a[0])))
  method(StrType, '__hash__', (_ts, a) => hashToPython(hashFast(selfStr('__hash__', a[0]))!))
  method(StrType, '__iter__', (_ts, a) => new StrIterator(selfStr('__iter__', a[0])))
  method(StrType, '__contains__', (_ts, a) => {
    const s = selfStr('__contains__', a[0])
    const part = strOf(a[1])
    if (part === undefined) throw typeError(`'in <string>' requires string as left operand, not ${typeName(a[1])}`)
    return pyBool(s.includes(part))
  })
  resumableMethod(StrType, '__getitem__', function* (_ts, a) {
    return yield* subscriptSlow(selfStr('__getitem__', a[0]), a[1])
  })
  for (const [name, op] of comparisons) {
    method(StrType, name, (_ts, a) => {
      const s = selfStr(name, a[0])
      const other = strOf(a[1])
      return other === undefined ? NotImplemented : pyBool(compareFast(s, other, op)!)
    })
  }
  method(StrType, '__add__', (_ts, a) => {
    const s = selfStr('__add__', a[0])
    const other = strOf(a[1])
    if (other === undefined) throw typeError(`can only concatenate str (not "${typeName(a[1])}") to str`)
    return s + other
  })
  for (const name of ['__mul__', '__rmul__']) {
    resumableMethod(StrType, name, function* (_ts, a) {
      const s = selfStr(name, a[0])
      if (special(a[1], '__index__') === undefined) return NotImplemented
      return binaryBuiltin(s, yield* asIndex(a[1]), BinaryOp.MULTIPLY)!
    })
  }
  resumableMethod(StrType, '__mod__', function* (_ts, a) {
    return yield* percentFormat(selfStr('__mod__', a[0]), a[1])
  })
  method(StrType, '__rmod__', () => NotImplemented)
  resumableMethod(StrType, '__format__', function* (_ts, a) {
    const s = selfStr('__format__', a[0])
    const spec = strOf(a[1])
    if (spec === undefined) throw typeError(`__format__() argument must be str, not ${typeName(a[1])}`)
    // an empty spec formats a subclass's instance as str() does, through its own __str__
    if (spec === '' && typeof a[0] !== 'string') return yield* str(a[0])
    return formatStr(s, spec, typeName(a[0]))
  })
  method(StrType, '__getnewargs__', (_ts, a) => pyTuple([selfStr('__getnewargs__', a[0])]))
}

function installStrFormatting(): void {
  resumableMethod(StrType, 'format', function* (_ts, a, kw) {
    return yield* formatString(selfStr('format', a[0]), a.slice(1), kw)
  })
  resumableMethod(StrType, 'format_map', function* (_ts, a, kw) {
    const s = selfStr('format_map', a[0])
    noKeywordArgs('str.format_map', kw)
    if (a.length !== 2) throw typeError(`str.format_map() takes exactly one argument (${a.length - 1} given)`)
    return yield* formatStringMap(s, a[1])
  })
  method(StrType, 'encode', (_ts, a, kw) => {
    const s = selfStr('encode', a[0])
    const [encoding, errors] = clinicArgs('encode', a, kw, ['encoding', 'errors'])
    return encodeStr(s, ...codecArgs('encode', encoding, errors))
  })
}

export function installStrings(): void {
  installStrProtocol()
  installStrFormatting()
  installStrSearch()
  installStrSplit()
  installStrCaseMethods()
  installStrTranslate()
}
