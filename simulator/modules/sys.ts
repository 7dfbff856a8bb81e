// sys: argv, exit, the standard streams, version information and the interpreter's limits.
import { asInt } from '../python/runtime/abstract/numeric'
import { typeError, valueError } from '../python/runtime/errors'
import { builtinType, None, plainAlloc, PyObject, type PyValue } from '../python/runtime/object'
import { typeName } from '../python/runtime/type-of'
import { False, True } from '../python/runtime/types/bool'
import {
  newException,
  type PyBaseException,
  RecursionErrorType,
  SystemExitType,
} from '../python/runtime/types/exceptions'
import { native } from '../python/runtime/types/function'
import { PyList } from '../python/runtime/types/list'
import { PyModule } from '../python/runtime/types/module'
import { PyTuple, pyTuple, TupleType } from '../python/runtime/types/tuple'
import { PyGetSet } from '../python/runtime/types/descriptors'
import { registerRepr, reprFast } from '../python/runtime/abstract/repr'
import { PyDict } from '../python/runtime/types/dict'
import { PyFloat } from '../python/runtime/types/float'
import { method } from '../python/builtins/define'
import { registerNativeStream } from '../python/builtins/functions'
import type { Interpreter, Stream } from '../python/vm/interpreter'

const TextStreamType = builtinType('TextIOWrapper', undefined, plainAlloc)
TextStreamType.module = '_io'

class PyStream extends PyObject {
  constructor(
    readonly interp: Interpreter,
    readonly stream: Stream,
  ) {
    super(TextStreamType)
  }
}

method(TextStreamType, 'write', (ts, a) => {
  const s = a[1]
  if (typeof s !== 'string') throw typeError(`write() argument must be str, not ${typeName(s)}`)
  const self = a[0] as PyStream
  self.interp.write(self.stream, s, ts)
  return Array.from(s).length
})
method(TextStreamType, 'flush', () => None)
method(TextStreamType, 'isatty', () => False)
method(TextStreamType, 'writable', () => True)
method(
  TextStreamType,
  '__repr__',
  (_ts, a) => `<_io.TextIOWrapper name='<${(a[0] as PyStream).stream}>' mode='w' encoding='utf-8'>`,
)

/** Version information of the CPython this simulator follows. */
const versionInfo = [3, 11, 7, 'final', 0] as const
const versionFields = ['major', 'minor', 'micro', 'releaselevel', 'serial'] as const

/** sys.version_info: a tuple whose items are also named fields, as CPython's struct sequence. */
const VersionInfoType = builtinType('version_info', TupleType, (cls) => new PyTuple([], cls))
VersionInfoType.module = 'sys'
versionFields.forEach((field, i) => VersionInfoType.ns.set(field, new PyGetSet(field, (v) => (v as PyTuple).items[i])))
function versionInfoRepr(v: PyTuple): string {
  return `sys.version_info(${versionFields.map((f, i) => `${f}=${reprFast(v.items[i])}`).join(', ')})`
}
method(VersionInfoType, '__repr__', (_ts, a) => versionInfoRepr(a[0] as PyTuple))
registerRepr((v) => (v instanceof PyTuple && v.cls === VersionInfoType ? versionInfoRepr(v) : undefined))

export function createSys(interp: Interpreter): PyModule {
  const m = new PyModule('sys')
  const stdout = new PyStream(interp, 'stdout')
  const stderr = new PyStream(interp, 'stderr')
  registerNativeStream(stdout, 'stdout')
  registerNativeStream(stderr, 'stderr')
  m.set('argv', new PyList(interp.argv))
  m.set('stdout', stdout)
  m.set('stderr', stderr)
  m.set('__stdout__', stdout)
  m.set('__stderr__', stderr)
  m.set('version_info', new PyTuple([...versionInfo], VersionInfoType))
  m.set('version', '3.11.7 (Interleave simulator)')
  m.set('hexversion', 0x030b07f0)
  m.set('platform', 'linux')
  m.set('byteorder', 'little')
  m.set('maxsize', 9223372036854775807n)
  m.set('executable', '/usr/bin/python3')
  m.set('path', new PyList(['']))
  m.set('implementation', None)
  m.set('modules', new ModulesView(interp).dict)
  m.set(
    'exit',
    native('exit', (_ts, a) => {
      throw newException(SystemExitType, ...(a.length ? [a[0]] : []))
    }),
  )
  m.set(
    'getrecursionlimit',
    native('getrecursionlimit', () => interp.recursionLimit),
  )
  m.set(
    'setrecursionlimit',
    native('setrecursionlimit', (ts, a) => {
      const n = asInt(a[0])
      if (n === undefined) throw typeError(`'${typeName(a[0])}' object cannot be interpreted as an integer`)
      if (n < 1) throw valueError('recursion limit must be greater or equal than 1')
      // CPython's depth here counts this call's own recursion check too.
      const depth = ts.depth + 1
      if (depth >= n) {
        throw newException(
          RecursionErrorType,
          `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`,
        )
      }
      interp.recursionLimit = Number(n)
      return None
    }),
  )
  m.set(
    'exc_info',
    native('exc_info', (ts) => {
      const e = ts.handled
      if (e === None) return pyTuple([None, None, None])
      return pyTuple([(e as PyObject).cls, e, (e as PyBaseException).traceback ?? None])
    }),
  )
  m.set(
    'exception',
    native('exception', (ts) => ts.handled),
  )
  m.set(
    'getswitchinterval',
    native('getswitchinterval', () => new PyFloat(interp.switchInterval)),
  )
  m.set(
    'setswitchinterval',
    native('setswitchinterval', (_ts, a) => {
      const v = a[0] instanceof PyFloat ? a[0].value : Number(asInt(a[0]))
      if (!(v > 0)) throw valueError('switch interval must be strictly positive')
      interp.switchInterval = Math.floor(v * 1e6) / 1e6
      return None
    }),
  )
  m.set(
    'intern',
    native('intern', (_ts, a) => a[0]),
  )
  return m
}

/** sys.modules: a dict kept in step with the interpreter's module table. */
class ModulesView {
  readonly dict = new PyDict()
  constructor(interp: Interpreter) {
    for (const [name, module] of interp.modules) this.dict.setStr(name, module)
    interp.onModuleLoaded = (name: string, module: PyValue) => this.dict.setStr(name, module)
  }
}
