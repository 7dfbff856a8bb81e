// Frame objects as Python sees them (`gen.gi_frame`): a view of a VM frame's code, line and variables.
import { builtinType, None, plainAlloc, PyObject, type PyValue } from '../object'
import type { Frame } from '../../vm/frame'
import { PyDict } from './dict'
import { PyCell } from './function'
import { PyGetSet } from './descriptors'

export const FrameType = builtinType('frame', undefined, plainAlloc)

export class PyFrameObject extends PyObject {
  constructor(readonly frame: Frame) {
    super(FrameType)
  }
}

/** One frame object per VM frame, so `g.gi_frame is g.gi_frame`. */
const views = new WeakMap<Frame, PyFrameObject>()

export function frameObject(frame: Frame): PyFrameObject {
  let view = views.get(frame)
  if (view === undefined) {
    view = new PyFrameObject(frame)
    views.set(frame, view)
  }
  return view
}

/** f_locals: the bound local variables (cells read through), or the namespace of a module or class body. */
function localsOf(frame: Frame): PyDict {
  if (frame.locals !== null) return frame.locals
  const d = new PyDict()
  const names = frame.code.localsplus
  for (let i = 0; i < names.length; i++) {
    let v = frame.fast[i]
    if (v instanceof PyCell && (frame.code.cellvars.includes(names[i]) || i >= frame.code.nlocals)) v = v.value
    if (v !== undefined) d.setStr(names[i], v)
  }
  return d
}

const getters: [string, (f: Frame) => PyValue][] = [
  ['f_code', (f) => f.code],
  ['f_lineno', (f) => f.line],
  ['f_lasti', (f) => Math.max(f.pc - 1, 0) * 2],
  ['f_globals', (f) => f.globals],
  ['f_builtins', (f) => f.builtins],
  ['f_locals', localsOf],
  ['f_back', (f) => (f.back !== null && f.back.kind === 'python' ? frameObject(f.back) : None)],
]
for (const [name, get] of getters) FrameType.ns.set(name, new PyGetSet(name, (v) => get((v as PyFrameObject).frame)))
