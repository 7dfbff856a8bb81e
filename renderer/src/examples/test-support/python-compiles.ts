// Whether a piece of Python compiles, asked of the simulator (for the tests that read the course notebook).
import { outOfStepsStatus, runProgram } from '../../../../simulator'

/** A program that compiles runs out of a budget of no steps; one that does not ends with its SyntaxError. */
export function compiles(code: string): boolean {
  return runProgram(code, 'cell.py', { output: { write: () => {} }, maxSteps: 0 }).status === outOfStepsStatus
}
