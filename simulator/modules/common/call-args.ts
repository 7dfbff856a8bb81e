// Argument parsing with CPython 3.11's messages for built-ins: PyArg_UnpackTuple (positional only) and
// _PyArg_UnpackKeywords (positional-or-keyword parameters, then keyword-only ones).
import { typeError } from '../../python/runtime/errors'
import type { KwArgs } from '../../python/runtime/native'
import type { PyValue } from '../../python/runtime/object'

/** PyArg_UnpackTuple's count check: `name expected at least 1 argument, got 0`. */
export function unpackTuple(name: string, args: PyValue[], min: number, max: number): void {
  const n = args.length
  if (n >= min && n <= max) return
  const [bound, which] = n < min ? [min, min === max ? '' : 'at least '] : [max, min === max ? '' : 'at most ']
  throw typeError(`${name} expected ${which}${bound} argument${bound === 1 ? '' : 's'}, got ${n}`)
}

export function noKeywords(name: string, kw: KwArgs | null): void {
  if (kw && kw.size) throw typeError(`${name}() takes no keyword arguments`)
}

export interface Signature {
  name: string
  /** Positional-or-keyword parameters, in order. */
  positional: string[]
  /** How many of the positional parameters are required. */
  required: number
  keywordOnly?: string[]
}

/**
 * Binds arguments to a signature: the values of the positional parameters then of the keyword-only ones,
 * undefined where not given.
 */
export function bindArguments(sig: Signature, args: PyValue[], kw: KwArgs | null): (PyValue | undefined)[] {
  const { name, positional, required } = sig
  const keywordOnly = sig.keywordOnly ?? []
  const maxArgs = positional.length + keywordOnly.length
  const given = args.length + (kw?.size ?? 0)
  if (given > maxArgs) {
    const keyword = args.length === 0 ? 'keyword ' : ''
    throw typeError(`${name}() takes at most ${maxArgs} ${keyword}argument${maxArgs === 1 ? '' : 's'} (${given} given)`)
  }
  if (args.length > positional.length) {
    const n = positional.length
    const bound = required < n ? 'at most' : 'exactly'
    throw typeError(`${name}() takes ${bound} ${n} positional argument${n === 1 ? '' : 's'} (${args.length} given)`)
  }
  const values: (PyValue | undefined)[] = []
  let used = 0
  positional.forEach((param, i) => {
    let v: PyValue | undefined = args[i]
    if (v === undefined) {
      v = kw?.get(param)
      if (v !== undefined) used++
    }
    if (v === undefined && i < required)
      throw typeError(`${name}() missing required argument '${param}' (pos ${i + 1})`)
    values.push(v)
  })
  for (const param of keywordOnly) {
    const v = kw?.get(param)
    if (v !== undefined) used++
    values.push(v)
  }
  if (kw && used < kw.size) {
    for (const k of kw.keys()) {
      const at = positional.indexOf(k)
      if (at >= 0 && at < args.length) {
        throw typeError(`argument for ${name}() given by name ('${k}') and position (${at + 1})`)
      }
      if (at < 0 && !keywordOnly.includes(k)) throw typeError(`'${k}' is an invalid keyword argument for ${name}()`)
    }
  }
  return values
}
