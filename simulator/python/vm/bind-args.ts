// Binding call arguments to a Python function's parameters, with CPython 3.11's error messages.
import { CodeFlag } from '../runtime/code'
import { typeError } from '../runtime/errors'
import type { KwArgs } from '../runtime/native'
import type { PyValue } from '../runtime/object'
import { PyDict } from '../runtime/types/dict'
import type { PyFunction } from '../runtime/types/function'
import { PyTuple, pyTuple } from '../runtime/types/tuple'

/** Fills `fast` (the new frame's slots) from positional args and keyword args. */
export function bindArgs(
  func: PyFunction,
  fast: (PyValue | undefined)[],
  args: PyValue[],
  kwnames: readonly string[] | null,
  kwvalues: PyValue[] | null,
): void {
  const code = func.code
  const argcount = code.argcount
  const posonly = code.posonlyargcount
  const kwonly = code.kwonlyargcount
  const total = argcount + kwonly
  const names = code.localsplus
  const hasVarargs = (code.flags & CodeFlag.VARARGS) !== 0
  const hasVarkw = (code.flags & CodeFlag.VARKEYWORDS) !== 0
  const qual = func.qualname
  let kwdict: PyDict | null = null
  if (hasVarkw) {
    kwdict = new PyDict()
    fast[total + (hasVarargs ? 1 : 0)] = kwdict
  }
  const npos = Math.min(args.length, argcount)
  for (let i = 0; i < npos; i++) fast[i] = args[i]
  if (hasVarargs) fast[total] = pyTuple(args.slice(npos))
  else if (args.length > argcount) throw tooManyPositional(func, args.length, kwnames, kwvalues, fast)

  if (kwnames) {
    let posonlyAsKw: string[] | null = null
    for (let k = 0; k < kwnames.length; k++) {
      const name = kwnames[k]
      const value = kwvalues![k]
      let j = -1
      for (let p = posonly; p < total; p++) {
        if (names[p] === name) {
          j = p
          break
        }
      }
      if (j < 0) {
        if (kwdict) {
          kwdict.setStr(name, value)
          continue
        }
        if (names.slice(0, posonly).includes(name)) {
          ;(posonlyAsKw ??= []).push(name)
          continue
        }
        throw typeError(`${qual}() got an unexpected keyword argument '${name}'`)
      }
      if (fast[j] !== undefined) throw typeError(`${qual}() got multiple values for argument '${name}'`)
      fast[j] = value
    }
    if (posonlyAsKw) {
      throw typeError(
        `${qual}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`,
      )
    }
  }

  if (args.length < argcount) {
    const defaults = func.defaults
    const firstDefault = argcount - defaults.length
    const missing: string[] = []
    for (let i = args.length; i < argcount; i++) {
      if (fast[i] !== undefined) continue
      if (i >= firstDefault) fast[i] = defaults[i - firstDefault]
      else missing.push(names[i])
    }
    if (missing.length) throw missingArguments(qual, missing, 'positional')
  }
  if (kwonly) {
    const missing: string[] = []
    for (let i = argcount; i < total; i++) {
      if (fast[i] !== undefined) continue
      const d = func.kwdefaults?.getStr(names[i])
      if (d !== undefined) fast[i] = d
      else missing.push(names[i])
    }
    if (missing.length) throw missingArguments(qual, missing, 'keyword-only')
  }
}

function missingArguments(qual: string, missing: string[], kind: string) {
  const quoted = missing.map((n) => `'${n}'`)
  let list: string
  if (quoted.length === 1) list = quoted[0]
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`
  const s = missing.length === 1 ? '' : 's'
  return typeError(`${qual}() missing ${missing.length} required ${kind} argument${s}: ${list}`)
}

function tooManyPositional(
  func: PyFunction,
  given: number,
  kwnames: readonly string[] | null,
  kwvalues: PyValue[] | null,
  fast: (PyValue | undefined)[],
) {
  const code = func.code
  const argcount = code.argcount
  const defaults = func.defaults.length
  const names = code.localsplus
  let kwonlyGiven = 0
  if (kwnames && kwvalues) {
    for (const name of kwnames) {
      const i = names.indexOf(name)
      if (i >= argcount && i < argcount + code.kwonlyargcount) kwonlyGiven++
    }
  }
  void fast
  const plural = (n: number) => (n === 1 ? '' : 's')
  const takes = defaults
    ? `from ${argcount - defaults} to ${argcount} positional arguments`
    : `${argcount} positional argument${plural(argcount)}`
  const was = given === 1 && !kwonlyGiven ? 'was' : 'were'
  const kwPart = kwonlyGiven
    ? ` positional argument${plural(given)} (and ${kwonlyGiven} keyword-only argument${plural(kwonlyGiven)})`
    : ''
  return typeError(`${func.qualname}() takes ${takes} but ${given}${kwPart} ${was} given`)
}

/** Keyword arguments as a Map, from KW_NAMES' tuple and the values that followed the positional ones. */
export function kwMap(names: readonly string[], values: PyValue[]): KwArgs {
  const kw: KwArgs = new Map()
  for (let i = 0; i < names.length; i++) kw.set(names[i], values[i])
  return kw
}

export function tupleNames(t: PyTuple): string[] {
  return t.items as string[]
}
