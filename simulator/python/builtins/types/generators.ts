// Generator and coroutine objects: send, throw, close, __next__ and their introspection attributes.
import type { NativeGen, ResumeResult } from '../../runtime/native'
import { resumePy } from '../../runtime/native'
import { None, type PyType, type PyValue } from '../../runtime/object'
import { pyBool } from '../../runtime/types/bool'
import { PyGetSet } from '../../runtime/types/descriptors'
import { newException, StopAsyncIterationType, StopIterationType } from '../../runtime/types/exceptions'
import { frameObject } from '../../runtime/types/frame-object'
import { AsyncGeneratorType, CoroutineType, GeneratorType, PyGenerator } from '../../runtime/types/generator'
import { delegateOf, genClose, genThrow, throwArgs } from '../../vm/generator-ops'
import { arity, method, resumableMethod } from '../define'

/** A generator's result as its method returns it: a yielded value, or StopIteration carrying the return value. */
export function yieldedOrStop(gen: PyGenerator, r: ResumeResult): PyValue {
  if (!r.done) return r.value
  if (gen.cls === AsyncGeneratorType) throw newException(StopAsyncIterationType)
  throw r.value === None ? newException(StopIterationType) : newException(StopIterationType, r.value)
}

function* send(gen: PyGenerator, value: PyValue): NativeGen {
  return yieldedOrStop(gen, yield* resumePy(gen, value))
}

/** Attributes every kind shares, under its prefix: gi_ (generator), cr_ (coroutine), ag_ (async generator). */
export function installGeneratorAttributes(type: PyType, prefix: string, running: (gen: PyGenerator) => boolean): void {
  const attr = (name: string, get: (gen: PyGenerator) => PyValue) =>
    type.ns.set(name, new PyGetSet(name, (v) => get(v as PyGenerator)))
  attr('__name__', (gen) => gen.name)
  attr('__qualname__', (gen) => gen.qualname)
  attr(`${prefix}_running`, (gen) => pyBool(running(gen)))
  attr(`${prefix}_code`, (gen) => gen.frame.code)
  attr(`${prefix}_frame`, (gen) => (gen.finished ? None : frameObject(gen.frame)))
  attr(prefix === 'gi' ? 'gi_yieldfrom' : `${prefix}_await`, (gen) => delegateOf(gen) ?? None)
  if (prefix !== 'ag') attr(`${prefix}_suspended`, (gen) => pyBool(gen.started && !gen.running && !gen.finished))
}

export function installGenerators(): void {
  for (const type of [GeneratorType, CoroutineType]) {
    const g = (v: PyValue) => v as PyGenerator
    resumableMethod(type, 'send', function* (_ts, a) {
      arity('send', a, 1, 1, 1)
      return yield* send(g(a[0]), a[1])
    })
    resumableMethod(type, 'throw', function* (_ts, a) {
      arity('throw', a, 1, 3, 1)
      const gen = g(a[0])
      return yieldedOrStop(gen, yield* genThrow(gen, throwArgs(a.slice(1)), true))
    })
    resumableMethod(type, 'close', function* (_ts, a) {
      arity('close', a, 0, 0, 1)
      yield* genClose(g(a[0]))
      return None
    })
    installGeneratorAttributes(type, type === GeneratorType ? 'gi' : 'cr', (gen) => gen.running)
  }
  resumableMethod(GeneratorType, '__next__', function* (_ts, a) {
    return yield* send(a[0] as PyGenerator, None)
  })
  method(GeneratorType, '__iter__', (_ts, a) => a[0])
  method(CoroutineType, '__await__', (_ts, a) => a[0])
  installGeneratorAttributes(AsyncGeneratorType, 'ag', (gen) => gen.runningAsync)
}
