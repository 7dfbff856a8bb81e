import { runProgram, standardModules } from '../index'

/** Runs a suite program as `python3 <name>.py` would, capturing what it prints. */
export function runConformanceProgram(source: string, file: string): { status: number; stdout: string; stderr: string } {
  let stdout = ''
  let stderr = ''
  const result = runProgram(source, file, {
    argv: [file],
    modules: standardModules(),
    maxSteps: 50_000_000,
    output: {
      write: (stream, text) => {
        if (stream === 'stdout') stdout += text
        else stderr += text
      },
    },
  })
  return { status: result.status, stdout, stderr }
}
