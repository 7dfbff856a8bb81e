// The one line under the controls that says where the run stands.
import { format, type Messages } from '../i18n/messages'

export interface RunStatus {
  active: boolean
  running: boolean
  stop: string | null
  status: number | null
  error: string | null
  cursor: number
  choices: number[]
  knownChoice: number | null
}

export function statusLine(t: Messages, run: RunStatus, playing: boolean): string {
  if (run.error) return format(t.internalError, { message: run.error })
  if (!run.active) return ''
  if (run.running || playing) return t.statusRunning
  if (run.stop === 'deadlock') return t.statusDeadlock
  if (run.stop === 'out-of-steps') return format(t.statusBudget, { steps: String(run.cursor) })
  if (run.status !== null) return format(t.statusFinished, { status: String(run.status) })
  if (run.choices.length > 1 && run.knownChoice === null) return t.statusDecision
  if (run.stop === 'breakpoint') return t.statusBreakpoint
  if (run.stop === 'paused') return t.statusPaused
  return ''
}
