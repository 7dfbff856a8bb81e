// time on the virtual clock: sleeping parks the thread (releasing the GIL), clocks read virtual time.
import { typeError, valueError } from '../python/runtime/errors'
import { None } from '../python/runtime/object'
import { PyFloat } from '../python/runtime/types/float'
import { native, resumable } from '../python/runtime/types/function'
import { PyModule } from '../python/runtime/types/module'
import type { Interpreter } from '../python/vm/interpreter'
import { secondsToNs } from './threading/pytime'
import { hostOf, sleepFor } from './threading/waiting'

export function createTime(interp: Interpreter): PyModule {
  void interp
  const m = new PyModule('time')
  const clock = (name: string, read: (now: number, epoch: number) => number) =>
    m.set(
      name,
      native(name, (ts) => new PyFloat(read(hostOf(ts).now(), hostOf(ts).epochSeconds()))),
    )
  const clockNs = (name: string, read: (now: number, epoch: number) => number) =>
    m.set(
      name,
      native(name, (ts) => Math.round(read(hostOf(ts).now(), hostOf(ts).epochSeconds()))),
    )
  clock('time', (_now, epoch) => epoch)
  clock('monotonic', (now) => now / 1e9)
  clock('perf_counter', (now) => now / 1e9)
  clockNs('time_ns', (_now, epoch) => epoch * 1e9)
  clockNs('monotonic_ns', (now) => now)
  clockNs('perf_counter_ns', (now) => now)
  m.set(
    'sleep',
    resumable('sleep', function* (_ts, a, kw) {
      if (kw?.size) throw typeError('time.sleep() takes no keyword arguments')
      if (a.length !== 1) throw typeError(`time.sleep() takes exactly one argument (${a.length} given)`)
      const ns = yield* secondsToNs(a[0])
      if (ns < 0) throw valueError('sleep length must be non-negative')
      yield* sleepFor(ns)
      return None
    }),
  )
  return m
}
