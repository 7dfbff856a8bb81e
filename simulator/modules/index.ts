// The modules a program can import, besides builtins.
import type { ModuleDefinition } from '../python/vm/interpreter'
import { collectionsSource } from './collections/source'
import { createNativeCollections } from './collections/native-module'
import { functoolsSource } from './functools/source'
import { createNativeFunctools } from './functools/native-module'
import { createItertools } from './itertools'
import { createMath } from './math'
import { createOperator } from './operator'
import { createRandom } from './random/module'
import { stringSource } from './string/source'
import { createSys } from './sys'
import { concurrencyModules } from './threading'

export function standardModules(): Map<string, ModuleDefinition> {
  return new Map<string, ModuleDefinition>([
    ['sys', { kind: 'native', create: createSys }],
    ...concurrencyModules(),
    ['_collections', { kind: 'native', create: createNativeCollections }],
    ['collections', { kind: 'python', source: collectionsSource }],
    ['_functools', { kind: 'native', create: createNativeFunctools }],
    ['functools', { kind: 'python', source: functoolsSource }],
    ['itertools', { kind: 'native', create: createItertools }],
    ['math', { kind: 'native', create: createMath }],
    ['operator', { kind: 'native', create: createOperator }],
    ['random', { kind: 'native', create: createRandom }],
    ['string', { kind: 'python', source: stringSource }],
  ])
}
