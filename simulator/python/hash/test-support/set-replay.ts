// Replays one case of fixtures/set-ops.json against SetTable and the set algebra, with either the synchronous
// operations or the generator ones (whose equality suspends once per comparison).

import {
  differenceGen,
  difference,
  differenceUpdate,
  differenceUpdateGen,
  foldFrozensetConstant,
  intersection,
  intersectionGen,
  intersectionUpdate,
  intersectionUpdateGen,
  isDisjoint,
  isDisjointGen,
  isSubset,
  isSubsetGen,
  isSuperset,
  isSupersetGen,
  SetTable,
  setEquals,
  setEqualsGen,
  symmetricDifference,
  symmetricDifferenceGen,
  symmetricDifferenceUpdate,
  symmetricDifferenceUpdateGen,
  union,
  unionGen,
  type GenEq,
  type SyncEq,
} from '../index'
import { PyModel, type Encoded, type ProbeAction, type PyValue } from './py-model'

export type StepResult = null | boolean | number | 'KeyError'

export interface SetStep {
  op: [string, ...unknown[]]
  result: StepResult
  list: number[]
  eq?: [string, string][]
}

export interface SetCase {
  kind: string
  pool: Encoded[]
  steps: SetStep[]
}

export type Mode = 'sync' | 'gen'

interface Variable {
  table: SetTable<PyValue>
  frozen: boolean
}

type Steps<T> = Generator<unknown, T, unknown>
type Binary = [
  sync: (a: SetTable<PyValue>, b: SetTable<PyValue>, eq: SyncEq<PyValue>) => unknown,
  gen: (a: SetTable<PyValue>, b: SetTable<PyValue>, eq: GenEq<PyValue>) => Steps<unknown>,
]

const BINARY = {
  union: [union, unionGen],
  intersection: [intersection, intersectionGen],
  difference: [difference, differenceGen],
  symmetricDifference: [symmetricDifference, symmetricDifferenceGen],
  intersectionUpdate: [intersectionUpdate, intersectionUpdateGen],
  differenceUpdate: [differenceUpdate, differenceUpdateGen],
  symmetricDifferenceUpdate: [symmetricDifferenceUpdate, symmetricDifferenceUpdateGen],
  isSubset: [isSubset, isSubsetGen],
  isSuperset: [isSuperset, isSupersetGen],
  isDisjoint: [isDisjoint, isDisjointGen],
  equals: [setEquals, setEqualsGen],
} as Record<string, Binary>

export class SetReplay {
  private readonly model: PyModel
  private readonly pool: PyValue[]
  private readonly indexOf = new Map<PyValue, number>()
  private readonly env = new Map<string, Variable>()
  /** `[stored, probed]` names of probe comparisons since the last step began. */
  log: [string, string][] = []
  comparisons = 0
  suspensions = 0

  constructor(
    noneId: bigint,
    private readonly fixture: SetCase,
    private readonly mode: Mode,
  ) {
    this.model = new PyModel(noneId)
    this.pool = fixture.pool.map((encoded, i) => this.fresh(encoded, i))
  }

  /** Runs one step; returns its result and `list()` of the variable the fixture recorded. */
  step(step: SetStep): { result: StepResult; list: number[]; eq: [string, string][] } {
    this.log = []
    const result = this.apply(step.op)
    const listed = this.variable(step.op[1] as string).table.toArray()
    return { result, list: listed.map((v) => this.indexOf.get(v) as number), eq: this.log }
  }

  private fresh(encoded: Encoded, index: number): PyValue {
    const value = this.model.decode(encoded)
    this.indexOf.set(value, index)
    return value
  }

  private variable(name: string): Variable {
    const variable = this.env.get(name)
    if (variable === undefined) throw new Error(`no variable ${name}`)
    return variable
  }

  private readonly eq: SyncEq<PyValue> = (stored, probe) => {
    this.comparisons++
    if (stored.kind !== 'probe' || probe.kind !== 'probe') return this.model.pyEquals(stored, probe)
    this.log.push([stored.name, probe.name])
    const action = stored.action
    if (action !== null) {
      stored.action = null
      this.act(action)
    }
    return stored.val === probe.val
  }

  private readonly genEq: GenEq<PyValue> = (stored, probe) => this.suspendThenCompare(stored, probe)

  private *suspendThenCompare(stored: PyValue, probe: PyValue): Steps<boolean> {
    yield 'compare'
    return this.eq(stored, probe)
  }

  private drive<T>(sync: () => T, gen: () => Steps<T>): T {
    if (this.mode === 'sync') return sync()
    const steps = gen()
    for (;;) {
      const next = steps.next()
      if (next.done) return next.value
      this.suspensions++
    }
  }

  private add(table: SetTable<PyValue>, value: PyValue): void {
    const hash = this.model.hash(value)
    this.drive(
      () => table.add(value, hash, this.eq),
      () => table.addGen(value, hash, this.genEq),
    )
  }

  private discard(table: SetTable<PyValue>, value: PyValue): boolean {
    const hash = this.model.hash(value)
    return this.drive(
      () => table.discard(value, hash, this.eq),
      () => table.discardGen(value, hash, this.genEq),
    )
  }

  private fromItems(indices: number[]): SetTable<PyValue> {
    const table = new SetTable<PyValue>()
    for (const i of indices) this.add(table, this.pool[i])
    return table
  }

  /** What a probe's `__eq__` does, once: an operation on a set variable, skipped unless its variables exist. */
  private act(op: ProbeAction): void {
    const target = this.env.get(op[1])
    if (target === undefined || target.frozen) return
    if ((op[0] === 'differenceUpdate' || op[0] === 'update') && !this.env.has(op[2] as string)) return
    this.apply(op)
  }

  private apply(op: [string, ...unknown[]]): StepResult {
    const [name, target] = op as [string, string]
    const items = op[2] as number[]
    const source = (): Variable => this.variable(op[2] as string)
    switch (name) {
      case 'set':
      case 'display':
        this.env.set(target, { table: this.fromItems(items), frozen: false })
        return null
      case 'frozenset':
        this.env.set(target, { table: this.fromItems(items), frozen: true })
        return null
      case 'constDisplay': {
        // The compiler's constants are new objects, equal to the pool's; folding them runs no Python code.
        const constants = items.map((i) => this.fresh(this.fixture.pool[i], i))
        const hashes = constants.map((v) => this.model.hash(v))
        const folded = foldFrozensetConstant(constants, hashes, this.model.equals, op[3] as boolean)
        const table = new SetTable<PyValue>()
        table.merge(folded, this.model.equals)
        this.env.set(target, { table, frozen: false })
        return null
      }
      case 'fromDict': {
        // dict.fromkeys keeps the first of equal keys, in first-insertion order.
        const values = items.map((i) => this.pool[i])
        const dictOrder = values.filter((v, n) => values.findIndex((w) => this.model.pyEquals(w, v)) === n)
        const table = new SetTable<PyValue>()
        table.reserve(dictOrder.length)
        for (const key of dictOrder) this.add(table, key)
        this.env.set(target, { table, frozen: false })
        return null
      }
      case 'setOf':
        this.env.set(target, { table: source().table.copy(), frozen: false })
        return null
      case 'frozensetOf':
      case 'copy': {
        const from = source()
        // frozenset(f) and f.copy() return f itself when f is a frozenset.
        const frozen = name === 'frozensetOf' || from.frozen
        this.env.set(target, { table: from.frozen ? from.table : from.table.copy(), frozen })
        return null
      }
      case 'add':
        this.add(this.variable(target).table, this.pool[op[2] as number])
        return null
      case 'discard':
        this.discard(this.variable(target).table, this.pool[op[2] as number])
        return null
      case 'remove':
        return this.discard(this.variable(target).table, this.pool[op[2] as number]) ? null : 'KeyError'
      case 'contains': {
        const table = this.variable(target).table
        const value = this.pool[op[2] as number]
        const hash = this.model.hash(value)
        return this.drive(
          () => table.contains(value, hash, this.eq),
          () => table.containsGen(value, hash, this.genEq),
        )
      }
      case 'pop': {
        const table = this.variable(target).table
        return table.size === 0 ? 'KeyError' : (this.indexOf.get(table.pop()) as number)
      }
      case 'clear':
        this.variable(target).table.clear()
        return null
      case 'updateList':
        for (const i of items) this.add(this.variable(target).table, this.pool[i])
        return null
      case 'update': {
        const table = this.variable(target).table
        const other = source().table
        this.drive(
          () => table.merge(other, this.eq),
          () => table.mergeGen(other, this.genEq),
        )
        return null
      }
      default:
        return this.applyBinary(name, op)
    }
  }

  private applyBinary(name: string, op: [string, ...unknown[]]): StepResult {
    const [sync, gen] = BINARY[name] ?? []
    if (sync === undefined || gen === undefined) throw new Error(`unknown operation ${name}`)
    const inPlace = op.length === 3
    const left = this.variable((inPlace ? op[1] : op[2]) as string)
    const right = this.variable((inPlace ? op[2] : op[3]) as string)
    const result = this.drive(
      () => sync(left.table, right.table, this.eq),
      () => gen(left.table, right.table, this.genEq),
    )
    if (typeof result === 'boolean') return result
    if (result instanceof SetTable) this.env.set(op[1] as string, { table: result, frozen: left.frozen })
    return null
  }
}
