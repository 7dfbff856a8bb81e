// `npm run bench` (second part): the kernel's speed with threads, with the trace recorder on and off. Prints
// instructions per second, the trace's size in memory, and the ratio to the single-threaded interpreter's speed
// (target: with tracing on, at least half of it).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Simulation } from '../simulator'

const dir = join(import.meta.dirname, 'concurrency')
const runs = Number(process.env.BENCH_RUNS ?? 3)

interface Measure {
  seconds: number
  steps: number
  events: number
  bytes: number
}

function measure(file: string, record: boolean): Measure {
  const source = readFileSync(join(dir, file), 'utf8')
  let best: Measure | null = null
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    const simulation = new Simulation(source, file, { record })
    simulation.advance()
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    if (simulation.status !== 0) throw new Error(`${file} ended with status ${simulation.status}`)
    const log = simulation.log
    const m = { seconds, steps: simulation.steps, events: log?.length ?? 0, bytes: log?.byteSize() ?? 0 }
    if (!best || m.seconds < best.seconds) best = m
  }
  return best!
}

const perSecond = (m: Measure) => m.steps / m.seconds
const millions = (n: number) => `${(n / 1e6).toFixed(1)} M`

const single = measure('single_thread.py', false)
console.log(`single thread, no trace: ${millions(perSecond(single))} instructions/s (best of ${runs})`)
console.log(
  'program'.padEnd(20),
  'trace'.padEnd(6),
  'instr'.padStart(8),
  'instr/s'.padStart(10),
  'events'.padStart(9),
  'trace MB'.padStart(9),
  'vs single'.padStart(10),
)
let worst = Infinity
let worstTraced = Infinity
for (const file of ['gil_demo.py', 'lock_contention.py']) {
  let untraced = 0
  for (const record of [false, true]) {
    const m = measure(file, record)
    const ratio = perSecond(m) / perSecond(single)
    if (record) {
      worst = Math.min(worst, ratio)
      worstTraced = Math.min(worstTraced, perSecond(m) / untraced)
    } else untraced = perSecond(m)
    console.log(
      file.padEnd(20),
      (record ? 'on' : 'off').padEnd(6),
      millions(m.steps).padStart(8),
      millions(perSecond(m)).padStart(10),
      String(m.events).padStart(9),
      (m.bytes / 2 ** 20).toFixed(1).padStart(9),
      `${ratio.toFixed(2)}x`.padStart(10),
    )
  }
}
console.log(`with tracing on, the worst program keeps ${worstTraced.toFixed(2)}x of its untraced speed`)
console.log(`worst speed with tracing on: ${worst.toFixed(2)}x the single-threaded interpreter (target: at least 0.5x)`)
