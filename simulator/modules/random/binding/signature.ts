// Binding call arguments to the signature of a method that CPython's `random` defines in Python (`def randint(self,
// a, b)`), with the messages CPython 3.11's frame setup gives: keyword errors first, then surplus positional
// arguments, then missing ones. Counts include `self`, as they do for a bound Python method.
import { typeError } from '../../../python/runtime/errors'
import type { KwArgs } from '../../../python/runtime/native'
import type { PyValue } from '../../../python/runtime/object'

export interface PythonSignature {
  /** `Random.randint`: what the messages call the function. */
  readonly qualname: string
  /** Positional-or-keyword parameters, `self` first. */
  readonly positional: readonly string[]
  /** How many of the last positional parameters have defaults. */
  readonly defaults: number
  /** Keyword-only parameters; all have defaults in this module. */
  readonly keywordOnly?: readonly string[]
}

/** The values of the parameters after `self`, then of the keyword-only ones: undefined where the default applies. */
export function bindPython(sig: PythonSignature, args: readonly PyValue[], kw: KwArgs | null): (PyValue | undefined)[] {
  const { qualname, positional } = sig
  const keywordOnly = sig.keywordOnly ?? []
  const values: (PyValue | undefined)[] = positional.map((_, i) => args[i])
  const keywordValues: (PyValue | undefined)[] = keywordOnly.map(() => undefined)
  for (const [name, value] of kw ?? []) {
    const at = positional.indexOf(name)
    if (at >= 0) {
      if (values[at] !== undefined) throw typeError(`${qualname}() got multiple values for argument '${name}'`)
      values[at] = value
    } else if (keywordOnly.includes(name)) {
      keywordValues[keywordOnly.indexOf(name)] = value
    } else {
      throw typeError(`${qualname}() got an unexpected keyword argument '${name}'`)
    }
  }
  if (args.length > positional.length) {
    throw tooManyPositional(sig, args.length, keywordValues.filter((v) => v !== undefined).length)
  }
  const required = positional.length - sig.defaults
  const missing = positional.slice(0, required).filter((_, i) => values[i] === undefined)
  if (missing.length > 0) throw missingArguments(qualname, missing)
  return [...values.slice(1), ...keywordValues]
}

function plural(n: number): string {
  return n === 1 ? '' : 's'
}

function tooManyPositional(sig: PythonSignature, given: number, keywordOnlyGiven: number) {
  const count = sig.positional.length
  const takes =
    sig.defaults > 0
      ? `from ${count - sig.defaults} to ${count} positional arguments`
      : `${count} positional argument${plural(count)}`
  const detail = keywordOnlyGiven
    ? ` positional argument${plural(given)} (and ${keywordOnlyGiven} keyword-only argument${plural(keywordOnlyGiven)})`
    : ''
  const verb = given === 1 && !keywordOnlyGiven ? 'was' : 'were'
  return typeError(`${sig.qualname}() takes ${takes} but ${given}${detail} ${verb} given`)
}

function missingArguments(qualname: string, missing: string[]) {
  const quoted = missing.map((name) => `'${name}'`)
  const list =
    quoted.length === 1
      ? quoted[0]
      : quoted.length === 2
        ? `${quoted[0]} and ${quoted[1]}`
        : `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`
  return typeError(
    `${qualname}() missing ${missing.length} required positional argument${plural(missing.length)}: ${list}`,
  )
}
