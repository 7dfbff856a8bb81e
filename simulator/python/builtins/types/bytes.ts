// bytes and bytearray: construction, the protocol dunders, decode/hex/fromhex/maketrans and `%`; the shared
// methods are in bytes-methods.ts, bytearray's mutators in bytearray.ts.
import { hashToPython } from '../../hash'
import { bytesRepr } from '../../runtime/abstract/bytes-repr'
import { bytesPercentFormat } from '../../runtime/abstract/bytes-percent'
import { callPy, type NativeGen } from '../../runtime/native'
import { asIndex } from '../../runtime/abstract/as-index'
import { special } from '../../runtime/abstract/call'
import { hashFast } from '../../runtime/abstract/hash'
import { registerLength } from '../../runtime/abstract/length'
import { registerRepr } from '../../runtime/abstract/repr'
import { toArray } from '../../runtime/abstract/iter'
import { asInt } from '../../runtime/abstract/numeric'
import { sequenceIndex, sliceItems } from '../../runtime/abstract/subscript'
import { indexError, typeError, valueError } from '../../runtime/errors'
import { None, NotImplemented, plainAlloc, builtinType, type PyType, type PyValue } from '../../runtime/object'
import { typeName } from '../../runtime/type-of'
import { pyBool } from '../../runtime/types/bool'
import { ByteArrayType, PyByteArray } from '../../runtime/types/bytearray'
import { BytesType, PyBytes } from '../../runtime/types/bytes'
import { nativeIteratorTypes, SequenceIterator } from '../../runtime/types/iterators'
import { PySlice } from '../../runtime/types/slice'
import { pyTuple } from '../../runtime/types/tuple'
import { strOf } from '../../runtime/types/str-subclass'
import { classMethod, method, resumableMethod } from '../define'
import { installByteArrayMethods } from './bytearray'
import { installByteMethods, makerFor, selfBytes } from './bytes-methods'
import { binary, bytesArg, bytesOf, fromBinary, needleArg } from './bytes-text'
import { codecArgs, decodeToStr, encodeStr } from './codec-calls'
import { clinicArgs, intArg } from './str-args'

function iteratorType(name: string): PyType {
  const t = builtinType(name, undefined, plainAlloc)
  nativeIteratorTypes.push(t)
  return t
}

const iteratorTypes = new Map([
  [BytesType, iteratorType('bytes_iterator')],
  [ByteArrayType, iteratorType('bytearray_iterator')],
])

/** The bytes of bytes(x)/bytearray(x) for a source that is neither str nor an int count. */
function* bytesFromObject(x: PyValue, typeName_: string): NativeGen<Uint8Array> {
  const b = bytesOf(x)
  if (b !== undefined) return b.slice()
  if (special(x, '__iter__') === undefined && special(x, '__getitem__') === undefined) {
    throw typeError(`cannot convert '${typeName(x)}' object to ${typeName_}`)
  }
  const items = yield* toArray(x)
  return Uint8Array.from(items, (item) => {
    const n = asInt(item)
    if (n === undefined) throw typeError(`'${typeName(item)}' object cannot be interpreted as an integer`)
    if (n < 0 || n > 255) throw valueError('bytes must be in range(0, 256)')
    return Number(n)
  })
}

/** bytes(source, encoding, errors) and bytearray(...) as bytes_new/bytearray___init__ check them. */
function* newBytes(type: PyType, a: PyValue[], kw: Map<string, PyValue> | null): NativeGen<Uint8Array> {
  const [source, encoding, errors] = clinicArgs(type.name, a, kw, ['source', 'encoding', 'errors'])
  if (source === undefined) {
    if (encoding !== undefined || errors !== undefined) throw typeError('encoding or errors without sequence argument')
    return new Uint8Array(0)
  }
  const text = strOf(source)
  if (encoding !== undefined) {
    if (text === undefined) throw typeError('encoding without a string argument')
    return encodeStr(text, ...codecArgs(type.name, encoding, errors)).bytes
  }
  if (errors !== undefined) {
    throw typeError(text !== undefined ? 'string argument without an encoding' : 'errors without a string argument')
  }
  if (text !== undefined) throw typeError('string argument without an encoding')
  if (type === BytesType || type.isSubtypeOf(BytesType)) {
    const dunder = special(source, '__bytes__')
    if (dunder !== undefined) {
      const r = yield* callPy(dunder, [source])
      if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`)
      return r.bytes
    }
  }
  const count = asInt(source)
  if (count !== undefined) {
    if (count < 0) throw valueError('negative count')
    return new Uint8Array(Number(count))
  }
  return yield* bytesFromObject(source, type.name)
}

/** bytes.hex(sep, bytes_per_sep): separators every |n| bytes, counted from the right when n > 0. */
function hexOf(bytes: Uint8Array, sep: PyValue | undefined, perSep: PyValue | undefined): string {
  const digits = Array.from(bytes, (b) => b.toString(16).padStart(2, '0'))
  if (sep === undefined || sep === None) return digits.join('')
  const sepText = strOf(sep) ?? (bytesOf(sep) !== undefined ? binary(bytesOf(sep)!) : undefined)
  if (sepText === undefined) throw typeError(`sep must be str or bytes.`)
  if (sepText.length !== 1) throw valueError('sep must be length 1.')
  const n = perSep === undefined ? 1 : intArg(perSep)
  if (n === 0) return digits.join('')
  const size = Math.abs(n)
  const groups: string[] = []
  if (n > 0) {
    for (let end = digits.length; end > 0; end -= size)
      groups.unshift(digits.slice(Math.max(0, end - size), end).join(''))
  } else {
    for (let start = 0; start < digits.length; start += size) groups.push(digits.slice(start, start + size).join(''))
  }
  return groups.join(sepText)
}

/** bytes.fromhex: pairs of hex digits, with ASCII whitespace allowed between pairs. */
function fromHex(arg: PyValue): Uint8Array {
  const text = strOf(arg)
  if (text === undefined) throw typeError(`fromhex() argument must be str, not ${typeName(arg)}`)
  const out: number[] = []
  let i = 0
  while (i < text.length) {
    if (/[ \t\n\r\v\f]/.test(text[i])) {
      i++
      continue
    }
    const pair = text.slice(i, i + 2)
    const bad = /^[0-9a-fA-F]/.test(pair) ? i + 1 : i
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) {
      throw valueError(`non-hexadecimal number found in fromhex() arg at position ${bad}`)
    }
    out.push(parseInt(pair, 16))
    i += 2
  }
  return Uint8Array.from(out)
}

function compareBytes(x: Uint8Array, y: Uint8Array): number {
  const n = Math.min(x.length, y.length)
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i]
  return x.length - y.length
}

const comparisons: [string, (c: number) => boolean][] = [
  ['__lt__', (c) => c < 0],
  ['__le__', (c) => c <= 0],
  ['__eq__', (c) => c === 0],
  ['__ne__', (c) => c !== 0],
  ['__gt__', (c) => c > 0],
  ['__ge__', (c) => c >= 0],
]

function itemOf(type: PyType, bytes: Uint8Array, key: PyValue): PyValue {
  const make = makerFor(type)
  if (key instanceof PySlice) return make(Uint8Array.from(sliceItems(Array.from(bytes), key)))
  const i = asInt(key)
  if (i === undefined) {
    const what = type === BytesType ? 'byte' : type.name
    throw typeError(`${what} indices must be integers or slices, not ${typeName(key)}`)
  }
  const j = sequenceIndex(i, bytes.length)
  if (j === undefined) throw indexError(type === BytesType ? 'index out of range' : `${type.name} index out of range`)
  return bytes[j]
}

function installProtocol(type: PyType): void {
  const make = makerFor(type)
  const self = (name: string, v: PyValue | undefined) => selfBytes(type, name, v)
  resumableMethod(type, '__new__', function* (_ts, a, kw) {
    const cls = a[0] as PyType
    const bytes = type === BytesType ? yield* newBytes(type, a, kw) : new Uint8Array(0)
    return type === BytesType ? new PyBytes(bytes, cls) : new PyByteArray(bytes, cls)
  })
  method(type, '__repr__', (_ts, a) => {
    const r = bytesRepr(self('__repr__', a[0]))
    return type === BytesType ? r : `${(a[0] as PyByteArray).cls.name}(${r})`
  })
  type.ns.set('__str__', type.ns.get('__repr__')!)
  method(type, '__len__', (_ts, a) => self('__len__', a[0]).length)
  method(type, '__iter__', (_ts, a) => {
    const owner = a[0] as PyBytes | PyByteArray
    self('__iter__', owner)
    return new SequenceIterator(() => Array.from(owner.bytes), iteratorTypes.get(type)!)
  })
  method(type, '__getitem__', (_ts, a) => itemOf(type, self('__getitem__', a[0]), a[1]))
  method(type, '__contains__', (_ts, a) => pyBool(binary(self('__contains__', a[0])).includes(needleArg(a[1]))))
  for (const [name, test] of comparisons) {
    method(type, name, (_ts, a) => {
      const other = bytesOf(a[1])
      return other === undefined ? NotImplemented : pyBool(test(compareBytes(self(name, a[0]), other)))
    })
  }
  method(type, '__add__', (_ts, a) => {
    const x = self('__add__', a[0])
    const y = bytesOf(a[1])
    if (y === undefined) throw typeError(`can't concat ${typeName(a[1])} to ${type.name}`)
    const out = new Uint8Array(x.length + y.length)
    out.set(x)
    out.set(y, x.length)
    return make(out)
  })
  for (const name of ['__mul__', '__rmul__']) {
    resumableMethod(type, name, function* (_ts, a) {
      const x = self(name, a[0])
      if (special(a[1], '__index__') === undefined) return NotImplemented
      const n = yield* asIndex(a[1])
      return make(fromBinary(binary(x).repeat(n < 0 ? 0 : intArg(n))))
    })
  }
  resumableMethod(type, '__mod__', function* (_ts, a) {
    return make(yield* bytesPercentFormat(self('__mod__', a[0]), a[1]))
  })
  method(type, '__rmod__', () => NotImplemented)
  method(type, 'decode', (_ts, a, kw) => {
    const bytes = self('decode', a[0])
    const [encoding, errors] = clinicArgs('decode', a, kw, ['encoding', 'errors'])
    return decodeToStr(bytes, ...codecArgs('decode', encoding, errors))
  })
  method(type, 'hex', (_ts, a, kw) => {
    const [sep, perSep] = clinicArgs('hex', a, kw, ['sep', 'bytes_per_sep'])
    return hexOf(self('hex', a[0]), sep, perSep)
  })
  classMethod(type, 'fromhex', (_ts, a) => {
    if (a.length !== 2) throw typeError(`fromhex() takes exactly one argument (${a.length - 1} given)`)
    return make(fromHex(a[1]))
  })
  classMethod(type, 'maketrans', (_ts, a) => {
    if (a.length !== 3) throw typeError(`maketrans expected 2 arguments, got ${a.length - 1}`)
    const [from, to] = [bytesArg(a[1]), bytesArg(a[2])]
    if (from.length !== to.length) throw valueError('maketrans arguments must have same length')
    const table = Uint8Array.from({ length: 256 }, (_, i) => i)
    from.forEach((b, i) => (table[b] = to[i]))
    return new PyBytes(table)
  })
}

export function installBytes(): void {
  installProtocol(BytesType)
  installByteMethods(BytesType)
  method(BytesType, '__hash__', (_ts, a) =>
    hashToPython(hashFast(new PyBytes(selfBytes(BytesType, '__hash__', a[0])))!),
  )
  method(BytesType, '__bytes__', (_ts, a) => new PyBytes(selfBytes(BytesType, '__bytes__', a[0])))
  method(BytesType, '__getnewargs__', (_ts, a) => pyTuple([new PyBytes(selfBytes(BytesType, '__getnewargs__', a[0]))]))
  installProtocol(ByteArrayType)
  installByteMethods(ByteArrayType)
  ByteArrayType.ns.set('__hash__', None)
  resumableMethod(ByteArrayType, '__init__', function* (_ts, a, kw) {
    const target = a[0] as PyByteArray
    target.bytes = yield* newBytes(ByteArrayType, a, kw)
    return None
  })
  installByteArrayMethods()
  registerLength((v) => (v instanceof PyByteArray ? v.bytes.length : undefined))
  registerRepr((v) => (v instanceof PyByteArray ? `${v.cls.name}(${bytesRepr(v.bytes)})` : undefined))
}
