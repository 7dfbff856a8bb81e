// The console at the cursor: what the program printed up to there, line by line, each line marked with the thread
// that printed it (a line written in pieces goes to the thread that wrote its first piece).
import { decodeEvent, EventKind, type EventLog } from '../../../simulator'

export interface ConsoleLine {
  text: string
  stream: 'stdout' | 'stderr'
  /** The printing thread, or null for the runtime (a traceback, a deadlock report). */
  thread: number | null
}

export function consoleLines(log: EventLog, length: number, cursor: number): ConsoleLine[] {
  const lines: ConsoleLine[] = []
  const partial: Record<'stdout' | 'stderr', ConsoleLine | null> = { stdout: null, stderr: null }
  for (let i = 0; i < length; i++) {
    if (log.get(i).kind !== EventKind.output) continue
    const e = decodeEvent(log, i)
    if (e.kind !== 'output' || e.step > cursor) continue
    const pieces = e.text.split('\n')
    pieces.forEach((piece, k) => {
      const last = k === pieces.length - 1
      if (last && piece === '') return
      const line = partial[e.stream] ?? { text: '', stream: e.stream, thread: e.thread }
      line.text += piece
      partial[e.stream] = line
      if (!last) {
        lines.push(line)
        partial[e.stream] = null
      }
    })
  }
  for (const line of [partial.stdout, partial.stderr]) if (line?.text) lines.push(line)
  return lines
}
