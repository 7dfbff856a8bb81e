// The simulation worker: runs the program off the UI thread, in slices, so that Pause and every other message
// get through even during `while True: pass`. It holds the Session and sends the UI what changed.
import {
  bytecodeOf,
  chromeTrace,
  readTrace,
  Session,
  TraceFileError,
  type EventLog,
  type StopReason,
} from '../../../simulator'
import type { Request, Response } from './protocol'

/** Instructions per slice: small enough to answer messages within a few milliseconds. */
const slice = 50_000

let session: Session | null = null
let sentLog: EventLog | null = null
let sentEvents = 0
let sentStrings = 0
let running = false
let stop: StopReason | null = null
let focus: { thread: number | null; frame: number } = { thread: null, frame: 0 }

function post(message: Response, transfer: Transferable[] = []): void {
  postMessage(message, { transfer })
}

function update(): void {
  if (!session) return
  const log = session.log
  const reset = log !== sentLog
  if (reset) [sentLog, sentEvents, sentStrings] = [log, 0, 0]
  const events = log.slice(sentEvents)
  const strings = log.strings.slice(sentStrings)
  ;[sentEvents, sentStrings] = [log.length, log.strings.length]
  const sim = session.simulation
  const snapshot = session.snapshot()
  const thread = focus.thread ?? snapshot.gil[0] ?? 0
  const frame =
    focus.thread === null ? (snapshot.threads[thread]?.stack.findIndex((f) => !f.library) ?? 0) : focus.frame
  post(
    {
      kind: 'update',
      reset,
      events,
      strings,
      cursor: session.cursor,
      knownSteps: session.knownSteps,
      running,
      stop,
      status: sim.status,
      syntaxError: sim.syntaxError,
      snapshot,
      choices: session.choices(),
      knownChoice: session.knownChoice(),
      bytecode: bytecodeOf(sim, thread, Math.max(frame, 0)),
    },
    Object.values(events).map((column) => (column as Float64Array).buffer),
  )
}

function runSlice(): void {
  if (!session || !running) return
  stop = session.run(slice)
  if (stop !== 'paused') running = false
  update()
  if (running) setTimeout(runSlice, 0)
}

function open(next: Session): void {
  session = next
  sentLog = null
  running = false
  stop = null
}

function handle(request: Request): void {
  if (request.kind === 'start') {
    open(new Session(request.source, request.filename, request.settings))
    for (const line of request.breakpoints) session!.breakpoints.add(line)
  } else if (request.kind === 'open-trace') {
    const trace = readTrace(request.text)
    open(new Session(trace.source, trace.filename, { ...trace.settings, decisions: trace.decisions }))
    session!.run(Infinity)
  }
  if (!session) return
  switch (request.kind) {
    case 'run':
      if (running) return
      running = true
      setTimeout(runSlice, 0)
      return
    case 'pause':
      running = false
      break
    case 'step':
      running = false
      stop = session.step(request.step, request.thread)
      break
    case 'step-back':
      running = false
      session.stepBack(request.thread)
      stop = 'step'
      break
    case 'goto':
      running = false
      session.goto(request.step)
      stop = null
      break
    case 'choose':
      session.choose(request.thread)
      break
    case 'focus':
      focus = { thread: request.thread, frame: request.frame }
      break
    case 'breakpoints':
      session.breakpoints.clear()
      for (const line of request.lines) session.breakpoints.add(line)
      return
    case 'export-trace':
      post({ kind: 'file', name: 'trace.json', text: session.traceText() })
      return
    case 'export-chrome-trace':
      post({ kind: 'file', name: 'perfetto.json', text: JSON.stringify(chromeTrace(session.log)) + '\n' })
      return
  }
  update()
}

onmessage = (event: MessageEvent<Request>) => {
  try {
    handle(event.data)
  } catch (error) {
    running = false
    const message = error instanceof TraceFileError ? error.message : `${(error as Error).message}`
    post({ kind: 'error', message })
  }
}
