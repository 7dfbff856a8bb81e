// str.maketrans and str.translate.
import { dictSet } from '../../runtime/abstract/dict-ops'
import { asInt } from '../../runtime/abstract/numeric'
import { subscriptSlow } from '../../runtime/abstract/subscript'
import { isInstanceOfType, typeError, valueError } from '../../runtime/errors'
import type { NativeGen } from '../../runtime/native'
import { None, type PyValue } from '../../runtime/object'
import { PyDict } from '../../runtime/types/dict'
import { LookupErrorType, PyBaseException } from '../../runtime/types/exceptions'
import { StrType } from '../../runtime/types/str'
import { strLen } from '../../runtime/types/str-index'
import { strOf } from '../../runtime/types/str-subclass'
import { classMethod, resumableMethod } from '../define'
import { selfStr, strArg } from './str-args'

function* maketrans(x: PyValue | undefined, y: PyValue | undefined, z: PyValue | undefined): NativeGen<PyDict> {
  const table = new PyDict()
  if (y === undefined) {
    if (!(x instanceof PyDict)) throw typeError('if you give only one argument to maketrans it must be a dict')
    for (const [key, value] of x.entries()) {
      let code: PyValue
      const text = strOf(key)
      if (text !== undefined) {
        if (strLen(text) !== 1) throw valueError('string keys in translate table must be of length 1')
        code = text.codePointAt(0)!
      } else {
        const i = asInt(key)
        if (i === undefined) throw typeError('keys in translate table must be strings or integers')
        code = i
      }
      yield* dictSet(table, code, value)
    }
    return table
  }
  const from = Array.from(strArg(x!, 'maketrans() argument 1 must be str'))
  const to = Array.from(strArg(y, 'maketrans() argument 2 must be str'))
  if (from.length !== to.length) throw valueError('the first two maketrans arguments must have equal length')
  from.forEach((c, i) => table.setCanonical(c.codePointAt(0)!, to[i].codePointAt(0)!))
  if (z !== undefined) {
    for (const c of strArg(z, 'maketrans() argument 3 must be str')) table.setCanonical(c.codePointAt(0)!, None)
  }
  return table
}

/** The table's entry for a code point, or undefined when the table raises LookupError (keep the character). */
function* lookup(table: PyValue, code: number): NativeGen<PyValue | undefined> {
  try {
    return yield* subscriptSlow(table, code)
  } catch (error) {
    if (error instanceof PyBaseException && isInstanceOfType(error, LookupErrorType)) return undefined
    throw error
  }
}

function* translate(s: string, table: PyValue): NativeGen<string> {
  let out = ''
  const cache = new Map<number, string>()
  for (const ch of s) {
    const code = ch.codePointAt(0)!
    const known = cache.get(code)
    if (known !== undefined) {
      out += known
      continue
    }
    const mapped = yield* lookup(table, code)
    let piece = mapped === undefined ? ch : mapped === None ? '' : strOf(mapped)
    if (piece === undefined) {
      const i = asInt(mapped!)
      if (i === undefined) throw typeError('character mapping must return integer, None or str')
      if (i < 0 || i > 0x10ffff) throw valueError('character mapping must be in range(0x110000)')
      piece = String.fromCodePoint(Number(i))
    }
    cache.set(code, piece)
    out += piece
  }
  return out
}

export function installStrTranslate(): void {
  classMethod(
    StrType,
    'maketrans',
    function* (_ts, a) {
      const args = a.slice(1)
      if (args.length < 1) throw typeError(`maketrans expected at least 1 argument, got ${args.length}`)
      if (args.length > 3) throw typeError(`maketrans expected at most 3 arguments, got ${args.length}`)
      return yield* maketrans(args[0], args[1], args[2])
    },
    true,
  )
  resumableMethod(StrType, 'translate', function* (_ts, a) {
    const s = selfStr('translate', a[0])
    if (a.length !== 2) throw typeError(`str.translate() takes exactly one argument (${a.length - 1} given)`)
    return yield* translate(s, a[1])
  })
}
