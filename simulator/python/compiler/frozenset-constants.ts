// Set displays of constants, folded to frozenset constants as CPython 3.11's compiler folds them: a display of more
// than two constants (`{1, 2, 3}`, rebuilt at run time by merging the constant into an empty set), and any constant
// display after `in`/`not in` or as the iterable of a `for` loop or comprehension. How the frozenset is built — up
// to three times, each build adding the keys in a new order — is hash/set-constant's concern; this module supplies
// what it leaves to the compiler: reusing an equal earlier constant of the same compilation, and whether creating
// the code object re-interns one of the strings (see scripts/regenerate-interned-strings.py).
import type * as ast from '../ast/nodes'
import { foldFrozensetConstant } from '../hash'
import { hashFast } from '../runtime/abstract/hash'
import { isSimpleKey, syncKeyEq } from '../runtime/abstract/set-ops'
import type { PyValue } from '../runtime/object'
import { FrozenSetType, PySet } from '../runtime/types/set'
import { PyTuple } from '../runtime/types/tuple'
import { STARTUP_INTERNED } from './startup-interned'
import { constKey } from './unit'

/** `all_name_chars` (Objects/codeobject.c): the strings a code object interns. */
function allNameChars(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s)
}

export class FrozensetConstants {
  private readonly folded = new Map<string, PySet>()
  /**
   * Whether each str constant was first added as a literal (a new object) or made of an identifier (an interned
   * one). CPython's compiler keeps the first object for each value, and only a literal may be re-interned.
   */
  private readonly firstLiteral = new Map<string, boolean>()

  /** `identifiers`: the names in the module, which the parser interned before anything was compiled. */
  constructor(private readonly identifiers: ReadonlySet<string>) {}

  /** The frozenset constant for a display of `items`, or undefined when it holds a value it cannot fold natively. */
  fold(items: PyValue[]): PySet | undefined {
    if (!items.every(isSimpleKey)) return undefined
    const key = items
      .map((v) => String(constKey(v)))
      .sort()
      .join('\0')
    const earlier = this.folded.get(key)
    if (earlier !== undefined) return earlier
    const set = new PySet(FrozenSetType)
    set.table = foldFrozensetConstant(
      items,
      items.map((v) => hashFast(v)!),
      syncKeyEq,
      this.reinterns(items),
    )
    this.folded.set(key, set)
    return set
  }

  /** Notes a constant added to a code object (with its items), and whether the source wrote it as a literal. */
  register(value: PyValue, literal: boolean): void {
    if (typeof value === 'string') {
      if (!this.firstLiteral.has(value)) this.firstLiteral.set(value, literal)
    } else if (value instanceof PyTuple) {
      for (const item of value.items) this.register(item, literal)
    } else if (value instanceof PySet) {
      for (const item of value.items()) this.register(item, literal)
    }
  }

  /**
   * Whether interning swaps one of the items for an equal string interned earlier as another object. The item is
   * the first constant of its value: an identifier's object is interned already; a literal longer than one
   * character is a new object, swapped when the string is an identifier of the program or was interned at startup;
   * shorter ones are shared singletons, swapped only when CPython interned another object.
   */
  private reinterns(items: PyValue[]): boolean {
    return items.some(
      (v) =>
        typeof v === 'string' &&
        allNameChars(v) &&
        this.firstLiteral.get(v) !== false &&
        (STARTUP_INTERNED.has(v) || (v.length > 1 && this.identifiers.has(v))),
    )
  }
}

const NAME_FIELDS = new Set(['id', 'attr', 'name', 'arg', 'asname', 'rest'])
const DOTTED_FIELDS = new Set(['module'])
const NAME_LIST_FIELDS = new Set(['names', 'kwd_attrs'])

/** Every identifier the parser made for a module: names, attributes, parameters, keywords, imported names. */
export function moduleIdentifiers(module: ast.Module): Set<string> {
  const found = new Set<string>()
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const x of node) visit(x)
      return
    }
    if (node === null || typeof node !== 'object') return
    for (const [field, value] of Object.entries(node)) {
      if (typeof value === 'string') {
        if (NAME_FIELDS.has(field) || DOTTED_FIELDS.has(field)) for (const part of value.split('.')) found.add(part)
      } else if (NAME_LIST_FIELDS.has(field) && Array.isArray(value) && typeof value[0] === 'string') {
        for (const name of value as string[]) found.add(name)
      } else if (field !== 'value' || (node as { kind?: string }).kind !== 'Constant') {
        visit(value)
      }
    }
  }
  visit(module.body)
  return found
}
