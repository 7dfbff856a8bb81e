// `npm run bench`: runs every program in bench/programs through the simulator's CLI and through python3, takes
// the best of a few runs, subtracts each side's start-up (an empty program) and prints both times and the ratio.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const runs = Number(process.env.BENCH_RUNS ?? 3)
const dir = join(import.meta.dirname, 'programs')
const programs = readdirSync(dir)
  .filter((f) => f.endsWith('.py') && f !== 'empty.py')
  .sort()

function best(command: string, args: string[]): number {
  let fastest = Infinity
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`)
    fastest = Math.min(fastest, seconds)
  }
  return fastest
}

const simulator = (file: string) => best('npm', ['run', '--silent', 'interleave', '--', 'run', join(dir, file)])
const cpython = (file: string) => best('python3', [join(dir, file)])

const simStart = simulator('empty.py')
const pyStart = cpython('empty.py')
console.log(`start-up: interleave ${simStart.toFixed(2)} s, python3 ${pyStart.toFixed(2)} s (best of ${runs})`)
console.log('program'.padEnd(26), 'interleave'.padStart(11), 'python3'.padStart(9), 'ratio'.padStart(7))
let worst = 0
for (const file of programs) {
  const sim = Math.max(simulator(file) - simStart, 0.001)
  const py = Math.max(cpython(file) - pyStart, 0.001)
  const ratio = sim / py
  worst = Math.max(worst, ratio)
  console.log(
    file.padEnd(26),
    `${sim.toFixed(2)} s`.padStart(11),
    `${py.toFixed(2)} s`.padStart(9),
    `${ratio.toFixed(2)}x`.padStart(7),
  )
}
console.log(`worst ratio: ${worst.toFixed(2)}x (target: at most 3x CPython 3.11)`)
