// os: the few process facts a concurrency course prints (pids, the CPU count).
import { native } from '../python/runtime/types/function'
import { PyModule } from '../python/runtime/types/module'
import type { Interpreter } from '../python/vm/interpreter'
import { hostOf } from './threading/waiting'

export function createOs(interp: Interpreter): PyModule {
  void interp
  const m = new PyModule('os')
  m.set(
    'getpid',
    native('getpid', (ts) => hostOf(ts).pid(ts)),
  )
  m.set(
    'getppid',
    native('getppid', (ts) => hostOf(ts).ppid(ts)),
  )
  m.set(
    'cpu_count',
    native('cpu_count', (ts) => hostOf(ts).cpuCount()),
  )
  m.set('name', 'posix')
  m.set('sep', '/')
  m.set('linesep', '\n')
  return m
}
