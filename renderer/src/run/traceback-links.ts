// Where a console line points into the program: `File "prog.py", line 12, in f` of a traceback, or
// `at prog.py, line 8` of a deadlock report. The console makes such lines clickable.

export function programLine(text: string, filename: string): number | null {
  const name = filename.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const match = new RegExp(`(?:File "${name}", line |at ${name}, line )(\\d+)`).exec(text)
  return match ? Number(match[1]) : null
}
