import { readFileSync } from 'node:fs'
import { runProgram, standardModules } from '../simulator/index'
for (const f of process.argv.slice(2)) {
  const src = readFileSync(f, 'utf8')
  let best = Infinity
  let steps = 0
  for (let k = 0; k < 2; k++) {
    const t0 = process.cpuUsage()
    const t = performance.now()
    const r = runProgram(src, f, { argv: [f], modules: standardModules(), output: { write: () => {} } })
    best = Math.min(best, performance.now() - t)
    const c = process.cpuUsage(t0)
    console.log('cpu', ((c.user + c.system) / 1000).toFixed(0), 'ms')
    steps = r.steps
  }
  console.log(f, best.toFixed(0), 'ms', steps, 'steps', (steps / best / 1000).toFixed(1), 'M instr/s')
}
