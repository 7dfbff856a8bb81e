// _thread: starting threads, their identities, the low-level locks, and the default excepthook.
import { asInt } from '../../python/runtime/abstract/numeric'
import { typeError } from '../../python/runtime/errors'
import { type KwArgs } from '../../python/runtime/native'
import { None, PyObject, type PyValue } from '../../python/runtime/object'
import { typeName } from '../../python/runtime/type-of'
import { PyDict } from '../../python/runtime/types/dict'
import { PyBaseException, RuntimeErrorType } from '../../python/runtime/types/exceptions'
import { PyFloat } from '../../python/runtime/types/float'
import { pyBool, True } from '../../python/runtime/types/bool'
import { native, PyBoundMethod, resumable } from '../../python/runtime/types/function'
import { PyModule } from '../../python/runtime/types/module'
import { PyTuple } from '../../python/runtime/types/tuple'
import { truth } from '../../python/runtime/abstract/truth'
import type { Interpreter } from '../../python/vm/interpreter'
import { formatException } from '../../python/vm/traceback'
import { LockType, PyLock, RLockType } from './lock'
import { hostOf, secondsArg, timeoutMax, waitOn } from './waiting'

export function createThreadModule(interp: Interpreter): PyModule {
  const m = new PyModule('_thread')
  m.set('LockType', LockType)
  m.set('lock', LockType)
  m.set('RLock', RLockType)
  m.set(
    'allocate_lock',
    native('allocate_lock', () => new PyLock()),
  )
  m.set(
    'allocate',
    native('allocate', () => new PyLock()),
  )
  m.set('error', RuntimeErrorType)
  m.set('TIMEOUT_MAX', new PyFloat(timeoutMax))
  m.set(
    'start_new_thread',
    native('start_new_thread', (ts, a) => {
      const [fn, args, kwargs] = a
      if (!(args instanceof PyTuple)) throw typeError('2nd arg must be a tuple')
      let kw: KwArgs | null = null
      if (kwargs !== undefined && kwargs !== None) {
        if (!(kwargs instanceof PyDict)) throw typeError('optional 3rd arg must be a dictionary')
        kw = new Map(kwargs.entries() as [string, PyValue][])
      }
      const host = hostOf(ts)
      const ident = host.identOf(host.startThread(ts, fn, args.items, kw))
      // threading starts a Thread's _bootstrap: the thread carries the Thread's name from the start.
      if (fn instanceof PyBoundMethod && fn.self instanceof PyObject) {
        const [name, daemon] = [fn.self.attrs?.get('_name'), fn.self.attrs?.get('_daemonic')]
        if (typeof name === 'string') host.setThreadInfo(ident, name, daemon === True)
      }
      return ident
    }),
  )
  m.set(
    'get_ident',
    native('get_ident', (ts) => hostOf(ts).identOf(ts), { noEvalBreak: true }),
  )
  m.set(
    'get_native_id',
    native('get_native_id', (ts) => hostOf(ts).nativeIdOf(ts)),
  )
  m.set(
    '_main_ident',
    native('_main_ident', (ts) => hostOf(ts).mainIdent(ts)),
  )
  m.set(
    '_set_thread_info',
    resumable('_set_thread_info', function* (ts, a) {
      const [ident, name, daemon] = a
      if (typeof name !== 'string') throw typeError(`thread name must be str, not ${typeName(name)}`)
      hostOf(ts).setThreadInfo(Number(asInt(ident)), name, yield* truth(daemon))
      return None
    }),
  )
  m.set(
    '_alive',
    native('_alive', (ts, a) => pyBool(hostOf(ts).threadEnd(Number(asInt(a[0]))) !== null)),
  )
  m.set(
    '_join',
    resumable('_join', function* (ts, a) {
      const ident = asInt(a[0])
      const end = hostOf(ts).threadEnd(Number(ident))
      if (end === null) return None
      const timeout = secondsArg(a[1])
      if (timeout !== null && timeout <= 0) return None
      yield* waitOn(end, timeout === null ? null : Math.round(timeout * 1e9))
      return None
    }),
  )
  m.set(
    '_excepthook',
    native('_excepthook', (ts, a) => {
      const [, value, , name] = a
      if (!(value instanceof PyBaseException) || value.cls.name === 'SystemExit') return None
      const who = typeof name === 'string' ? name : String(hostOf(ts).identOf(ts))
      interp.write('stderr', `Exception in thread ${who}:\n${formatException(value, interp)}`, ts)
      return None
    }),
  )
  // sys.excepthook's output, which threading uses when sys has no excepthook of its own.
  m.set(
    '_print_exception',
    native('_print_exception', (ts, a) => {
      const value = a[1]
      if (value instanceof PyBaseException) interp.write('stderr', formatException(value, interp), ts)
      return None
    }),
  )
  return m
}
