// Traceback objects, as CPython links them: each frame an exception passes through puts a new one in front of the
// exception's `__traceback__`, so the chain runs from the outermost frame to the one that raised.
import type { Frame } from '../../vm/frame'
import { typeError, valueError } from '../errors'
import { builtinType, None, plainAlloc, PyObject, type PyValue } from '../object'
import { typeName } from '../type-of'
import { PyGetSet } from './descriptors'
import { frameObject } from './frame-object'

export const TracebackType = builtinType('traceback', undefined, plainAlloc)

export class PyTraceback extends PyObject {
  /** The line of `lasti`, fixed when the entry is made (tb_lineno). */
  readonly lineno: number
  constructor(
    public next: PyTraceback | null,
    readonly frame: Frame,
    /** Index of the instruction that was executing in the frame. */
    readonly lasti: number,
  ) {
    super(TracebackType)
    this.lineno = frame.code.lineOf(lasti)
  }
}

/** The entries from the outermost frame inwards, as a printer walks them. */
export function tracebackEntries(tb: PyTraceback | null): PyTraceback[] {
  const entries: PyTraceback[] = []
  for (let t = tb; t !== null; t = t.next) entries.push(t)
  return entries
}

const tb = (v: PyValue) => v as PyTraceback
const getters: [string, (t: PyTraceback) => PyValue][] = [
  ['tb_frame', (t) => frameObject(t.frame)],
  ['tb_lineno', (t) => t.lineno],
  ['tb_lasti', (t) => t.lasti * 2],
]
for (const [name, get] of getters) TracebackType.ns.set(name, new PyGetSet(name, (v) => get(tb(v))))
TracebackType.ns.set(
  'tb_next',
  new PyGetSet(
    'tb_next',
    (v) => tb(v).next ?? None,
    (v, next) => {
      if (next === undefined) throw typeError("can't delete tb_next attribute")
      if (next !== None && !(next instanceof PyTraceback)) {
        throw typeError(`expected traceback object, got '${typeName(next)}'`)
      }
      const start = next === None ? null : (next as PyTraceback)
      for (let t = start; t !== null; t = t.next) {
        if (t === v) throw valueError('traceback loop detected')
      }
      tb(v).next = start
    },
  ),
)
