// str.format() and str.format_map(), as CPython 3.11's Objects/stringlib/unicode_format.h parses and renders them.
import { indexError, keyError, valueError } from '../errors'
import type { KwArgs, NativeGen } from '../native'
import type { PyValue } from '../object'
import { asciiOf } from './ascii'
import { getAttr } from './attr'
import { formatValue } from './format'
import { repr, str } from './repr'
import { subscriptSlow } from './subscript'

/** Where replacement fields get their values: positional arguments and a named lookup. */
interface Fields {
  args: PyValue[]
  named: (name: string) => NativeGen<PyValue>
  /** Automatic numbering: the next index, or 'manual' once an explicit index was used. */
  auto: number | 'manual' | 'none'
}

export function* formatString(template: string, args: PyValue[], kw: KwArgs | null): NativeGen<string> {
  const named = function* (name: string): NativeGen<PyValue> {
    const v = kw?.get(name)
    if (v === undefined) throw keyError(name)
    return v
  }
  return yield* render(template, { args, named, auto: 'none' }, 2)
}

/** format_map: named fields are `mapping[name]`, so dict subclasses' `__missing__` applies. */
export function* formatStringMap(template: string, mapping: PyValue): NativeGen<string> {
  const named = (name: string) => subscriptSlow(mapping, name)
  return yield* render(template, { args: [], named, auto: 'none' }, 2)
}

function* render(template: string, fields: Fields, depth: number): NativeGen<string> {
  if (depth < 0) throw valueError('Max string recursion exceeded')
  let out = ''
  let i = 0
  const n = template.length
  while (i < n) {
    const c = template[i++]
    if (c !== '{' && c !== '}') {
      out += c
      continue
    }
    if (c === '}') {
      if (template[i] !== '}') throw valueError("Single '}' encountered in format string")
      out += '}'
      i++
      continue
    }
    if (i >= n) throw valueError("Single '{' encountered in format string")
    if (template[i] === '{') {
      out += '{'
      i++
      continue
    }
    const field = parseField(template, i)
    i = field.end
    out += yield* renderField(field, fields, depth)
  }
  return out
}

interface Field {
  name: string
  conversion: string | null
  spec: string
  specNeedsExpanding: boolean
  end: number
}

/** parse_field: the field name up to ':', '!' or '}' ('[...]' may hold any of them), then conversion and spec. */
function parseField(t: string, start: number): Field {
  const n = t.length
  let i = start
  let c: string
  for (;;) {
    if (i >= n) throw valueError("expected '}' before end of string")
    c = t[i++]
    if (c === '{') throw valueError("unexpected '{' in field name")
    if (c === '[') {
      while (i < n && t[i] !== ']') i++
      continue
    }
    if (c === '}' || c === ':' || c === '!') break
  }
  const name = t.slice(start, i - 1)
  if (c === '}') return { name, conversion: null, spec: '', specNeedsExpanding: false, end: i }
  let conversion: string | null = null
  if (c === '!') {
    if (i >= n) throw valueError('end of string while looking for conversion specifier')
    conversion = String.fromCodePoint(t.codePointAt(i)!)
    i += conversion.length
    if (i < n) {
      const next = t[i++]
      if (next === '}') return { name, conversion, spec: '', specNeedsExpanding: false, end: i }
      if (next !== ':') throw valueError("expected ':' after conversion specifier")
    }
  }
  const specStart = i
  let level = 1
  let specNeedsExpanding = false
  while (i < n) {
    const d = t[i++]
    if (d === '{') {
      specNeedsExpanding = true
      level++
    } else if (d === '}' && --level === 0) {
      return { name, conversion, spec: t.slice(specStart, i - 1), specNeedsExpanding, end: i }
    }
  }
  throw valueError("unmatched '{' in format spec")
}

function integerName(text: string): number | null {
  if (text === '' || !/^[0-9]+$/.test(text)) return null
  const value = Number(text)
  if (!Number.isSafeInteger(value)) throw valueError('Too many decimal digits in format string')
  return value
}

function* firstValue(first: string, fields: Fields): NativeGen<PyValue> {
  let index = integerName(first)
  if (first === '') {
    if (fields.auto === 'manual') {
      throw valueError('cannot switch from manual field specification to automatic field numbering')
    }
    index = fields.auto === 'none' ? 0 : fields.auto
    fields.auto = index + 1
  } else if (index !== null) {
    if (typeof fields.auto === 'number') {
      throw valueError('cannot switch from automatic field numbering to manual field specification')
    }
    fields.auto = 'manual'
  }
  if (index === null) return yield* fields.named(first)
  if (index >= fields.args.length) {
    throw indexError(`Replacement index ${index} out of range for positional args tuple`)
  }
  return fields.args[index]
}

/** The field's object: the first part, then each `.attr` and `[key]` (digits make an int key). */
function* fieldValue(name: string, fields: Fields): NativeGen<PyValue> {
  let i = 0
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++
  let value = yield* firstValue(name.slice(0, i), fields)
  while (i < name.length) {
    if (name[i] === '.') {
      let j = ++i
      while (j < name.length && name[j] !== '.' && name[j] !== '[') j++
      if (j === i) throw valueError('Empty attribute in format string')
      value = yield* getAttr(value, name.slice(i, j))
      i = j
    } else {
      const close = name.indexOf(']', i + 1)
      if (close < 0) throw valueError("Missing ']' in format string")
      const keyText = name.slice(i + 1, close)
      if (keyText === '') throw valueError('Empty attribute in format string')
      value = yield* subscriptSlow(value, integerName(keyText) ?? keyText)
      i = close + 1
      if (i < name.length && name[i] !== '.' && name[i] !== '[') {
        throw valueError("Only '.' or '[' may follow ']' in format field specifier")
      }
    }
  }
  return value
}

function* renderField(field: Field, fields: Fields, depth: number): NativeGen<string> {
  let value = yield* fieldValue(field.name, fields)
  if (field.conversion === 'r') value = yield* repr(value)
  else if (field.conversion === 's') value = yield* str(value)
  else if (field.conversion === 'a') value = asciiOf(yield* repr(value))
  else if (field.conversion !== null) {
    const code = field.conversion.codePointAt(0)!
    const shown = code > 32 && code < 127 ? field.conversion : `\\x${code.toString(16)}`
    throw valueError(`Unknown conversion specifier ${shown}`)
  }
  const spec = field.specNeedsExpanding ? yield* render(field.spec, fields, depth - 1) : field.spec
  return yield* formatValue(value, spec)
}
