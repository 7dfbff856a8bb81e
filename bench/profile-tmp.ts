import { readFileSync } from 'node:fs'
import { runProgram, standardModules } from '../simulator/index'
const f = process.argv[2]
const src = readFileSync(f, 'utf8')
runProgram(src, f, { argv: [f], modules: standardModules(), output: { write: () => {} } })
