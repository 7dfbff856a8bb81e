// What a thread is doing at the cursor, in words: running, waiting for the GIL, blocked on which object or
// waiting for which thread to finish, sleeping, finished.
import type { PrimitiveSnapshot, StateSnapshot } from '../../../simulator'
import { format } from '../i18n/messages'
import { libraryCall } from './call-stack'
import type { PanelMessages } from './messages'
import { waitedOn } from './wait-for'

export type Activity =
  | { kind: 'new' | 'running' | 'gil-wait' | 'ready' | 'sleeping' | 'finished' }
  | {
      kind: 'blocked'
      /** The visible primitive it waits on (a queue stands for its internal lock and conditions). */
      on: PrimitiveSnapshot | null
      /** The thread it joins. */
      joins: number | null
      /** The library function it waits inside of (`get`, `join`). */
      call: string | null
    }

export function activityOf(snapshot: StateSnapshot, thread: number): Activity {
  const t = snapshot.threads[thread]
  if (t.status !== 'blocked') return { kind: t.status }
  return { kind: 'blocked', on: waitedOn(snapshot, thread), joins: t.joining, call: libraryCall(t) }
}

export function describeActivity(activity: Activity, snapshot: StateSnapshot, t: PanelMessages): string {
  switch (activity.kind) {
    case 'new':
      return t.stateNew
    case 'running':
      return t.stateRunning
    case 'gil-wait':
      return t.stateGilWait
    case 'ready':
      return t.stateReady
    case 'sleeping':
      return t.stateSleeping
    case 'finished':
      return t.stateFinished
    case 'blocked': {
      const { on, joins, call } = activity
      if (joins !== null) return format(t.joining, { thread: snapshot.threads[joins].name })
      if (on && call) return format(t.blockedOnIn, { object: on.name, call })
      if (on) return format(t.blockedOn, { object: on.name })
      if (call) return format(t.blockedIn, { call })
      return t.stateBlocked
    }
  }
}
