// The concurrency modules: _thread and _sync (native), threading and queue (Python on top of them), time, os.
import type { ModuleDefinition } from '../../python/vm/interpreter'
import { PyModule } from '../../python/runtime/types/module'
import { createOs } from '../os'
import { createTime } from '../time'
import { queueFilename, queueSource } from './queue-source'
import {
  BarrierType,
  BoundedSemaphoreType,
  BrokenBarrierErrorType,
  ConditionType,
  EventType,
  SemaphoreType,
} from './sync'
import { createThreadModule } from './thread-module'
import { threadingFilename, threadingSource } from './threading-source'
import { watchQueue } from './queue-watch'
import { createQueueModule } from './simple-queue'
import './reprs'

function createSync(): PyModule {
  const m = new PyModule('_sync')
  for (const t of [
    ConditionType,
    SemaphoreType,
    BoundedSemaphoreType,
    EventType,
    BarrierType,
    BrokenBarrierErrorType,
  ]) {
    m.set(t.name, t)
  }
  m.set('_watch_queue', watchQueue)
  return m
}

export function concurrencyModules(): [string, ModuleDefinition][] {
  return [
    ['_thread', { kind: 'native', create: createThreadModule }],
    ['_sync', { kind: 'native', create: createSync }],
    ['_queue', { kind: 'native', create: createQueueModule }],
    ['threading', { kind: 'python', source: threadingSource, filename: threadingFilename }],
    ['queue', { kind: 'python', source: queueSource, filename: queueFilename }],
    ['time', { kind: 'native', create: createTime }],
    ['os', { kind: 'native', create: createOs }],
  ]
}
