/**
 * Lays out embedded Python source so that marked lines land on given line numbers: a line `# @line N` is replaced
 * by blank lines so that the line after it becomes line N. Library frames then show the line numbers CPython's
 * own module shows in tracebacks.
 */
export function placeLines(source: string): string {
  const out: string[] = []
  for (const line of source.split('\n')) {
    const marker = /^\s*# @line (\d+)$/.exec(line)
    if (!marker) {
      out.push(line)
      continue
    }
    const target = Number(marker[1])
    if (out.length + 1 > target) throw new Error(`interleave: library line ${target} is already passed`)
    while (out.length + 1 < target) out.push('')
  }
  return out.join('\n')
}
