// The primitives the program made, as the cards show them: the visible ones (a queue stands for its internal
// lock and conditions), with names resolved and waiters grouped by the call they wait in (a queue's getters and
// putters).
import type { PrimitiveSnapshot, PrimitiveState, StateSnapshot } from '../../../simulator'
import { libraryCall } from './call-stack'

export interface WaiterGroup {
  /** The library function the threads wait inside of (`get`, `put`), or null when they wait in a native call. */
  call: string | null
  /** Thread indexes in wake-up order. */
  threads: number[]
}

export interface PrimitiveCard {
  id: number
  type: string
  name: string
  /** The card's accessible name, e.g. "Lock lock_a". */
  label: string
  state: PrimitiveState
  /** A Condition's lock, by name. */
  lockName: string | null
  waiters: WaiterGroup[]
}

function waiterGroups(snapshot: StateSnapshot, waiters: readonly number[]): WaiterGroup[] {
  const groups: WaiterGroup[] = []
  for (const thread of waiters) {
    const t = snapshot.threads[thread]
    const call = t ? libraryCall(t) : null
    const group = groups.find((g) => g.call === call)
    if (group) group.threads.push(thread)
    else groups.push({ call, threads: [thread] })
  }
  return groups
}

function lockName(primitives: readonly PrimitiveSnapshot[], id: number | undefined): string | null {
  return id === undefined ? null : (primitives.find((p) => p.id === id)?.name ?? null)
}

export function primitiveCards(snapshot: StateSnapshot): PrimitiveCard[] {
  return snapshot.primitives
    .filter((p) => !p.internal)
    .sort((a, b) => a.id - b.id)
    .map((p) => ({
      id: p.id,
      type: p.type,
      name: p.name,
      label: `${p.type} ${p.name}`,
      state: p.state,
      lockName: lockName(snapshot.primitives, p.state.lock),
      waiters: waiterGroups(snapshot, p.state.waiters),
    }))
}
