// The frozenset constant CPython 3.11's compiler makes of a constant set: a display `{1, 2, 3}` of more than two
// constants compiles to BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE (a merge into the empty set), and `x in {1, 2}`
// or `for x in {...}` load such a frozenset directly. The frozenset is built up to three times, and each build adds
// the items in a new order, which changes the result's order whenever keys collide:
//  1. `frozenset(tuple_of_items)`, in source order;
//  2. `merge_consts_recursive` (Python/compile.c) rebuilds it from its own iteration order;
//  3. when the code object is created, `intern_string_constants` (Objects/codeobject.c) interns str items made only
//     of ASCII letters, digits and '_'; if that swaps any of them for an equal string interned earlier as another
//     object, it rebuilds the frozenset once more. The parser makes a new object for every such literal longer than
//     one character, so this happens when one of them was interned before (an identifier of the program, a constant
//     of a code object created earlier, one of CPython's own names); empty and one-character strings are shared
//     singletons, swapped only when CPython interned another object for them. The caller, which knows what is
//     interned, says whether it happens.
// Within one compilation, a later display equal to an earlier one reuses the earlier constant (its order included):
// the compiler's constant cache, also the caller's concern, as is folding nested frozenset constants first.
//
// Displays that are not all constants, or have at most two items, are BUILD_SET n: the items added in source order.

import type { SyncEq } from './key-equality'
import type { PyHash } from './py-hash'
import { SetTable } from './set-table'

function rebuilt<K>(source: SetTable<K>, eq: SyncEq<K>): SetTable<K> {
  const table = new SetTable<K>()
  for (let slot = source.nextSlot(0); slot !== -1; slot = source.nextSlot(slot + 1)) {
    table.addEntry(source.keyAt(slot), source.hashHiAt(slot), source.hashLoAt(slot), eq)
  }
  return table
}

export function foldFrozensetConstant<K>(
  items: readonly K[],
  hashes: readonly PyHash[],
  eq: SyncEq<K>,
  stringsReinterned: boolean,
): SetTable<K> {
  const fromTuple = new SetTable<K>()
  for (let i = 0; i < items.length; i++) fromTuple.add(items[i], hashes[i], eq)
  const merged = rebuilt(fromTuple, eq)
  return stringsReinterned ? rebuilt(merged, eq) : merged
}
